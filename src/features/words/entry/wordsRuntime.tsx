/**
 * Word study's runtime: everything of the static entry (WordStudyEntry.tsx) that only works
 * after hydration, loaded with `import()` as soon as the page has hydrated, so none of it is
 * in the app's first chunk. It finds the word under a tap (`activateWord`, which the entry
 * forwards to), handles the `w` key, mounts the lazy card and word list, and starts word
 * study for a learner who already has a word list once the page is idle. It still loads
 * nothing heavy itself: the card, the word list, the lexicon, the analyzer, IndexedDB and the
 * scheduler come with `import()` on first use.
 */
import { Suspense, useEffect, useMemo, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadBoundary } from '../../../components/LoadBoundary';
import { importWithRetry, lazyWithRetry } from '../../../lib/lazyWithRetry';
import { useReadingCursor } from '../../../lib/readingCursor';
import { shouldIgnoreShortcut } from '../../../lib/shortcuts';
import { checkShown, sentenceOf } from '../../../lib/text/lookup';
import { useOptionalText, useText } from '../../../lib/text/TextContext';
import type { PairedText } from '../../../lib/text/types';
import { whenIdle } from '../../../lib/whenIdle';
import { currentSentence, entryStore, hasWordList } from './entryStore';

// Word study is an extra: if a chunk cannot load (offline, a deploy in between) or throws,
// it goes away with a notice instead of taking the reader down, and the next use loads it
// again.
const WordStudyHost = lazyWithRetry(() => import('../card/WordStudyHost'));
// Prefetched for a learner with a word list, and then shown in the click's own frame.
const WordListPanel = lazyWithRetry(() => import('../list/WordListPanel'), { direct: true });
const loadStartWordStudy = importWithRetry(() => import('./startWordStudy'));

/** Starts fetching the card's chunk; a failure (offline) shows up when it renders. */
function prefetchHost(): void {
  WordStudyHost.preload().catch(() => {});
}

/**
 * A tap in the original text: the sentence, its element and the character offset under the
 * pointer (the reader's `WordHit` has this shape). Only the offset is read from the page; the
 * sentence it points into is the text model's, which the element shows.
 */
