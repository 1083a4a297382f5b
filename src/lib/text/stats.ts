/**
 * A text's length, as the library lists it.
 */
import type { Text } from './types';

export interface TextStats {
  /** Sentences (segments) of the original that hold text. */
  sentences: number;
  /** Words of the original, counted by white-space-separated runs holding a letter or digit. */
  words: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function textStats(text: Pick<Text, 'original'>): TextStats {
  let sentences = 0;
  let words = 0;
  for (const block of text.original.blocks) {
    for (const segment of block.segments) {
      if (segment === '') continue;
      sentences++;
      words += segment.match(WORD)?.length ?? 0;
    }
  }
  return { sentences, words };
}
