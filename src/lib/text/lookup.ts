/**
 * A sentence of the text on the page, by its address: what word study and the peek read
 * instead of scraping the page (whose elements also hold markers such as "no counterpart").
 */
import { segmentId } from './addresses';
import { useOptionalText } from './TextContext';
import type { PairedText } from './types';

/** Both sides of one sentence: the translation is `''` for a gap and null when missing. */
export interface SentencePair {
  original: string;
  translation: string | null;
}

const indexes = new WeakMap<PairedText, Map<string, SentencePair>>();

/** The sentence at address `id` in `text`, or null when there is none. */
export function sentenceOf(text: PairedText, id: string): SentencePair | null {
  let index = indexes.get(text);
  if (!index) {
    index = new Map();
    for (const block of text.blocks) {
      block.original.forEach((original, n) => {
        index?.set(segmentId(block.key, n), {
          original,
          translation: block.translation[n] ?? null,
        });
      });
    }
    indexes.set(text, index);
  }
  return index.get(id) ?? null;
}

/** The sentence at address `id` of the text on the page (null outside a text's page). */
export function useSentence(id: string): SentencePair | null {
  const text = useOptionalText();
  return text ? sentenceOf(text, id) : null;
}
