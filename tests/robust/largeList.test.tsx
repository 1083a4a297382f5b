/**
 * A large word list stays usable: of 10,000 roots only those near view are rendered (each
 * telling assistive technology its place in the whole), the search field finds any of them,
 * scrolling brings the rows at the new position, and an import is read in chunks.
 */
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
afterEach(() => vi.restoreAllMocks());

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

async function openLarge(count = 10_000) {
  const session = testSession(memoryStore(roots(count)), () => NOW);
  await session.ready;
  renderWords(<WordListDialog session={session} onClose={() => {}} now={() => NOW} />);
  const panel = screen.getByRole('dialog', { name: 'Your words' });
  const list = within(panel).getByRole('list', { name: 'Saved roots' });
  return { panel, list };
}

const rootsIn = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[lang="id"]')?.textContent);

describe('a word list of 10,000 roots', () => {
  it('renders only the rows near view, each saying where it stands in the whole', async () => {
    const { panel, list } = await openLarge();
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[0]).toHaveAttribute('aria-setsize', '10000');
    expect(items[2]).toHaveAttribute('aria-posinset', '3');
    expect(rootsIn(list)[0]).toBe('akar0');
    expect(within(panel).getByText('Showing 10000 of 10000 roots')).toBeInTheDocument();
    // Rows still carry their controls.
    expect(within(list).getByRole('combobox', { name: 'Status of akar0' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Delete akar0' })).toBeInTheDocument();
  }, 20_000);

  it('finds a root far down the list with the search field', async () => {
    const { panel, list } = await openLarge();
    expect(within(list).queryByText('akar9876')).toBeNull();
    await userEvent.click(within(panel).getByRole('searchbox', { name: 'Search' }));
    await userEvent.paste('akar9876');
    await waitFor(() => expect(rootsIn(list)).toEqual(['akar9876']));
    const [item] = within(list).getAllByRole('listitem');
    expect(item).toHaveAttribute('aria-setsize', '1');
    expect(within(panel).getByText('Showing 1 of 10000 roots')).toBeInTheDocument();
  }, 20_000);

  it('renders the rows at the scroll position when the dialog is scrolled', async () => {
    const { panel, list } = await openLarge();
    // No layout here: place the list as if the dialog had been scrolled 5,000 rows down
    // (rows not yet measured count at the first estimate, 150 px).
    vi.spyOn(list, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, -150 * 5000, 600, 0));
    fireEvent.scroll(panel);
    await waitFor(() => expect(rootsIn(list)).toContain('akar5000'));
    expect(rootsIn(list)).not.toContain('akar0');
    const first = within(list).getAllByRole('listitem')[0];
    expect(Number(first?.getAttribute('aria-posinset'))).toBeGreaterThan(4900);
    // The padding above stands for the rows left out.
    expect(parseFloat(list.style.paddingTop)).toBeGreaterThan(100 * 4900);
  }, 20_000);

  it('moves through the rows and their controls with Tab', async () => {
    const { list } = await openLarge();
    within(list).getByRole('button', { name: 'Delete akar0' }).focus();
    await userEvent.tab();
    expect(within(list).getByRole('combobox', { name: 'Status of akar1' })).toHaveFocus();
    await userEvent.tab();
    expect(within(list).getByRole('button', { name: 'Delete akar1' })).toHaveFocus();
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
