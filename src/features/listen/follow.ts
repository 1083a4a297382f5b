/**
 * The page following the voice. The player starts from what the learner sees, keeps the
 * spoken sentence in the band between the top bar and the player, and stops following as
 * soon as the learner scrolls the spoken sentence away (the "Follow" button brings it back).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { visibleBand } from '../../components/visibleBand';
import type { ReadingCursor } from '../../lib/readingCursor';

/** The element of a sentence shown in the current view (both languages are in the page). */
export function shownSentence(segmentId: string): HTMLElement | null {
  const elements = document.querySelectorAll<HTMLElement>(
    `.seg[data-seg="${CSS.escape(segmentId)}"]`,
  );
  for (const element of Array.from(elements)) {
    if (element.getClientRects().length > 0) return element;
  }
  return null;
}

/** Whether a sentence is at least partly in the visible band (not under the player). */
export function isSentenceInView(segmentId: string): boolean {
  const element = shownSentence(segmentId);
  if (!element) return false;
  const band = visibleBand();
  const rect = element.getBoundingClientRect();
  return rect.bottom > band.top && rect.top < band.bottom;
}

/**
 * Where listening starts: the sentence the learner picked when it is still on screen,
 * otherwise the first sentence in view (in reading order); null when none is.
 */
export function startingSentence(ids: readonly string[], picked: string | null): string | null {
  if (picked && isSentenceInView(picked)) return picked;
  return ids.find((id) => isSentenceInView(id)) ?? null;
}

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Scrolls a sentence into the band (root scroll padding keeps it clear of the player). */
export function bringIntoView(segmentId: string): void {
  const element = shownSentence(segmentId);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

const SCROLL_KEYS = new Set(['PageDown', 'PageUp', 'Home', 'End', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * While `active`, follows the sentences the player speaks. Returns whether it is following,
 * and `follow()` to come back to the spoken sentence.
 */
export function useFollowVoice(
  cursor: ReadingCursor,
  active: boolean,
): { following: boolean; follow: () => void } {
  const [following, setFollowing] = useState(true);
  const followingRef = useRef(true);
  const set = useCallback((value: boolean) => {
    followingRef.current = value;
    setFollowing(value);
  }, []);

  // Each sentence the voice starts is brought into view while the learner follows.
  useEffect(() => {
    if (!active) return;
    return cursor.subscribe(() => {
      const { segmentId, source } = cursor.getSnapshot();
      if (!segmentId) return;
      // Moving the cursor by hand (a tap, j/k, a link) is following the reading again.
      if (source !== 'player') {
        set(true);
        return;
      }
      if (followingRef.current && !isSentenceInView(segmentId)) bringIntoView(segmentId);
    });
  }, [active, cursor, set]);

  // Scrolling by the learner (wheel, touch, scroll keys): once it settles, following goes on
  // only if the spoken sentence is still in view.
  useEffect(() => {
    if (!active) return;
    let timer = 0;
    const check = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const current = cursor.getSnapshot().segmentId;
        if (current) set(isSentenceInView(current));
      }, 200);
    };
    // Scroll events alone could be our own smooth scrolling: only those soon after an
    // input of the learner's count.
    let lastIntent = 0;
    const intent = () => {
      lastIntent = Date.now();
      // No following while the learner is scrolling; settled, it resumes if still in view.
      followingRef.current = false;
      check();
    };
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key) && event.target === document.body) intent();
    };
    const onScroll = () => {
      if (Date.now() - lastIntent < 1000) check();
    };
    window.addEventListener('wheel', intent, { passive: true });
    window.addEventListener('touchmove', intent, { passive: true });
    window.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('wheel', intent);
      window.removeEventListener('touchmove', intent);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
    };
  }, [active, cursor, set]);

  const follow = useCallback(() => {
    set(true);
    const current = cursor.getSnapshot().segmentId;
    if (current) bringIntoView(current);
  }, [cursor, set]);

  return { following, follow };
}
