import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inLanguage, renderAppSettled } from './renderApp';

/** The two elements of sentence p2-1 (original first), found by their text. */
function sentenceP21() {
  const article = screen.getByRole('article');
  return [
    within(article).getByText(/^Hari Kemenangan menjadi simbol berakhirnya Perang Korea/),
    within(article).getByText(/^Victory Day symbolizes the end of the Korean War/),
  ] as const;
}

describe('linked sentences', () => {
  it('lights a sentence and its counterpart on pointer-over, in both directions', async () => {
    await renderAppSettled({ url: '/?view=parallel' });
    const [original, translation] = sentenceP21();
    fireEvent.pointerOver(original, { pointerType: 'mouse' });
    expect(original).toHaveAttribute('data-active');
    expect(translation).toHaveAttribute('data-active');
    const other = screen.getByText(/^Kedua delegasi akan ikut serta/);
    fireEvent.pointerOver(other, { pointerType: 'mouse' });
    expect(original).not.toHaveAttribute('data-active');
    expect(translation).not.toHaveAttribute('data-active');
    expect(other).toHaveAttribute('data-active');
  });

  it('does not re-render the article to light a sentence', async () => {
    await renderAppSettled({ url: '/?view=parallel' });
    const [original] = sentenceP21();
    const headline = screen.getByRole('heading', { level: 1 });
    fireEvent.pointerOver(original, { pointerType: 'mouse' });
    // Same nodes, and nothing else marked: the change is two attributes.
    expect(screen.getByRole('heading', { level: 1 })).toBe(headline);
    expect(screen.getAllByText((_, el) => el?.hasAttribute('data-active') ?? false)).toHaveLength(
      2,
    );
  });
});

describe('the reading cursor', () => {
  it('moves with j and k, and shows the translation of the current sentence with t', async () => {
    const user = userEvent.setup();
    await renderAppSettled({ url: '/?view=id' });
    await user.keyboard('j');
    expect(screen.getByText('Dunia', { selector: '.t-original .seg' })).toHaveAttribute(
      'data-cursor',
    );
    await user.keyboard('jj');
    // The lead's sentence comes back word for word in paragraph 8: the first is the lead.
    const [lead] = screen.getAllByText(/^Acara peringatan tersebut/, {
      selector: '.t-original .seg',
    });
    if (!lead) throw new Error('lead sentence not rendered');
    expect(lead).toHaveAttribute('data-cursor');
    expect(lead).toHaveFocus();
    await user.keyboard('t');
    const peek = await screen.findByRole('dialog', { name: 'English translation' });
    expect(
      within(peek).getByText(inLanguage('en', /^The commemoration is expected/)),
    ).toBeInTheDocument();
    await user.keyboard('k');
    expect(lead).not.toHaveAttribute('data-cursor');
  });

  it('ignores shortcuts with a modifier held', async () => {
    const user = userEvent.setup();
    await renderAppSettled({ url: '/?view=id' });
    await user.keyboard('{Control>}j{/Control}');
    await user.keyboard('{Alt>}3{/Alt}');
    expect(screen.queryAllByText((_, el) => el?.hasAttribute('data-cursor') ?? false)).toEqual([]);
    expect(document.documentElement).toHaveAttribute('data-view', 'id');
    await user.keyboard('3');
    expect(document.documentElement).toHaveAttribute('data-view', 'parallel');
  });

  it('opens the shortcut list with ?', async () => {
    const user = userEvent.setup();
    await renderAppSettled();
    await user.keyboard('?');
    // jsdom keeps a modal <dialog> out of the accessibility tree; the heading shows it opened.
    expect(await screen.findByText('Keyboard shortcuts', { selector: 'h2' })).toBeInTheDocument();
  });
});

describe('study modes', () => {
  it('reveals a masked translation on tap and keeps it revealed; hide all masks it again', async () => {
    const user = userEvent.setup();
    await renderAppSettled({ url: '/?view=parallel&study=hide-translation' });
    const [original, translation] = sentenceP21();
    await user.click(translation);
    expect(translation).toHaveAttribute('data-revealed');
    expect(original).not.toHaveAttribute('data-revealed');
    // No peek for a reveal: the tap was the reveal.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide all' }));
    expect(translation).not.toHaveAttribute('data-revealed');
    await user.click(screen.getByRole('button', { name: 'Reveal all' }));
    expect(translation).toHaveAttribute('data-revealed');
  });

  it('writes the study mode to the URL and <html> when chosen', async () => {
    const { store } = await renderAppSettled({ url: '/?view=interlinear' });
    act(() => store.update({ study: 'hide-original' }));
    expect(new URLSearchParams(window.location.search).get('study')).toBe('hide-original');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('interlinear');
    expect(document.documentElement).toHaveAttribute('data-study', 'hide-original');
    expect(screen.getByRole('button', { name: 'Reveal all' })).toBeInTheDocument();
  });
});
