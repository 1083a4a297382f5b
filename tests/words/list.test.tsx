/**
 * The word list panel over a seeded store: search, filter, editing a status, deleting with
 * undo, exporting, importing (a bad file changes nothing and says why), and a review session
 * graded from the keyboard.
 */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WordListDialog } from '../../src/features/words/list/WordListPanel';
import { toJsonExport } from '../../src/features/words/list/exchange';
import { emptyCard } from '../../src/features/words/store/records';
import type { WordStore } from '../../src/features/words/store/wordStore';
import { freshStore, makeRecord, renderWords, testSession } from './helpers';

const NOW = new Date('2026-11-25T10:00:00Z');
const now = () => NOW;

const SEED = [
  makeRecord('terap', 'learning-2', {
    updated: '2026-11-24T10:00:00.000Z',
    card: emptyCard(new Date('2026-11-19T10:00:00Z')),
  }),
  makeRecord('kira', 'known', { updated: '2026-11-23T10:00:00.000Z' }),
  makeRecord('batas', 'new', {
    forms: ['perbatasannya'],
    gloss: 'border',
    updated: '2026-11-22T10:00:00.000Z',
  }),
  makeRecord('abai', 'ignored', { updated: '2026-11-21T10:00:00.000Z' }),
];

let store: WordStore;
beforeEach(async () => {
  store = freshStore();
  await store.putMany(SEED);
});
afterEach(() => vi.unstubAllGlobals());

async function openPanel() {
  const session = testSession(store, now);
  await session.ready;
  const onClose = vi.fn();
  renderWords(<WordListDialog session={session} onClose={onClose} now={now} />);
  const panel = screen.getByRole('dialog', { name: 'Your words' });
  return { panel, session, onClose };
}

const roots = (panel: HTMLElement) =>
  within(panel)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.words-root')?.textContent);

const statuses = async () =>
  Object.fromEntries((await store.all()).map((record) => [record.id, record.status]));

