import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { visibleBand } from '../../components/visibleBand';
import { takeHeldInput } from '../../lib/firstUse';
import { VIEWS, type Preferences } from '../../lib/preferenceRules';
import { LoadBoundary } from '../../components/LoadBoundary';
import { lazyWithRetry } from '../../lib/lazyWithRetry';
import { segmentFromHash } from '../../lib/links';
import { usePreferences } from '../../lib/preferences';
import { useReadingCursor, type CursorSource } from '../../lib/readingCursor';
import { shouldIgnoreShortcut } from '../../lib/shortcuts';
import { blockOf } from '../../lib/text/addresses';
import { readingOrder } from '../../lib/text/readingOrder';
import { useText } from '../../lib/text/TextContext';
import type { PeekState } from './SentencePeek';

const SentencePeek = lazyWithRetry(() => import('./SentencePeek'));
import { ReadingProgress } from './ReadingProgress';
import {
  counterpartOf,
  hitInOriginal,
  isInViewport,
  isOriginal,
  moveMark,
  segmentFrom,
  visibleElement,
  type WordHit,
} from './sentences';

function showsBothLanguages(prefs: Preferences): boolean {
  return prefs.view === 'parallel' || prefs.view === 'interlinear';
}

/** Whether the study mode currently hides this sentence element until it is asked for. */
function isMasked(prefs: Preferences, element: HTMLElement): boolean {
  if (!showsBothLanguages(prefs) || element.hasAttribute('data-revealed')) return false;
  return isOriginal(element) ? prefs.study === 'hide-original' : prefs.study === 'hide-translation';
}

/** Room kept around the current sentence so its focus ring is never cut. */
const COMFORT = 24;

/**
 * Keyboard reading: a sentence that is not comfortably inside the visible band (between
 * the top bar and any player) is scrolled to the band's upper third, where the eye reads;
 * one that is, stays where it is, so j/k does not make the page jump at every sentence.
 */
