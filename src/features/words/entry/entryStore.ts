/**
 * The small state shared by the static entry (WordStudyEntry.tsx) and the lazily loaded
 * word study: which card is asked for, which word it shows, and the header summary's
 * numbers. It lives in the entry chunk and imports nothing heavy, so the entry can answer a
 * tap synchronously and the lazy chunk can report back without importing the entry.
 */
import { sentenceOf, type SentencePair } from '../../../lib/text/lookup';
import type { PairedText } from '../../../lib/text/types';

/** A request to open the word card on a word of an original-language sentence. */
export interface CardRequest {
  segmentId: string;
  /** The original sentence element (`.t-original .seg`). */
  element: HTMLElement;
  /** A character offset inside the word. */
  offset: number;
  /** A keyboard-opened card takes focus; a tapped one leaves it alone. */
  by: 'pointer' | 'keyboard';
  /** Increases with every request, so asking again for the same word is news. */
  seq: number;
}

/** The word the open card shows, as offsets in its sentence. */
export interface OpenWord {
  segmentId: string;
  start: number;
  end: number;
}

/** How many of the article's roots the learner knows. */
export interface KnownRoots {
  known: number;
  total: number;
}

export interface EntryState {
  /** The article word study is for (segment ids and the lexicon belong to it). */
  articleId: string;
  /**
   * The text on the page, as the text model has it: where word study outside React (a tap,
   * the status colouring) reads its sentences, never from the page's elements.
   */
  text: PairedText | null;
  card: CardRequest | null;
  open: OpenWord | null;
  /** True once the lazy word study has been asked for (the host then mounts it). */
  started: boolean;
  /** The header summary's numbers, once the word list has been read. */
  summary: KnownRoots | null;
  /** The word list panel is open. */
  panel: boolean;
  /** Counts panel openings (a failed panel gets a fresh try the next time). */
  panelSeq: number;
  /** Where focus goes back when the panel closes (the control that opened it). */
  panelOpener: HTMLElement | null;
  /** Counts fresh tries of the card's host after its chunk failed to load. */
  hostAttempt: number;
  /** The card's host failed; the next card request tries it again. */
  hostBroken: boolean;
}

/**
 * The IndexedDB databases that can hold a word list (the entry checks whether one exists
 * without loading Dexie): the app's database (`DATABASE_NAME` of src/lib/db/database.ts; a
 * test keeps the two equal) and idb-keyval's `sanding` of earlier versions, copied over on
 * first open.
 */
export const WORD_DATABASES: readonly string[] = ['sanding-library', 'sanding'];

/** Whether this browser already holds a word list (without creating the database). */
export async function hasWordList(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
      return false;
    }
    const databases = await indexedDB.databases();
    return databases.some((database) => WORD_DATABASES.includes(database.name ?? ''));
  } catch {
    return false;
  }
}

/** The article of this app; the components accept another through their props. */
export const DEFAULT_ARTICLE_ID = 'hari-kemenangan-2023';

const listeners = new Set<() => void>();
/** The initial state, for the server render and the first (hydrating) client render. */
export const SERVER_ENTRY_STATE: EntryState = {
  articleId: DEFAULT_ARTICLE_ID,
  text: null,
  card: null,
  open: null,
  started: false,
  summary: null,
  panel: false,
  panelSeq: 0,
  panelOpener: null,
  hostAttempt: 0,
  hostBroken: false,
};

let state: EntryState = SERVER_ENTRY_STATE;
let seq = 0;

function update(change: Partial<EntryState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

/** The entry's store, read with `useSyncExternalStore`. */
export const entryStore = {
  getSnapshot: (): EntryState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setArticle(articleId: string): void {
    if (articleId !== state.articleId) update({ articleId, summary: null });
  },
  /** The text on the page (from its `TextProvider`). */
  setText(text: PairedText | null): void {
    if (text !== state.text) update({ text });
  },
  openCard(request: Omit<CardRequest, 'seq'>): void {
    seq += 1;
    const retry = state.hostBroken ? { hostBroken: false, hostAttempt: state.hostAttempt + 1 } : {};
    update({ card: { ...request, seq }, started: true, ...retry });
  },
  /** The card's host failed to load: close the card; the next request tries again. */
  hostFailed(): void {
    update({ card: null, open: null, hostBroken: true });
  },
  closeCard(): void {
    if (state.card || state.open) update({ card: null, open: null });
  },
  /** Called by the card once it has found the word, so a second tap on it can close it. */
  reportOpen(open: OpenWord | null): void {
    update({ open });
  },
  /** Asks for the lazy word study without opening anything (for the header summary). */
  start(): void {
    if (!state.started) update({ started: true });
  },
  /** Opens the word list; `opener` gets focus back when it closes (the Words button if none). */
  openPanel(opener: HTMLElement | null = null): void {
    if (!state.panel) {
      update({ panel: true, panelSeq: state.panelSeq + 1, panelOpener: opener, started: true });
    }
  },
  closePanel(): void {
    if (state.panel) update({ panel: false });
  },
  setSummary(summary: KnownRoots | null): void {
    const current = state.summary;
    if (current?.known === summary?.known && current?.total === summary?.total) return;
    update({ summary });
  },
};

/** Sentence `segmentId` of the text on the page, from the text model (null if it has none). */
export function currentSentence(segmentId: string): SentencePair | null {
  return state.text ? sentenceOf(state.text, segmentId) : null;
}
