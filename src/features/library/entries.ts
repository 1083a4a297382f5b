/**
 * The library's list: one entry per text, built-in or stored, and its sorting and filtering.
 */
import type { TextStats } from '../../lib/text/stats';

/** One text as the library shows it. */
export interface LibraryEntry {
  id: string;
  title: string;
  translatedTitle?: string;
  builtin: boolean;
  hasTranslation: boolean;
  stats: TextStats;
  /** 0 to 1, from the text's reading cursor. */
  progress: number;
  /** ISO time, or null if never opened. */
  openedAt: string | null;
}

export const SORTS = ['opened', 'title', 'progress'] as const;
export type LibrarySort = (typeof SORTS)[number];

export function isLibrarySort(value: unknown): value is LibrarySort {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * The entries whose title (either language) contains `query`, case and accents aside, in
 * the order asked for: last opened first (never opened last), by title, or most read first.
 * Ties fall back to the title, so the order is stable.
 */
export function arrange(
  entries: readonly LibraryEntry[],
  sort: LibrarySort,
  query: string,
): LibraryEntry[] {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLocaleLowerCase();
  const needle = fold(query.trim());
  const matching = needle
    ? entries.filter(
        (entry) =>
          fold(entry.title).includes(needle) || fold(entry.translatedTitle ?? '').includes(needle),
      )
    : [...entries];
  const byTitle = (a: LibraryEntry, b: LibraryEntry) => collator.compare(a.title, b.title);
  const compare: Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number> = {
    opened: (a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? '') || byTitle(a, b),
    title: byTitle,
    progress: (a, b) => b.progress - a.progress || byTitle(a, b),
  };
  return matching.sort(compare[sort]);
}
