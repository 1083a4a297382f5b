/**
 * Windowing for a long list inside a scrolling container: which rows are near the viewport,
 * and how much room the rows above and below them would take. Only those rows are rendered;
 * the list's padding stands in for the rest, so the scroll bar keeps its true length.
 *
 * Rows differ in height (a context sentence can wrap over several lines), so each rendered
 * row is measured (ResizeObserver) and its height remembered by key; a row never rendered is
 * reckoned at the average of those measured. The running totals live in a Fenwick tree
 * (rowSizes.ts), so a measurement costs O(log n), not a pass over 10,000 rows. Hand-written
 * rather than a library: the panel needs only this (one scroller, one column, rows keyed by
 * id), in about a hundred lines.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { RowSizes } from './rowSizes';

/** Rows are rendered this far (in pixels) above and below the visible part. */
const OVERSCAN = 800;
/** A row's height before any row has been measured (a two-line root with its sentence). */
const FIRST_ESTIMATE = 150;

export interface RowWindow {
  /** The first rendered row and the one after the last. */
  start: number;
  end: number;
  /** Room the unrendered rows above and below take (the list's top and bottom padding). */
  before: number;
  after: number;
  /** Give each rendered row's element to this (its `ref`), with its key. */
  measure: (key: string) => (element: HTMLElement | null) => void;
}

function average(heights: ReadonlyMap<string, number>): number {
  if (heights.size === 0) return FIRST_ESTIMATE;
  let sum = 0;
  for (const height of heights.values()) sum += height;
  return sum / heights.size;
}

export function useRowWindow(
  keys: readonly string[],
  scroller: React.RefObject<HTMLElement | null>,
  list: React.RefObject<HTMLElement | null>,
): RowWindow {
  // Every height measured so far, by row key (kept across searches and filters).
  const [known] = useState(() => new Map<string, number>());
  // Bumped to re-render after a measurement; `rebuilt` also re-estimates the unmeasured rows
  // (once the first rows are measured, their average replaces the first guess).
  const [measured, setMeasured] = useState(0);
  const [rebuilt, setRebuilt] = useState(0);
  // The visible part of the list, in list coordinates. At first the list starts at or below
  // the top of the scroller, so a window's height from 0 is right.
  const [view, setView] = useState(() => ({
    top: 0,
    height: typeof window === 'undefined' ? 0 : window.innerHeight,
  }));

  const sizes = useMemo(() => {
    void rebuilt;
    return { rows: new RowSizes(keys, known, average(known)), guessed: known.size === 0 };
  }, [keys, known, rebuilt]);

  // The rows' ResizeObserver, and the rows that mounted before it existed (row refs are
  // attached before the list's effects run).
  const rows = useRef({
    keyOf: new WeakMap<Element, string>(),
    observer: null as ResizeObserver | null,
    waiting: [] as HTMLElement[],
  });

  useLayoutEffect(() => {
    const box = scroller.current;
    const state = rows.current;
    const sync = () => {
      const element = list.current;
      if (!box || !element) return;
      const top = box.getBoundingClientRect().top - element.getBoundingClientRect().top;
      // Without layout (a test's DOM) the scroller has no height: assume a window's worth.
      const height = box.clientHeight || window.innerHeight;
      setView((old) => (old.top === top && old.height === height ? old : { top, height }));
    };
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const key = state.keyOf.get(entry.target);
              const height = (entry.target as HTMLElement).offsetHeight;
              if (key === undefined || height === 0) continue;
              known.set(key, height);
              if (sizes.rows.set(key, height)) changed = true;
            }
            if (sizes.guessed) setRebuilt((count) => count + 1);
            else if (changed) setMeasured((count) => count + 1);
            sync();
          });
    state.observer = observer;
    for (const element of state.waiting.splice(0)) observer?.observe(element);
    box?.addEventListener('scroll', sync, { passive: true });
    window.addEventListener('resize', sync);
    return () => {
      observer?.disconnect();
      state.observer = null;
      box?.removeEventListener('scroll', sync);
      window.removeEventListener('resize', sync);
    };
  }, [scroller, list, known, sizes]);

  const measure = useCallback(
    (key: string) => (element: HTMLElement | null) => {
      if (!element) return;
      const state = rows.current;
      state.keyOf.set(element, key);
      if (state.observer) state.observer.observe(element);
      else state.waiting.push(element);
      return () => state.observer?.unobserve(element);
    },
    [],
  );

  void measured;
  const { count } = sizes.rows;
  const start = Math.min(count, sizes.rows.rowAt(Math.max(0, view.top - OVERSCAN)));
  const end = Math.min(count, sizes.rows.rowAt(view.top + view.height + OVERSCAN) + 1);
  return {
    start,
    end,
    before: sizes.rows.start(start),
    after: sizes.rows.start(count) - sizes.rows.start(end),
    measure,
  };
}
