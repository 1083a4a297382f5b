/**
 * The word list under attack: writes that fail for lack of space, malformed stored records,
 * an older file imported over newer progress, absurd scheduling numbers, and a database
 * another tab blocks. Each case is driven through the panel or the card as a learner would.
 */
import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordCard } from '../../src/features/words/card/WordCard';
import { WordListDialog } from '../../src/features/words/list/WordListPanel';
import type { CardRequest } from '../../src/features/words/entry/entryStore';
import { toJsonExport } from '../../src/features/words/list/exchange';
import type { WordSession } from '../../src/features/words/store/session';
import { createWordStore } from '../../src/features/words/store/wordStore';
import { SandingDatabase } from '../../src/lib/db/database';
import {
  faultyDatabase,
  freshName,
  freshStore,
  makeRecord,
  malformedRecord,
  mountSentence,
  renderWords,
  sentenceText,
  testSession,
  unmountSentences,
} from '../words/helpers';

const NOW = new Date('2026-11-25T10:00:00Z');
const now = () => NOW;

afterEach(() => {
  unmountSentences();
  vi.unstubAllGlobals();
});

async function openPanel(session: WordSession) {
  await session.ready;
  renderWords(<WordListDialog session={session} onClose={() => {}} now={now} />);
  return screen.getByRole('dialog', { name: 'Your words' });
}

const rootNames = (panel: HTMLElement) =>
  within(panel)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('[lang="id"]')?.textContent);

describe('a write that fails for lack of space', () => {
  it('stays pending, is said to be unsaved, and is saved with the next write', async () => {
    const name = freshName();
    const { database, faults } = faultyDatabase(name);
    await freshStore(database).putMany([makeRecord('terap', 'new'), makeRecord('kira', 'new')]);
    const session = testSession(freshStore(database), now);
    const panel = await openPanel(session);

    faults.writes = 'QuotaExceededError';
    await userEvent.selectOptions(
      within(panel).getByRole('combobox', { name: 'Status of terap' }),
      'Known',
    );
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(/storage for this site is full/);
    expect(alert).toHaveTextContent('1 change is not saved yet');

    faults.writes = null;
    await userEvent.selectOptions(
      within(panel).getByRole('combobox', { name: 'Status of kira' }),
      'Learning 1',
    );
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull());

    // A reload finds both changes.
    const reloaded = await freshStore(new SandingDatabase(name)).all();
    expect(Object.fromEntries(reloaded.map((record) => [record.id, record.status]))).toEqual({
      terap: 'known',
      kira: 'learning-1',
    });
  });

  it('can be retried by the learner once space is back', async () => {
    const { database, faults } = faultyDatabase();
    await freshStore(database).put(makeRecord('terap', 'new'));
    const session = testSession(freshStore(database), now);
    const panel = await openPanel(session);
    faults.writes = 'QuotaExceededError';
    await userEvent.click(within(panel).getByRole('button', { name: 'Delete terap' }));
    await within(panel).findByText(/1 change is not saved yet/);
    faults.writes = null;
    await userEvent.click(within(panel).getByRole('button', { name: 'Try saving again' }));
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull());
    expect(await freshStore(database).all()).toEqual([]);
  });
});

describe('a malformed stored record', () => {
  it('is skipped and named; the other roots can be seen, changed and exported', async () => {
    const database = new SandingDatabase(freshName());
    const store = freshStore(database);
    await store.putMany([makeRecord('terap', 'known'), makeRecord('kira', 'new')]);
    const noForms = malformedRecord('rusak', (record) => delete record.forms);
    const noSentence = malformedRecord('patah', (record) => delete record.context.sentence);
    await database.words.bulkPut([noForms, noSentence] as never[]);

    const blobs: Blob[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      },
      revokeObjectURL: () => {},
    });
    const panel = await openPanel(testSession(store, now));
    expect(rootNames(panel).sort()).toEqual(['kira', 'terap']);
    expect(within(panel).getByText(/2 saved roots couldn’t be read/)).toHaveTextContent(
      /rusak, patah|patah, rusak/,
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Export JSON' }));
    const exported = JSON.parse((await blobs[0]?.text()) ?? '{}') as { words: { id: string }[] };
    expect(exported.words.map((word) => word.id).sort()).toEqual(['kira', 'terap']);
  });
});

