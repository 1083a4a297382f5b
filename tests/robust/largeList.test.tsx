/**
 * A large word list stays usable: 10,000 roots open with only the first page rendered, the
 * search field still finds any of them, and an import is read in chunks that yield to the
 * browser between them.
 */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WordListDialog } from '../../src/features/words/list/WordListPanel';
import {
  parseWordListImport,
  parseWordListImportInChunks,
  toJsonExport,
} from '../../src/features/words/list/exchange';
import type { WordRecord } from '../../src/features/words/store/records';
import type { WordStore } from '../../src/features/words/store/wordStore';
import { makeRecord, renderWords, testSession } from '../words/helpers';

const NOW = new Date('2026-11-25T10:00:00Z');

function roots(count: number): WordRecord[] {
  return Array.from({ length: count }, (_, index) =>
    makeRecord(`akar${index}`, 'new', {
      updated: new Date(NOW.getTime() - index * 60_000).toISOString(),
    }),
  );
}

/** A store over memory, so the test measures the panel and not fake-indexeddb. */
function memoryStore(records: WordRecord[]): WordStore {
  const rows = new Map(records.map((record) => [record.id, record]));
  return {
    all: async () => [...rows.values()],
    read: async () => ({ records: [...rows.values()], skipped: [] }),
    getMany: async (ids) => ids.map((id) => rows.get(id) ?? null),
    put: async (record) => void rows.set(record.id, record),
    putMany: async (many) => many.forEach((record) => rows.set(record.id, record)),
    remove: async (id) => void rows.delete(id),
    apply: async (put, remove) => {
      put.forEach((record) => rows.set(record.id, record));
      remove.forEach((id) => rows.delete(id));
    },
    settings: async () => ({ colouring: true }),
    saveSettings: async () => {},
  };
}

describe('a word list of 10,000 roots', () => {
  it('renders the first page, offers more, and the search finds any root', async () => {
    const session = testSession(memoryStore(roots(10_000)), () => NOW);
    await session.ready;
    renderWords(<WordListDialog session={session} onClose={() => {}} now={() => NOW} />);
    const panel = screen.getByRole('dialog', { name: 'Your words' });
    const list = within(panel).getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(panel).getByText('Showing 10000 of 10000 roots')).toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: 'Show 50 more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);

    await userEvent.click(within(panel).getByRole('searchbox', { name: 'Search' }));
    await userEvent.paste('akar9876');
    await waitFor(() =>
      expect(within(within(panel).getByRole('list')).getAllByRole('listitem')).toHaveLength(1),
    );
  }, 20_000);
});

describe('importing a large file', () => {
  it('reads it in chunks, with progress, to the same result as reading it at once', async () => {
    const text = toJsonExport(roots(2_000), NOW);
    const progress: number[] = [];
    const result = await parseWordListImportInChunks(text, (done) => progress.push(done));
    expect(progress).toEqual([500, 1000, 1500]);
    expect(result).toEqual(parseWordListImport(text));
  });

  it('still stops at the first bad record, naming it', async () => {
    const records = roots(1_200) as unknown as Record<string, unknown>[];
    records[1_100] = { ...records[1_100], status: 'mastered' };
    const result = await parseWordListImportInChunks(toJsonExport(records as never, NOW));
    expect(result).toEqual({
      ok: false,
      problem: { code: 'field', field: 'words[1100].status', value: '"mastered"' },
    });
  });
});
