/**
 * A sentence of the text on the page, by its address: what word study and the peek read
 * instead of scraping the page (whose elements also hold markers such as "no counterpart").
 */
import { segmentId } from './addresses';
import { blocksInReadingOrder } from './readingOrder';
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

/** A sentence of a text with its address. */
export interface AddressedSentence extends SentencePair {
  id: string;
}

/** Every sentence of `text` with its address, in the order the page shows them. */
export function sentencesInReadingOrder(text: PairedText): AddressedSentence[] {
  return blocksInReadingOrder(text.blocks).flatMap((block) =>
    block.original.map((original, n) => ({
      id: segmentId(block.key, n),
      original,
      translation: block.translation[n] ?? null,
    })),
  );
}

/**
 * Offsets into a sentence of the model are used as offsets into its element on the page (for
 * the character under a tap and for highlight ranges), which holds only when the element shows
 * exactly that sentence. Development says so loudly when it does not; production goes on.
 */
export function checkShown(element: Element | null, sentence: string): boolean {
  // A gap shows its marker instead: there is nothing in it to point at.
  if (!element || sentence === '') return false;
  const same = element.textContent === sentence;
  if (!same && import.meta.env.DEV) {
    console.error(
      `Text model and page disagree at #${element.id}: ${JSON.stringify(sentence)} is shown as ${JSON.stringify(element.textContent)}`,
    );
  }
  return same;
}
