import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import idArticle from '../../locales/id/article.json';
import { inLanguage, renderApp } from './renderApp';

const VIEW_NAMES = ['Indonesian', 'English', 'Side by side', 'Interlinear'];

describe('the reader', () => {
  it('shows the headline in both languages inside one h1, each marked with its language', () => {
    renderApp();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(
      within(heading).getByText(inLanguage('id', /^Rayakan 'Hari Kemenangan'/)),
    ).toBeInTheDocument();
    expect(
      within(heading).getByText(inLanguage('en', /^Russian and Chinese Military Delegations/)),
    ).toBeInTheDocument();
  });

  it('offers the four views as a radio group named exactly as the design says', () => {
    renderApp();
    const group = screen.getByRole('radiogroup', { name: 'View' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([
      'id',
      'en',
      'parallel',
      'interlinear',
    ]);
    for (const name of VIEW_NAMES) expect(within(group).getByRole('radio', { name })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  });

  it('switches the view in place, writes it to the URL and remembers it', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?ref=mail#top' });
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-view', 'en');
    expect(window.location.search).toBe('?ref=mail&view=en');
    expect(window.location.hash).toBe('#top');
    expect(JSON.parse(window.localStorage.getItem('sanding:preferences:v1') ?? '{}')).toMatchObject(
      { view: 'en' },
    );
  });

  it('moves between views with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('radio', { name: 'Indonesian' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'English' })).toHaveFocus();
  });

  it('lets a ?view= link win over the remembered view, and ignores unknown values', () => {
    renderApp({ url: '/?view=interlinear', stored: { view: 'en' } });
    expect(screen.getByRole('radio', { name: 'Interlinear' })).toBeChecked();
  });

  it('falls back to the remembered view when ?view= is unknown', () => {
    renderApp({ url: '/?view=<script>', stored: { view: 'en' } });
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(document.body.innerHTML).not.toContain('<script>');
  });

  it('starts from the defaults when storage holds invalid JSON', () => {
    renderApp({ stored: '{not json' });
    expect(screen.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  });

  it('renders every original paragraph verbatim, marked as Indonesian', () => {
    renderApp();
    const article = screen.getByRole('article');
    for (const block of idArticle.blocks) {
      const text = block.segments.join(' ');
      expect(within(article).getAllByText(inLanguage('id', text)).length).toBeGreaterThan(0);
    }
  });

  it('gives each paragraph a translation toggle that opens and closes just that paragraph', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=id' });
    const toggles = screen.getAllByRole('button', { name: 'Translation' });
    // The lead and the twelve body paragraphs.
    expect(toggles).toHaveLength(13);
    const [, first, second] = toggles;
    if (!first || !second) throw new Error('expected paragraph toggles');
    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(second).toHaveAttribute('aria-expanded', 'false');
    const translationId = first.getAttribute('aria-controls')?.split(' ')[1] ?? '';
    // The disclosure must point at the paragraph it reveals: follow aria-controls.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.getElementById(translationId)).toHaveTextContent(/^JAKARTA - A Russian/);
    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'false');
  });

  it('marks semantics: main, article, header, figure with caption, byline, h2 subheading', () => {
    renderApp();
    expect(screen.getByRole('main')).toBeInTheDocument();
    const article = screen.getByRole('article', { name: /Rayakan 'Hari Kemenangan'/ });
    expect(within(article).getByRole('figure')).toHaveTextContent('Bendera Korea Utara');
    expect(within(article).getByRole('img', { name: /flag of North Korea/ })).toBeInTheDocument();
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Pengaruh AS dan Rusia',
    );
    // The byline is the article's <address>: its author.
    expect(
      within(article).getAllByText(
        (_, el) => el?.tagName === 'ADDRESS' && el.textContent.includes('Distika Safara Setianda'),
      ),
    ).toHaveLength(1);
  });
});
