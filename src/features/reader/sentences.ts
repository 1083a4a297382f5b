/**
 * DOM helpers for sentence-level work. Sentences are marked with attributes on their
 * elements (data-active, data-cursor, data-revealed) instead of React state, so lighting
 * a sentence touches two elements and never re-renders the article.
 */

export const SEGMENT_SELECTOR = '.seg[data-seg]';

/** The sentence element an event happened in, if any. */
export function segmentFrom(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(SEGMENT_SELECTOR) : null;
}

/** Both languages' elements of one sentence, looked up inside its block only (cheap). */
export function sentenceElements(root: ParentNode, segmentId: string): HTMLElement[] {
  const original = root.querySelector<HTMLElement>(`#${CSS.escape(segmentId)}`);
  const pair = original?.closest('.pair') ?? root;
  return Array.from(pair.querySelectorAll<HTMLElement>(`[data-seg="${CSS.escape(segmentId)}"]`));
}

/** The element of `segmentId` in the other language from `element`. */
export function counterpartOf(element: HTMLElement): HTMLElement | null {
  const id = element.dataset.seg;
  if (!id) return null;
  return sentenceElements(element.ownerDocument, id).find((el) => el !== element) ?? null;
}

export function isOriginal(element: HTMLElement): boolean {
  return element.closest('.t-original') !== null;
}

/** The element of a sentence the reader can see in the current view. */
export function visibleElement(root: ParentNode, segmentId: string): HTMLElement | null {
  const elements = sentenceElements(root, segmentId);
  return elements.find((el) => el.getClientRects().length > 0) ?? elements[0] ?? null;
}

/**
 * Moves a marker attribute from whatever sentence holds it to `segmentId` (both
 * languages). Returns the newly marked elements.
 */
export function moveMark(
  root: ParentNode,
  attribute: string,
  previous: string | null,
  next: string | null,
): HTMLElement[] {
  if (previous) for (const el of sentenceElements(root, previous)) el.removeAttribute(attribute);
  if (!next) return [];
  const elements = sentenceElements(root, next);
  for (const el of elements) el.setAttribute(attribute, '');
  return elements;
}

/** Whether an element is at least partly inside the viewport. */
export function isInViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const height = element.ownerDocument.documentElement.clientHeight;
  return rect.bottom > 0 && rect.top < height;
}

/** Where in the original text a tap landed: the sentence and a character offset in it. */
export interface WordHit {
  segmentId: string;
  /** The original-language sentence element (`.t-original .seg`). */
  element: HTMLElement;
  /** Character offset into `element.textContent`. */
  offset: number;
}

/**
 * The character under a point, as an offset into the sentence's text, from the caret
 * position the browser computes for that point. Null when the point is not on text of
 * an original-language sentence.
 */
export function hitInOriginal(element: HTMLElement, x: number, y: number): WordHit | null {
  if (!isOriginal(element) || !element.dataset.seg) return null;
  const doc = element.ownerDocument;
  let node: Node | null = null;
  let offset = 0;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    node = position?.offsetNode ?? null;
    offset = position?.offset ?? 0;
  } else if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    node = range?.startContainer ?? null;
    offset = range?.startOffset ?? 0;
  }
  if (!node || node.nodeType !== Node.TEXT_NODE || !element.contains(node)) return null;
  // Add the lengths of the text before this node inside the sentence.
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let current = walker.nextNode(); current && current !== node; current = walker.nextNode()) {
    before += current.textContent?.length ?? 0;
  }
  return { segmentId: element.dataset.seg, element, offset: before + offset };
}
