/**
 * Word-level marks without a span per word: Ranges over the sentence's existing text nodes,
 * drawn with the CSS Custom Highlight API (`CSS.highlights`, styled by `::highlight(name)` in
 * words.css). The article's DOM is never changed, so React's prerendered markup and hydration
 * are untouched and a long text costs nothing until a sentence is looked at. Where the API is
 * missing, every function here quietly does nothing.
 */

/** The highlight names (each styled in words.css). */
export const HIGHLIGHTS = {
  /** The word under the open card. */
  word: 'sanding-word',
  /** Its counterparts in the English sentence. */
  english: 'sanding-word-en',
} as const;

/** The highlight that colours words of a status (`sanding-status-learning-2`). */
export function statusHighlightName(status: string): string {
  return `sanding-status-${status}`;
}

/** Whether this browser can draw custom highlights. */
export function highlightsSupported(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof CSS.highlights?.set === 'function' &&
    typeof Highlight === 'function'
  );
}

/**
 * A Range over `element`'s text from `start` to `end` (offsets into its `textContent`),
 * crossing text nodes as needed. Null when the offsets fall outside the text.
 */
export function rangeForOffsets(element: Element, start: number, end: number): Range | null {
  if (start < 0 || end < start) return null;
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{M}\p{N}]/u.test(char);
}

/** Every place `phrase` stands in `text` as whole words, as start offsets. */
export function wholeWordMatches(text: string, phrase: string): number[] {
  const found: number[] = [];
  if (!phrase) return found;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + phrase.length])) found.push(at);
  }
  return found;
}

/**
 * Where each English rendering stands in the translation: for a phrase found more than once,
 * the match whose relative position is nearest the Indonesian word's (`near`, 0 to 1), which
 * picks the right "the" far more often than the first one does.
 */
export function locatePhrases(
  text: string,
  phrases: readonly string[],
  near: number,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const phrase of phrases) {
    const matches = wholeWordMatches(text, phrase);
    if (matches.length === 0) continue;
    const length = Math.max(text.length, 1);
    let best = matches[0] ?? 0;
    for (const at of matches) {
      if (Math.abs(at / length - near) < Math.abs(best / length - near)) best = at;
    }
    spans.push({ start: best, end: best + phrase.length });
  }
  return spans;
}

/** Draws `ranges` under `name`, replacing what was there; no ranges removes the highlight. */
export function setHighlight(name: string, ranges: readonly Range[], priority = 0): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/** Removes highlights by name. */
export function clearHighlights(...names: string[]): void {
  if (!highlightsSupported()) return;
  for (const name of names) CSS.highlights.delete(name);
}