describe('the word list', () => {
  it('lists every saved root, newest first, with status, forms and context', async () => {
    const { panel } = await openPanel();
    expect(roots(panel)).toEqual(['terap', 'kira', 'batas', 'abai']);
    const batas = within(panel).getAllByRole('listitem')[2] as HTMLElement;
    expect(within(batas).getByRole('combobox', { name: 'Status of batas' })).toHaveDisplayValue(
      'New',
    );
    expect(within(batas).getByText('perbatasannya')).toHaveAttribute('lang', 'id');
    expect(within(batas).getByText('They batas it.')).toHaveAttribute('lang', 'en');
    expect(within(panel).getByText('2 roots due for review')).toBeInTheDocument();
  });

  it('searches roots, forms and glosses, and filters by status', async () => {
    const { panel } = await openPanel();
    await userEvent.type(within(panel).getByRole('searchbox', { name: 'Search' }), 'perbatas');
    await waitFor(() => expect(roots(panel)).toEqual(['batas']));
    await userEvent.clear(within(panel).getByRole('searchbox', { name: 'Search' }));
    const filter = within(panel).getByRole('combobox', { name: 'Show' });
    await userEvent.selectOptions(filter, 'Known');
    await waitFor(() => expect(roots(panel)).toEqual(['kira']));
    await userEvent.selectOptions(filter, 'Due for review');
    expect(roots(panel)).toEqual(['terap', 'batas']);
    expect(within(panel).getByText('Showing 2 of 4 roots')).toBeInTheDocument();
  });

  it('edits a status, saved at once', async () => {
    const { panel } = await openPanel();
    await userEvent.selectOptions(
      within(panel).getByRole('combobox', { name: 'Status of terap' }),
      'Known',
    );
    await waitFor(async () => expect((await statuses()).terap).toBe('known'));
    expect(within(panel).getByText('1 root due for review')).toBeInTheDocument();
  });

  it('turns the colouring of the text off, and remembers it', async () => {
    const { panel, session } = await openPanel();
    const toggle = within(panel).getByRole('checkbox', {
      name: 'Colour words in the text by status',
    });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(session.getSnapshot().colouring).toBe(false);
    await waitFor(async () =>
      expect(await store.settings()).toEqual({ colouring: false, markNew: true }),
    );
  });

  it('deletes a root, and undoes the deletion', async () => {
    const { panel } = await openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Delete batas' }));
    await waitFor(() => expect(roots(panel)).toEqual(['terap', 'kira', 'abai']));
    expect(await statuses()).not.toHaveProperty('batas');
    expect(
      within(panel)
        .getByText(/^Deleted/)
        .closest('[role="status"]'),
    ).toHaveTextContent('Deleted batas');
    await userEvent.click(within(panel).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(roots(panel)).toEqual(['terap', 'kira', 'batas', 'abai']));
    expect((await statuses()).batas).toBe('new');
  });

  it('refuses a bad file with a message naming the problem, and changes nothing', async () => {
    const { panel } = await openPanel();
    const before = await store.all();
    const doc = JSON.parse(toJsonExport([makeRecord('baru', 'new')], NOW)) as {
      words: { status: string }[];
    };
    if (doc.words[0]) doc.words[0].status = 'almost';
    const file = new File([JSON.stringify(doc)], 'words.json', { type: 'application/json' });
    await userEvent.upload(within(panel).getByLabelText('Import JSON'), file);
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(
      'This file can’t be imported: words[0].status is not valid (found "almost"). Your word list is unchanged.',
    );
    expect(await store.all()).toEqual(before);
    expect(roots(panel)).toHaveLength(4);

    await userEvent.upload(
      within(panel).getByLabelText('Import JSON'),
      new File(['not json'], 'notes.json', { type: 'application/json' }),
    );
    await waitFor(() =>
      expect(within(panel).getByRole('alert')).toHaveTextContent(
        'This file can’t be imported: it is not JSON. Your word list is unchanged.',
      ),
    );
  });

  it('imports a good file and says how many roots came in', async () => {
    const { panel } = await openPanel();
    const file = new File(
      [
        toJsonExport(
          [
            makeRecord('baru', 'learning-1'),
            makeRecord('kira', 'learning-3', { updated: '2026-11-24T11:00:00.000Z' }),
          ],
          NOW,
        ),
      ],
      'words.json',
    );
    await userEvent.upload(within(panel).getByLabelText('Import JSON'), file);
    await waitFor(() =>
      expect(
        within(panel).getByText(/^Imported 2 roots\. New: 1\. Updated from the file: 1\./),
      ).toBeInTheDocument(),
    );
    expect(await statuses()).toMatchObject({ baru: 'learning-1', kira: 'learning-3' });
  });

  it('exports a file Anki reads', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      },
      revokeObjectURL: () => {},
    });
    const { panel } = await openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Export for Anki' }));
    const text = await blobs[0]?.text();
    expect(text?.split('\n')[0]).toBe('#separator:tab');
    expect(text).toContain(
      'terap\tterap\tgloss of terap\tMereka <b>terap</b> itu.\tThey terap it.',
    );
    expect(text).not.toContain('abai');
  });

  it('reviews the due roots: blank, hint, answer, then grades from the keyboard', async () => {
    const { panel, session } = await openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Review' }));
    expect(within(panel).getByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(within(panel).getByText('1 of 2')).toBeInTheDocument();
    // The oldest due first; the word is blanked, the English is a hint given on request.
    const sentence = within(panel).getByText(/^Mereka/, { selector: '.review-sentence' });
    expect(sentence).toHaveTextContent('Mereka blank itu.');
    expect(within(panel).queryByText('They terap it.')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Show answer' })).toHaveFocus();
    await userEvent.click(within(panel).getByRole('button', { name: 'Show hint' }));
    expect(within(panel).getByText('They terap it.')).toBeInTheDocument();
    within(panel).getByRole('button', { name: 'Show answer' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(within(panel).getByText('terap', { selector: '.review-word' })).toBeInTheDocument();
    const grades = within(panel).getByRole('group', { name: 'How well did you remember it?' });
    expect(
      within(grades)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-keyshortcuts')),
    ).toEqual(['1', '2', '3', '4']);
    await userEvent.keyboard('3');
    await waitFor(() => expect(within(panel).getByText('2 of 2')).toBeInTheDocument());
    const graded = session.getSnapshot().records.get('terap');
    expect(graded?.card.reps).toBe(1);
    expect(Date.parse(graded?.card.due ?? '')).toBeGreaterThan(NOW.getTime());
    await userEvent.click(within(panel).getByRole('button', { name: 'Show answer' }));
    await userEvent.click(within(panel).getByRole('button', { name: /^Easy/ }));
    expect(await within(panel).findByText('Done: 2 roots reviewed.')).toBeInTheDocument();
    expect((await store.all()).filter((record) => record.card.reps === 1)).toHaveLength(2);
    await userEvent.click(within(panel).getByRole('button', { name: 'Back to the list' }));
    expect(within(panel).getByText('Nothing due for review right now')).toBeInTheDocument();
  });

  it('brings a card graded Again back in the same session, until it is remembered', async () => {
    const { panel } = await openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Review' }));
    expect(within(panel).getByText('1 of 2')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Show answer' }));
    await userEvent.click(within(panel).getByRole('button', { name: /^Again/ }));
    expect(within(panel).getByText('2 of 3')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Show answer' }));
    await userEvent.click(within(panel).getByRole('button', { name: /^Good/ }));
    // The failed card again, not "Done".
    expect(within(panel).getByText('3 of 3')).toBeInTheDocument();
    expect(within(panel).getByText(/^Mereka/, { selector: '.review-sentence' })).toHaveTextContent(
      'Mereka blank itu.',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Show answer' }));
    await userEvent.click(within(panel).getByRole('button', { name: /^Good/ }));
    expect(await within(panel).findByText('Done: 2 roots reviewed.')).toBeInTheDocument();
  });

  it('lets the learner type the answer and says whether it was right', async () => {
    const { panel } = await openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Review' }));
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Type the answer' }));
    const answer = within(panel).getByRole('textbox', { name: 'The missing word' });
    await waitFor(() => expect(answer).toHaveFocus());
    await userEvent.type(answer, 'Terap{Enter}');
    expect(within(panel).getByText('Right.')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: /^Good/ }));
    const next = within(panel).getByRole('textbox', { name: 'The missing word' });
    await userEvent.type(next, 'batasan');
    await userEvent.click(within(panel).getByRole('button', { name: 'Check' }));
    expect(within(panel).getByText('Not quite: you typed “batasan”.')).toBeInTheDocument();
  });
});
