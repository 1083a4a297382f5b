/**
 * Windowing for a long list inside a scrolling container: which rows are near the viewport,
 * and how much room the rows above and below them would take. Only those rows are rendered;
 * the list's padding stands in for the rest, so the scroll bar keeps its true length.
 *
 * Rows differ in height (a context sentence can wrap over several lines), so each rendered
 * row is measured (ResizeObserver) and its height remembered by key; a row never rendered is
 * reckoned at the average of those measured. Hand-written rather than a library: the panel
 * needs only this (one scroller, one column, rows keyed by id), in about seventy lines.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';

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

/** The index of the last offset at or before `y` (offsets ascending). */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function useRowWindow(
  keys: readonly string[],
  scroller: React.RefObject<HTMLElement | null>,
  list: React.RefObject<HTMLElement | null>,
): RowWindow {
  // Measured heights by row key (a new map when one changes, so the offsets follow).
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  // The visible part of the list, in list coordinates. At first the list starts at or below
  // the top of the scroller, so a window's height from 0 is right.
  const [view, setView] = useState(() => ({
    top: 0,
    height: typeof window === 'undefined' ? 0 : window.innerHeight,
  }));

  const offsets = useMemo(() => {
    let sum = 0;
    for (const height of heights.values()) sum += height;
    const estimate = heights.size > 0 ? sum / heights.size : FIRST_ESTIMATE;
    const result = new Float64Array(keys.length + 1);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] ?? '';
      result[index + 1] = (result[index] ?? 0) + (heights.get(key) ?? estimate);
    }
    return result;
  }, [keys, heights]);

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
            const found: [string, number][] = [];
            for (const entry of entries) {
              const key = state.keyOf.get(entry.target);
              const height = (entry.target as HTMLElement).offsetHeight;
              if (key !== undefined && height > 0) found.push([key, height]);
            }
            setHeights((old) => {
              if (found.every(([key, height]) => old.get(key) === height)) return old;
              const next = new Map(old);
              for (const [key, height] of found) next.set(key, height);
              return next;
            });
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
  }, [scroller, list]);

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

  const count = keys.length;
  const start = Math.min(count, rowAt(offsets, Math.max(0, view.top - OVERSCAN)));
  const end = Math.min(count, rowAt(offsets, view.top + view.height + OVERSCAN) + 1);
  return {
    start,
    end,
    before: offsets[start] ?? 0,
    after: (offsets[count] ?? 0) - (offsets[end] ?? 0),
    measure,
  };
}
