/**
 * Word study's static entry: the only word-study module the app imports eagerly, so it holds
 * only what the prerendered page shows (the Words button and the header summary line) and a
 * forwarder for taps. Their behaviour (the `w` key, the lazy card and word list, the idle
 * check for a word list, finding the word under a tap) is in wordsRuntime.tsx, loaded with
 * `import()` on the reader's first use of the page (the reader's sentence layer, which
 * passes on taps, waits for it) or at idle for a learner with a word list; everything heavy
 * loads from there on first use.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { onFirstUse } from '../../../lib/firstUse';
import { importWithRetry } from '../../../lib/lazyWithRetry';
import { useText } from '../../../lib/text/TextContext';
import { whenIdle } from '../../../lib/whenIdle';
import {
  DEFAULT_ARTICLE_ID,
  SERVER_ENTRY_STATE,
  entryStore,
  hasWordList,
  type EntryState,
} from './entryStore';
import { addEntryStrings } from './entryStrings';
import type * as WordsRuntime from './wordsRuntime';
// The summary line's fixed height (`.known-roots`); the build ships all CSS in one stylesheet.
import './words.css';

/** A tap in the original text (the reader's `WordHit` has this shape). */
export type WordTap = WordsRuntime.WordTap;

type Runtime = typeof WordsRuntime;

let runtime: Runtime | null = null;
const importRuntime = importWithRetry(() => import('./wordsRuntime'));
const runtimeListeners = new Set<() => void>();

/** Loads the runtime (once; again after a failure, e.g. offline). */
export function loadWordsRuntime(): Promise<Runtime> {
  return importRuntime().then((module) => {
    if (runtime !== module) {
      runtime = module;
      for (const listener of runtimeListeners) listener();
    }
    return module;
  });
}

/**
 * Subscribing (an effect, so after hydration) arranges the runtime's loading: on the
 * reader's first use of the page, or once the page is idle if this browser holds a word
 * list (its header count needs no input). A first visit that only looks loads nothing.
 */
function subscribeRuntime(listener: () => void): () => void {
  runtimeListeners.add(listener);
  // Offline: word study stays out of the way; a tap on a word tries again.
  const load = () => void loadWordsRuntime().catch(() => {});
  const stopWaiting = onFirstUse(load);
  const cancelIdle = whenIdle(() => void hasWordList().then((found) => found && load()), {
    timeout: 4000,
    fallbackMs: 1500,
  });
  return () => {
    runtimeListeners.delete(listener);
    stopWaiting();
    cancelIdle();
  };
}

/** The runtime once loaded; null on the server and in the first (hydrating) client render. */
function useRuntime(): Runtime | null {
  return useSyncExternalStore(
    subscribeRuntime,
    () => runtime,
    () => null,
  );
}

/**
 * The reader's word hook (`onWordActivate` of `SentenceLayer`). Returns true, synchronously,
 * when the tap is on a word (then the word card opens, loading on first use, and the reader
 * keeps its sentence peek closed); false on spaces, codes and punctuation, which also
 * closes an open card. A second tap on the word of the open card closes it. The sentence
 * layer that calls this loads together with the runtime that answers; until it has arrived
 * (only if its chunk failed to load), a tap is the reader's.
 */
export function activateWord(hit: WordTap): boolean {
  if (runtime) return runtime.activateWord(hit);
  loadWordsRuntime().catch(() => {});
  return false;
}

const serverState = () => SERVER_ENTRY_STATE;
function useEntryState(): EntryState {
  return useSyncExternalStore(entryStore.subscribe, entryStore.getSnapshot, serverState);
}

/**
 * The "Words" button in the top bar: opens the word list panel (loaded on first use). Once
 * the runtime has loaded, it also hosts the lazy word card and handles the `w` key, which
 * opens the card on the first word of the current sentence. Renders the same markup on the
 * server and in the first client render.
 */
export function WordsButton({ articleId = DEFAULT_ARTICLE_ID }: { articleId?: string }) {
  const { i18n } = useTranslation();
  addEntryStrings(i18n);
  const { t } = useTranslation('words');
  const loaded = useRuntime();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const text = useText();

  useEffect(() => entryStore.setArticle(articleId), [articleId]);
  // Taps and the status colouring read the sentences from here (they live outside React).
  useEffect(() => {
    entryStore.setText(text);
    return () => entryStore.setText(null);
  }, [text]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="settings-button words-button"
        aria-haspopup="dialog"
        onClick={() => entryStore.openPanel()}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M4 4.5h8.5a2 2 0 0 1 2 2v10H6a2 2 0 0 1-2-2z" strokeLinejoin="round" />
          <path d="M4 14.5a2 2 0 0 1 2-2h8.5M7 7.5h4.5M7 10h3" />
        </svg>
        <span className="settings-button-label">{t('entry.open')}</span>
      </button>
      {loaded ? <loaded.WordsButtonRuntime buttonRef={buttonRef} /> : null}
    </>
  );
}

/**
 * One line at the end of the article's header: how many of the article's roots the learner
 * knows ("12 of 143 roots known (8%)"), or until that is known, a quiet hint. The line has
 * a fixed height in the prerendered page and after (`.known-roots` in words.css), so nothing
 * shifts. The word list is read only after the page is idle, and only if this browser
 * already has one (the runtime's part).
 */
export function KnownRootsSummary({ articleId = DEFAULT_ARTICLE_ID }: { articleId?: string }) {
  const { i18n } = useTranslation();
  addEntryStrings(i18n);
  const { t } = useTranslation('words');
  const { summary } = useEntryState();
  const loaded = useRuntime();

  useEffect(() => entryStore.setArticle(articleId), [articleId]);

  const percent =
    summary && summary.total > 0 ? Math.round((100 * summary.known) / summary.total) : 0;
  return (
    <>
      <p className="known-roots">
        {summary
          ? t('summary.known', { known: summary.known, total: summary.total, percent })
          : t('entry.hint')}
      </p>
      {loaded ? <loaded.SummaryRuntime articleId={articleId} /> : null}
    </>
  );
}