function keepComfortablyInView(element: HTMLElement, behavior: ScrollBehavior): void {
  const band = visibleBand();
  const rect = element.getBoundingClientRect();
  if (rect.top >= band.top + COMFORT && rect.bottom <= band.bottom - COMFORT) return;
  const height = band.bottom - band.top;
  const goal =
    rect.height > height * 0.6 ? band.top + COMFORT : band.top + Math.max(height / 4, COMFORT);
  window.scrollBy({ top: rect.top - goal, behavior });
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Sentence-level reading on top of the rendered article, with no re-render of the
 * article: one set of delegated listeners lights a sentence and its counterpart on
 * hover, focus or tap; keeps the reading cursor (j/k, J/K, t, 1-4) in the DOM; reveals
 * masked sentences in the study modes; and opens the sentence peek (translation and a
 * link to the sentence). The current sentence lives in the shared reading cursor.
 */
export default function SentenceLayer({
  articleElementId,
  onWordActivate,
}: {
  articleElementId: string;
  /**
   * Word study's entry point: called for a tap on original-language text with the
   * character under the pointer. Returning true means a word card took the tap, so the
   * sentence peek stays closed.
   */
  onWordActivate?: (hit: WordHit) => boolean;
}) {
  const cursor = useReadingCursor();
  const [prefs, update] = usePreferences();
  // Read by the listeners below, which are set up once and must see the current view.
  const prefsRef = useRef(prefs);
  useLayoutEffect(() => {
    prefsRef.current = prefs;
  }, [prefs]);
  const [peek, setPeek] = useState<PeekState | null>(null);
  const { blocks } = useText();
  const segmentIds = useMemo(() => readingOrder(blocks), [blocks]);
  const peekRef = useRef<PeekState | null>(null);
  useLayoutEffect(() => {
    peekRef.current = peek;
  }, [peek]);

  const closePeek = useCallback((returnFocus: boolean) => {
    const current = peekRef.current;
    setPeek(null);
    if (returnFocus) current?.anchor.focus({ preventScroll: true });
  }, []);

  const openPeek = useCallback((element: HTMLElement, openedBy: 'pointer' | 'keyboard') => {
    const id = element.dataset.seg;
    if (!id) return;
    if (peekRef.current?.segmentId === id) {
      setPeek(null);
      return;
    }
    setPeek({ segmentId: id, anchor: element, openedBy });
  }, []);

  // The handlers below, for the input that came while this layer loaded (see the end).
  const onArticleClick = useRef<((event: MouseEvent) => void) | null>(null);
  const onArticleKey = useRef<((event: KeyboardEvent) => void) | null>(null);
  const onReadingKey = useRef<((event: KeyboardEvent) => void) | null>(null);

  // Tells the page (and tests) that sentence-level reading is live.
  useEffect(() => {
    document.documentElement.setAttribute('data-sentences', 'ready');
    return () => document.documentElement.removeAttribute('data-sentences');
  }, []);

  // Delegated pointer, focus and key handling on the article.
  useEffect(() => {
    const article = document.getElementById(articleElementId);
    if (!article) return;
    let active: string | null = null;
    const setActive = (id: string | null) => {
      if (id === active) return;
      moveMark(article, 'data-active', active, id);
      active = id;
    };

    const activate = (element: HTMLElement, source: CursorSource) => {
      const id = element.dataset.seg;
      if (!id) return;
      cursor.set(id, source);
      if (isMasked(prefsRef.current, element)) {
        element.setAttribute('data-revealed', '');
        return;
      }
      openPeek(element, source === 'keyboard' ? 'keyboard' : 'pointer');
    };

    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      setActive(segmentFrom(event.target)?.dataset.seg ?? null);
    };
    const onPointerLeave = () => setActive(null);
    const onFocusIn = (event: FocusEvent) => {
      const element = segmentFrom(event.target);
      if (!element?.dataset.seg) return;
      setActive(element.dataset.seg);
      // A focused sentence is where the reader is (only a change is news to the player).
      if (cursor.getSnapshot().segmentId !== element.dataset.seg) {
        cursor.set(element.dataset.seg, 'pointer');
      }
      // Screen readers announce the counterpart as the sentence's description.
      const other = counterpartOf(element);
      if (other?.id) element.setAttribute('aria-describedby', other.id);
    };
    const onClick = (event: MouseEvent) => {
      const element = segmentFrom(event.target);
      if (!element) return;
      // Selecting text is not a tap.
      if (!document.getSelection()?.isCollapsed) return;
      setActive(element.dataset.seg ?? null);
      if (!isMasked(prefsRef.current, element) && onWordActivate) {
        const hit = hitInOriginal(element, event.clientX, event.clientY);
        if (hit && onWordActivate(hit)) {
          cursor.set(hit.segmentId, 'pointer');
          setPeek(null);
          return;
        }
      }
      activate(element, 'pointer');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || shouldIgnoreShortcut(event)) return;
      const element = segmentFrom(event.target);
      if (!element) return;
      event.preventDefault();
      activate(element, 'keyboard');
    };

    onArticleClick.current = onClick;
    onArticleKey.current = onKeyDown;
    // This layer loads on the reader's first use: a pointer already resting on a sentence
    // lights it now, not only once it moves on to the next one.
    const hovered = article.querySelectorAll(':hover');
    const under = segmentFrom(hovered[hovered.length - 1] ?? null);
    if (under?.dataset.seg) setActive(under.dataset.seg);
    article.addEventListener('pointerover', onPointerOver);
    article.addEventListener('pointerleave', onPointerLeave);
    article.addEventListener('focusin', onFocusIn);
    article.addEventListener('click', onClick);
    article.addEventListener('keydown', onKeyDown);
    return () => {
      article.removeEventListener('pointerover', onPointerOver);
      article.removeEventListener('pointerleave', onPointerLeave);
      article.removeEventListener('focusin', onFocusIn);
      article.removeEventListener('click', onClick);
      article.removeEventListener('keydown', onKeyDown);
    };
  }, [articleElementId, cursor, openPeek, onWordActivate]);

  // The cursor in the DOM: mark it, and scroll or focus depending on who moved it.
  useEffect(() => {
    const article = document.getElementById(articleElementId);
    if (!article) return;
    let marked = cursor.getSnapshot().segmentId;
    moveMark(article, 'data-cursor', null, marked);
    return cursor.subscribe(() => {
      const { segmentId, source } = cursor.getSnapshot();
      moveMark(article, 'data-cursor', marked, segmentId);
      marked = segmentId;
      if (!segmentId) return;
      const element = visibleElement(article, segmentId);
      if (!element) return;
      const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
      if (source === 'link') {
        element.focus({ preventScroll: true });
        element.scrollIntoView({ block: 'center', behavior });
      } else if (source === 'keyboard') {
        element.focus({ preventScroll: true });
        keepComfortablyInView(element, behavior);
      }
      // The voice ('player') is followed by the listen player itself, which knows whether
      // the learner is following it.
    });
  }, [articleElementId, cursor]);

  // Links to a sentence: /?view=en#s-p1-0 scrolls to it and lights it.
  useEffect(() => {
    const article = document.getElementById(articleElementId);
    if (!article) return;
    const follow = () => {
      const id = segmentFromHash(window.location.hash);
      if (!id || !document.getElementById(id)) return;
      const linked = article.querySelector<HTMLElement>('[data-linked]')?.dataset.seg ?? null;
      moveMark(article, 'data-linked', linked, id);
      cursor.set(id, 'link');
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [articleElementId, cursor]);

  // Reading with the keyboard.
  useEffect(() => {
    const article = document.getElementById(articleElementId);
    if (!article) return;
    const ids = segmentIds;
    const indexOf = new Map(ids.map((id, index) => [id, index]));

    const firstInView = () =>
      ids.find((id) => {
        const el = visibleElement(article, id);
        return el ? el.getBoundingClientRect().top > 0 && isInViewport(el) : false;
      }) ?? ids[0];

    const moveSentence = (step: number) => {
      const current = cursor.getSnapshot().segmentId;
      const index = current !== null ? indexOf.get(current) : undefined;
      const next =
        index === undefined
          ? firstInView()
          : ids[Math.min(Math.max(index + step, 0), ids.length - 1)];
      if (next) cursor.set(next, 'keyboard');
    };
    const moveParagraph = (step: number) => {
      const current = cursor.getSnapshot().segmentId;
      const index = current !== null ? indexOf.get(current) : undefined;
      if (index === undefined || current === null) {
        moveSentence(0);
        return;
      }
      const block = blockOf(current);
      let i = index;
      if (step > 0) {
        while (i < ids.length && blockOf(ids[i] ?? '') === block) i++;
      } else {
        // To the start of this block, or of the previous one when already there.
        const start = ids.findIndex((id) => blockOf(id) === block);
        i = start < index ? start : Math.max(start - 1, 0);
        const target = blockOf(ids[i] ?? '');
        i = ids.findIndex((id) => blockOf(id) === target);
      }
      const next = ids[Math.min(i, ids.length - 1)];
      if (next) cursor.set(next, 'keyboard');
    };
    const toggleCurrent = () => {
      const current = cursor.getSnapshot().segmentId;
      if (!current) return;
      const masked = Array.from(article.querySelectorAll<HTMLElement>(`[data-seg="${current}"]`));
      const { study } = prefsRef.current;
      const hidden = showsBothLanguages(prefsRef.current)
        ? masked.find((el) => (study === 'hide-original' ? isOriginal(el) : !isOriginal(el)))
        : undefined;
      if (hidden && study !== 'shown') {
        hidden.toggleAttribute('data-revealed');
        return;
      }
      const element = visibleElement(article, current);
      if (element) openPeek(element, 'keyboard');
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (shouldIgnoreShortcut(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      const onControl =
        target?.closest('button, a, [role="radio"], summary') !== null && target !== null;
      let handled = true;
      switch (event.key) {
        case 'j':
          moveSentence(1);
          break;
        case 'k':
          moveSentence(-1);
          break;
        case 'ArrowDown':
        case 'ArrowUp':
          if (onControl) return;
          moveSentence(event.key === 'ArrowDown' ? 1 : -1);
          break;
        case 'J':
          moveParagraph(1);
          break;
        case 'K':
          moveParagraph(-1);
          break;
        case 't':
          toggleCurrent();
          break;
        case '1':
        case '2':
        case '3':
        case '4': {
          const view = VIEWS[Number(event.key) - 1];
          if (view) update({ view });
          break;
        }
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    onReadingKey.current = onKeyDown;
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [articleElementId, cursor, openPeek, update, segmentIds]);

  // This layer loads on the reader's first use of the page: the tap or key that woke it
  // was held meanwhile, and is answered now (after the listeners above are in place).
  useEffect(() => {
    const article = document.getElementById(articleElementId);
    for (const event of takeHeldInput()) {
      const inArticle = event.target instanceof Node && article?.contains(event.target);
      if (event instanceof MouseEvent && event.type === 'click') {
        if (inArticle) onArticleClick.current?.(event);
      } else if (event instanceof KeyboardEvent) {
        if (inArticle) onArticleKey.current?.(event);
        onReadingKey.current?.(event);
      }
    }
  }, [articleElementId]);

  return (
    <>
      <ReadingProgress segmentIds={segmentIds} />
      {peek ? (
        <LoadBoundary key={peek.segmentId} onError={() => closePeek(false)}>
          <Suspense fallback={null}>
            <SentencePeek peek={peek} onClose={closePeek} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