describe('importing an older file', () => {
  it('keeps the newer progress here and says what was kept and what replaced', async () => {
    const store = freshStore();
    await store.putMany([
      makeRecord('terap', 'known', { updated: '2026-11-24T10:00:00.000Z' }),
      makeRecord('kira', 'learning-1', { updated: '2026-11-01T10:00:00.000Z' }),
    ]);
    const panel = await openPanel(testSession(store, now));
    const file = new File(
      [
        toJsonExport(
          [
            makeRecord('terap', 'learning-1', { updated: '2001-01-01T00:00:00.000Z' }),
            makeRecord('kira', 'learning-4', { updated: '2026-11-20T10:00:00.000Z' }),
            makeRecord('baru', 'new'),
          ],
          new Date('2001-01-02T00:00:00Z'),
        ),
      ],
      'old.json',
    );
    await userEvent.upload(within(panel).getByLabelText('Import JSON'), file);
    await within(panel).findByText(/Imported 2 roots/);
    expect(within(panel).getByRole('status', { name: '' })).toHaveTextContent(
      'Imported 2 roots. New: 1. Updated from the file: 1. Kept as they are here, because yours are newer: 1. Kept: terap.',
    );
    const statuses = Object.fromEntries(
      (await store.all()).map((record) => [record.id, record.status]),
    );
    expect(statuses).toEqual({ terap: 'known', kira: 'learning-4', baru: 'new' });
  });
});

describe('absurd scheduling numbers', () => {
  it('are clamped on import, so review shows real waits and grading works', async () => {
    const store = freshStore();
    const session = testSession(store, now);
    const panel = await openPanel(session);
    const record = makeRecord('terap', 'learning-1');
    const absurd = {
      ...record,
      card: {
        ...record.card,
        state: 2,
        stability: 1e308,
        difficulty: 1e308,
        scheduled_days: 1e308,
        elapsed_days: 1e308,
        reps: 1e308,
        last_review: '2026-11-19T10:00:00.000Z',
      },
    };
    await userEvent.upload(
      within(panel).getByLabelText('Import JSON'),
      new File([toJsonExport([absurd as never], NOW)], 'absurd.json'),
    );
    await within(panel).findByText(/Imported 1 root/);
    await userEvent.click(within(panel).getByRole('button', { name: 'Review' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Show answer' }));
    const grades = within(panel).getByRole('group', { name: 'How well did you remember it?' });
    expect(grades).not.toHaveTextContent(/NaN/);
    await userEvent.click(within(grades).getByRole('button', { name: /Good/ }));
    await waitFor(() =>
      expect(Date.parse(session.getSnapshot().records.get('terap')?.card.due ?? '')).not.toBeNaN(),
    );
  });
});

describe('a database another tab blocks', () => {
  async function holdOpen(name: string): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  it('times out with a message, and the card still looks the word up', async () => {
    const name = freshName();
    const holder = await holdOpen(name);
    const store = createWordStore({
      database: new SandingDatabase(name),
      legacy: null,
      openTimeoutMs: 30,
    });
    const session = testSession(store, now);
    try {
      const element = mountSentence('s-p8-1');
      const request: CardRequest = {
        segmentId: 's-p8-1',
        element,
        offset: sentenceText('s-p8-1', 'id').indexOf('menerapkan') + 1,
        by: 'pointer',
        seq: 1,
      };
      renderWords(<WordCard request={request} session={session} onClose={() => {}} />);
      const card = await screen.findByRole('dialog', { name: 'menerapkan' });
      expect(await within(card).findByText('meN- + terap + -kan')).toBeInTheDocument();

      await act(() => session.ready);
      const panel = await openPanel(session);
      expect(within(panel).getByRole('alert')).toHaveTextContent(/Close other tabs of Sanding/);
      expect(within(panel).queryByText('Loading your words…')).toBeNull();
    } finally {
      holder.close();
    }
  });
});