export interface WordTap {
  segmentId: string;
  element: HTMLElement;
  offset: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const HYPHEN = /[-\u2010\u2011]/;
const DIGIT = /\p{N}/u;

const isWordChar = (text: string, index: number) => WORD_CHAR.test(text[index] ?? '');
/** A hyphen joining two word characters (`anak-anak`, `ke-70`). */
const isJoiner = (text: string, index: number) =>
  HYPHEN.test(text[index] ?? '') && isWordChar(text, index - 1) && isWordChar(text, index + 1);

/** The run of letters and digits (hyphens inside) that covers `index`, or null. */
function runAt(text: string, index: number): { start: number; end: number } | null {
  if (!isWordChar(text, index)) return null;
  let start = index;
  while (start > 0 && (isWordChar(text, start - 1) || isJoiner(text, start - 1))) start--;
  let end = index + 1;
  while (end < text.length && (isWordChar(text, end) || isJoiner(text, end))) end++;
  return { start, end };
}

/** A number the card can read aloud in words: `2023`, `25`, an ordinal `ke-70`. */
const READABLE_NUMBER = /^(?:ke[-\u2010\u2011])?\d+$/i;

/**
 * The start of the word at `offset` in `text`: the word containing the character there, or
 * the word ending right before it (the caret a tap on a last letter's right half gives).
 * Numbers (`2023`, `ke-70`) count: their card says how they are read. Null on spaces,
 * punctuation and codes (`COVID-19`): not study targets.
 *
 * This is the tokenizer's notion of a word (letters joined by hyphens; anything with a digit
 * is a number) in a few lines, so that the runtime does not carry the tokenizer: the lazy
 * card then finds the exact target (a multi-word expression, an abbreviation) around this
 * offset.
 */
export function wordStartAt(text: string, offset: number): number | null {
  const run = runAt(text, offset) ?? runAt(text, offset - 1);
  if (!run) return null;
  const word = text.slice(run.start, run.end);
  if (DIGIT.test(word) && !READABLE_NUMBER.test(word)) return null;
  return run.start;
}

/** The start of the first word of `text`, or null when it has none. */
function firstWordStart(text: string): number | null {
  for (let index = 0; index < text.length; index++) {
    const run = runAt(text, index);
    if (!run) continue;
    if (!DIGIT.test(text.slice(run.start, run.end))) return run.start;
    index = run.end;
  }
  return null;
}

/**
 * The reader's word hook (the entry's `activateWord` forwards here). Returns true,
 * synchronously, when the tap is on a word (then the word card opens, loading on first use,
 * and the reader keeps its sentence peek closed); false on spaces, codes and punctuation,
 * which also closes an open card. A second tap on the word of the open card closes it.
 */
export function activateWord(hit: WordTap): boolean {
  const sentence = currentSentence(hit.segmentId);
  if (sentence) checkShown(hit.element, sentence.original);
  const start = sentence ? wordStartAt(sentence.original, hit.offset) : null;
  if (start === null) {
    entryStore.closeCard();
    return false;
  }
  const { open } = entryStore.getSnapshot();
  if (open && open.segmentId === hit.segmentId && open.start <= start && start < open.end) {
    entryStore.closeCard();
    return true;
  }
  // Start fetching now; the host renders the card when it has arrived.
  prefetchHost();
  entryStore.openCard({
    segmentId: hit.segmentId,
    element: hit.element,
    offset: start,
    by: 'pointer',
  });
  return true;
}

/** Opens the card on the first word of the current sentence of `text`, for the `w` key. */
function openFirstWord(text: PairedText, segmentId: string | null): boolean {
  if (!segmentId) return false;
  const sentence = sentenceOf(text, segmentId);
  // The element is where the card is anchored; the words are the model's.
  const element = document.getElementById(segmentId);
  const first = sentence ? firstWordStart(sentence.original) : null;
  if (!element || first === null) return false;
  prefetchHost();
  entryStore.openCard({ segmentId, element, offset: first, by: 'keyboard' });
  return true;
}

/** The entry's state (this module only renders after hydration). */
function useEntryState() {
  return useSyncExternalStore(entryStore.subscribe, entryStore.getSnapshot);
}

/**
 * The Words button's behaviour, rendered next to it once loaded: handles the `w` key, which
 * opens the card on the first word of the current sentence (inside the card,
 * ArrowLeft/ArrowRight move word by word), and hosts the lazy word card and word list panel.
 */
export function WordsButtonRuntime({ buttonRef }: { buttonRef: RefObject<HTMLElement | null> }) {
  const state = useEntryState();
  const cursor = useReadingCursor();
  const text = useText();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'w' || shouldIgnoreShortcut(event)) return;
      if (openFirstWord(text, cursor.getSnapshot().segmentId)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [cursor, text]);

  return (
    <>
      {state.started ? (
        <LoadBoundary key={state.hostAttempt} onError={() => entryStore.hostFailed()}>
          <Suspense fallback={null}>
            <WordStudyHost />
          </Suspense>
        </LoadBoundary>
      ) : null}
      {state.panel ? (
        <LoadBoundary key={state.panelSeq} onError={() => entryStore.closePanel()}>
          <Suspense fallback={null}>
            <WordListPanel
              onClose={() => {
                const { panelOpener } = entryStore.getSnapshot();
                entryStore.closePanel();
                // Back to what opened the list: the word card's button, or the Words button.
                (panelOpener?.isConnected ? panelOpener : buttonRef.current)?.focus();
              }}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}

/**
 * The header summary's behaviour, rendered next to it once loaded: once the page is idle,
 * starts word study if this browser already has a word list; once word study is under way
 * (from here or from a first tap), has it count the article's roots.
 */
export function SummaryRuntime({ articleId }: { articleId: string }) {
  const { i18n } = useTranslation();
  const { started } = useEntryState();
  // The text's original sentences, for a text counted by the dictionary (no lexicon).
  const text = useOptionalText();
  const sentences = useMemo(
    () => (text ? text.blocks.flatMap((block) => block.original) : []),
    [text],
  );

  useEffect(() => {
    if (started) return;
    let live = true;
    const cancel = whenIdle(
      () => {
        void hasWordList().then((found) => {
          if (!live || !found) return;
          entryStore.start();
          // A learner with a word list will open it: fetch the list's code too, so a long
          // list opens at once (a failure here says nothing; opening tries again).
          WordListPanel.preload().catch(() => {});
        });
      },
      { timeout: 4000, fallbackMs: 1500 },
    );
    return () => {
      live = false;
      cancel();
    };
  }, [started]);

  useEffect(() => {
    if (!started) return;
    void loadStartWordStudy()
      .then(({ startWordStudy }) => startWordStudy(i18n, articleId, sentences))
      .catch(() => {
        // The chunk failed to load (offline): the hint simply stays.
      });
  }, [started, i18n, articleId, sentences]);

  return null;
}
