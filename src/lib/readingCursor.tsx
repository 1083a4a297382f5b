import { createContext, useContext, useSyncExternalStore } from 'react';
import { isRecord } from './isRecord';
import { STORAGE_KEYS, readRaw, writeJson } from './storage';
import { isSegmentId } from './text/addresses';

/** Who moved the cursor: the reader's scrolling behaviour depends on it. */
export type CursorSource = 'keyboard' | 'pointer' | 'player' | 'link' | 'restore';

export interface CursorState {
  /** The current sentence's segment id (`s-<block>-<n>`), or null before reading starts. */
  segmentId: string | null;
  source: CursorSource;
}

/**
 * The one notion of "current sentence", shared by the reading cursor (keyboard), deep
 * links and the read-aloud player. It is an external store so that a change re-renders
 * only what subscribes; the article itself is updated through DOM attributes.
 * The position is remembered per article.
 */
export interface ReadingCursor {
  getSnapshot(): CursorState;
  subscribe(listener: () => void): () => void;
  set(segmentId: string | null, source: CursorSource): void;
}

function readPositions(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readRaw(STORAGE_KEYS.cursor) ?? 'null');
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** The cursor remembered in this browser for a built-in text, if any. */
export function savedCursor(articleId: string): string | null {
  const saved = readPositions()[articleId];
  return isSegmentId(saved) ? saved : null;
}

/**
 * Creates the cursor for one text. The built-in texts remember it in localStorage (readable
 * before anything loads); a stored text passes `persist: false` and its remembered place as
 * `initial`, and keeps it with the text's state in IndexedDB. The prerender and tests use
 * `persist: false` too.
 */
export function createReadingCursor(
  articleId: string,
  { persist = true, initial = null }: { persist?: boolean; initial?: string | null } = {},
): ReadingCursor {
  const listeners = new Set<() => void>();
  const saved = persist ? savedCursor(articleId) : initial;
  let state: CursorState = {
    segmentId: isSegmentId(saved) ? saved : null,
    source: 'restore',
  };
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(segmentId, source) {
      if (segmentId === state.segmentId && source === state.source) return;
      state = { segmentId, source };
      if (persist) writeJson(STORAGE_KEYS.cursor, { ...readPositions(), [articleId]: segmentId });
      for (const listener of listeners) listener();
    },
  };
}

const CursorContext = createContext<ReadingCursor>(
  createReadingCursor('default', { persist: false }),
);

export const ReadingCursorProvider = CursorContext.Provider;

/** The cursor store itself (no re-render when it moves). */
export function useReadingCursor(): ReadingCursor {
  return useContext(CursorContext);
}

/** What the prerendered page shows: no current sentence (hydration starts from this). */
const SERVER_STATE: CursorState = { segmentId: null, source: 'restore' };
const serverSnapshot = () => SERVER_STATE;

/** The current sentence; the calling component re-renders when it moves. */
export function useCursorState(): CursorState {
  const cursor = useContext(CursorContext);
  return useSyncExternalStore(cursor.subscribe, cursor.getSnapshot, serverSnapshot);
}
