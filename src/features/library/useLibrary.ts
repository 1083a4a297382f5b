/**
 * The library's state: the built-in texts (from i18next) and the stored ones (from IndexedDB),
 * and the operations on them. A storage failure is kept in the state for the page to explain;
 * the built-in texts are listed whatever happens to storage.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savedCursor } from '../../lib/readingCursor';
import { readingOrder } from '../../lib/text/readingOrder';
import { BUILTIN_TEXTS } from '../../lib/text/builtin';
import { builtinOpenedAt } from '../../lib/text/builtinOpened';
import { pairText, textFromI18n } from '../../lib/text/i18nText';
import { textStats } from '../../lib/text/stats';
import {
  TextStoreError,
  deleteText,
  listTexts,
  renameText,
  restoreText,
  type DeletedText,
  type TextStoreFailure,
} from '../../lib/text/textStore';
import type { LibraryEntry } from './entries';

const failureOf = (error: unknown): TextStoreFailure =>
  error instanceof TextStoreError ? error.kind : 'failed';

export interface LibraryState {
  entries: LibraryEntry[];
  /** False until the stored texts have been read (or failed to be). */
  loaded: boolean;
  storageError: TextStoreFailure | null;
}

export function useLibrary() {
  const { i18n } = useTranslation();
  const builtins = useMemo(
    () =>
      BUILTIN_TEXTS.map(({ id }): LibraryEntry => {
        const text = textFromI18n(i18n, id);
        const order = readingOrder(pairText(text).blocks);
        const cursor = savedCursor(id);
        const index = cursor ? order.indexOf(cursor) : -1;
        const entry: LibraryEntry = {
          id,
          title: text.title,
          builtin: true,
          hasTranslation: text.translation !== undefined,
          stats: textStats(text),
          progress: index >= 0 ? (index + 1) / order.length : 0,
          openedAt: builtinOpenedAt(id),
        };
        if (text.translatedTitle) entry.translatedTitle = text.translatedTitle;
        return entry;
      }),
    [i18n],
  );
  const [state, setState] = useState<LibraryState>({
    entries: builtins,
    loaded: false,
    storageError: null,
  });

  const reload = useCallback(async () => {
    // For the bench and the browser's performance panel: listing starts with this read.
    performance.mark('sanding:library-read');
    try {
      const stored = await listTexts();
      performance.mark('sanding:library-listed');
      const entries = stored.map((summary): LibraryEntry => {
        const entry: LibraryEntry = {
          id: summary.id,
          title: summary.title,
          builtin: false,
          hasTranslation: summary.hasTranslation,
          stats: summary.stats,
          progress: summary.state.progress,
          openedAt: summary.state.openedAt,
        };
        if (summary.translatedTitle) entry.translatedTitle = summary.translatedTitle;
        return entry;
      });
      setState({ entries: [...builtins, ...entries], loaded: true, storageError: null });
    } catch (error) {
      setState({ entries: builtins, loaded: true, storageError: failureOf(error) });
    }
  }, [builtins]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs a change, then re-reads the list; resolves to the failure, if any. */
  const change = useCallback(
    async <T>(operation: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
      try {
        const value = await operation();
        await reload();
        return { ok: true, value };
      } catch (error) {
        setState((current) => ({ ...current, storageError: failureOf(error) }));
        return { ok: false };
      }
    },
    [reload],
  );

  return {
    ...state,
    reload,
    rename: (id: string, title: string) => change(() => renameText(id, title)),
    remove: (id: string) => change(() => deleteText(id)),
    restore: (deleted: DeletedText) => change(() => restoreText(deleted)),
  };
}
