import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import enArticle from '../../locales/en/article.json';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { Article } from '../../src/features/reader/Article';
import { resources } from '../../src/lib/i18n/resources';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { BUILTIN_TEXT_ID } from '../../src/lib/text/builtin';
import { pairText, textFromI18n } from '../../src/lib/text/i18nText';
import { TextProvider } from '../../src/lib/text/TextContext';

describe('a translation with gaps', () => {
  it('shows the original with a visible marker, never a raw key', () => {
    const i18n = createI18n('en', resources);
    const blocks = structuredClone(enArticle.blocks).filter((b) => b.key !== 'p4');
    const p1 = blocks.find((b) => b.key === 'p1');
    if (p1) p1.segments = [p1.segments[0] ?? ''];
    i18n.addResourceBundle('en', 'article', { blocks }, false, true);

    render(
      <I18nextProvider i18n={i18n}>
        <TextProvider value={pairText(textFromI18n(i18n, BUILTIN_TEXT_ID))}>
          <Article />
        </TextProvider>
      </I18nextProvider>,
    );
    const markers = screen.getAllByText('Translation missing');
    // p1 lost its second sentence; p4 lost both of its sentences.
    expect(markers).toHaveLength(3);
    expect(screen.queryByText(/blocks\./)).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('article')).getAllByText(
        /^Mereka bergabung dengan kelompok dari China/,
      ),
    ).toHaveLength(2);
  });
});

describe('the error boundary', () => {
  it('shows a readable message instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <I18nextProvider i18n={createI18n('id', resources)}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Terjadi kesalahan' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
  });
});
