/**
 * The part of the viewport the page's content can be seen in: below the sticky top bar and
 * above the listen player. Its own module, so the sentence layer and the player can ask
 * without loading the popover placement.
 */

export interface Band {
  top: number;
  bottom: number;
  width: number;
}

/** The viewport minus the sticky top bar and the root's bottom scroll padding (the player). */
export function visibleBand(): Band {
  const root = document.documentElement;
  const style = getComputedStyle(root);
  const bottom = parseFloat(style.scrollPaddingBottom) || 0;
  // The sticky top bar (the root's top padding is larger: it leaves room for headings).
  const bar = document.querySelector('.topbar');
  return {
    top: bar ? Math.max(bar.getBoundingClientRect().bottom, 0) : 0,
    bottom: window.innerHeight - bottom,
    width: root.clientWidth,
  };
}
