/**
 * Placement of a popover (the word card, the sentence peek) next to the thing it is about.
 * A popover that hangs below a word low on the page runs off the screen, taking its buttons
 * with it; so it goes above when there is more room there, is kept inside the visible band
 * (between the sticky top bar and the listen player, read from the root's scroll padding),
 * and gets a max height so its content scrolls inside it instead of past the window's edge.
 */
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';
import { visibleBand, type Band } from './visibleBand';

/** A rectangle in viewport coordinates (a DOMRect will do). */
export interface RectLike {
  top: number;
  bottom: number;
  left: number;
}

/** Where the popover goes, in viewport coordinates. */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the anchor when the popover fits there (or there is more room below), else above;
 * always within the band, never taller than the room it was given.
 */
export function placeNextTo(
  anchor: RectLike,
  size: { width: number; height: number },
  band: Band,
): Placement {
  const bandTop = band.top + MARGIN;
  const bandBottom = band.bottom - MARGIN;
  const below = bandBottom - (anchor.bottom + GAP);
  const above = anchor.top - GAP - bandTop;
  const side: Placement['side'] = size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(side === 'below' ? below : above, 0);
  // With very little room on either side (a tall sentence), cover the anchor rather than
  // squeeze the popover into a sliver.
  const maxHeight = room >= 160 ? room : Math.max(bandBottom - bandTop, 0);
  const height = Math.min(size.height, maxHeight);
  const wanted = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const top = Math.min(Math.max(wanted, bandTop), Math.max(bandBottom - height, bandTop));
  const left = Math.min(
    Math.max(anchor.left, MARGIN),
    Math.max(band.width - size.width - MARGIN, MARGIN),
  );
  return { top, left, maxHeight, side };
}

/** What {@link useAnchoredPopover} gives the popover element. */
export interface AnchoredPopover {
  /** Inline style: document coordinates and a max height; hidden until placed. */
  style: CSSProperties;
  placed: boolean;
  /** `'sheet'` when the stylesheet fixes the popover (a bottom sheet on phones). */
  side: Placement['side'] | 'sheet' | null;
}

/**
 * Places `ref`'s element next to `anchor()`, again on resize and whenever the popover's
 * own size changes (content arriving, a word changed). `deps` re-place on other changes.
 */
export function useAnchoredPopover(
  ref: RefObject<HTMLElement | null>,
  anchor: () => RectLike | null,
  deps: readonly unknown[],
): AnchoredPopover {
  const [placement, setPlacement] = useState<(Placement & { sheet: boolean }) | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const place = () => {
      if (getComputedStyle(element).position === 'fixed') {
        setPlacement((old) =>
          old?.sheet ? old : { top: 0, left: 0, maxHeight: 0, side: 'below', sheet: true },
        );
        return;
      }
      const rect = anchor();
      const previous = element.style.maxHeight;
      element.style.maxHeight = 'none';
      const size = { width: element.offsetWidth, height: element.offsetHeight };
      element.style.maxHeight = previous;
      const next = rect
        ? placeNextTo(rect, size, visibleBand())
        : { top: MARGIN, left: MARGIN, maxHeight: window.innerHeight, side: 'below' as const };
      const top = Math.round(next.top + window.scrollY);
      const left = Math.round(next.left + window.scrollX);
      const maxHeight = Math.floor(next.maxHeight);
      setPlacement((old) =>
        old &&
        !old.sheet &&
        old.top === top &&
        old.left === left &&
        old.maxHeight === maxHeight &&
        old.side === next.side
          ? old
          : { top, left, maxHeight, side: next.side, sheet: false },
      );
    };
    place();
    window.addEventListener('resize', place);
    const observer =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => place()) : null;
    for (const child of Array.from(element.children)) observer?.observe(child);
    return () => {
      window.removeEventListener('resize', place);
      observer?.disconnect();
    };
    // `anchor` is a fresh function each render; `deps` say when what it returns changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, ...deps]);

  if (!placement) return { style: { visibility: 'hidden' }, placed: false, side: null };
  if (placement.sheet) return { style: {}, placed: true, side: 'sheet' };
  return {
    style: { top: placement.top, left: placement.left, maxHeight: placement.maxHeight },
    placed: true,
    side: placement.side,
  };
}
