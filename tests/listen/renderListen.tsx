import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { resources } from '../../src/lib/i18n/resources';
import { createI18n } from '../../src/lib/i18n/createI18n';
import type { UiLanguage } from '../../src/lib/i18n/languages';
import { ReadingCursorProvider, createReadingCursor } from '../../src/lib/readingCursor';
import { BUILTIN_TEXT_ID } from '../../src/lib/text/builtin';
import { pairText, textFromI18n } from '../../src/lib/text/i18nText';
import { TextProvider } from '../../src/lib/text/TextContext';

/**
 * Renders listen UI the way the app does: under the app's real i18next instance (real
 * resources, `listen` added by the feature itself) and a reading cursor of its own.
 */
export function renderListen(ui: ReactElement, { lng = 'en' }: { lng?: UiLanguage } = {}) {
  const i18n = createI18n(lng, resources);
  const cursor = createReadingCursor('test-article', { persist: false });
  const text = pairText(textFromI18n(i18n, BUILTIN_TEXT_ID));
  const wrap = (element: ReactElement) => (
    <I18nextProvider i18n={i18n}>
      <ReadingCursorProvider value={cursor}>
        <TextProvider value={text}>{element}</TextProvider>
      </ReadingCursorProvider>
    </I18nextProvider>
  );
  const result = render(wrap(ui));
  return {
    i18n,
    cursor,
    ...result,
    rerenderWith: (next: ReactElement) => result.rerender(wrap(next)),
  };
}
