/**
 * A stored text back into rows to review, so its alignment can be corrected after saving:
 * each aligned segment becomes a row, its sentences split again; the first segment of a block
 * begins a paragraph and keeps the block's kind (a headline stays a headline).
 */
import type { Block } from '../../lib/text/types';
import type { ReviewRow } from './review';
import { splitSentences } from './split';

/** The blocks of one side, as the text file has them. */
interface SideBlocks {
  blocks: readonly Block[];
}

const sentencesOf = (segment: string | undefined, lang: 'id' | 'en'): string[] =>
  segment && segment.trim() ? splitSentences(segment, lang) : [];

/** The rows of a text's original and translation, paired by block key and segment index. */
export function textToRows(original: SideBlocks, translation: SideBlocks | undefined): ReviewRow[] {
  const other = new Map(translation?.blocks.map((block) => [block.key, block]));
  const rows: ReviewRow[] = [];
  for (const block of original.blocks) {
    const pair = other.get(block.key);
    block.segments.forEach((segment, index) => {
      const id = sentencesOf(segment, 'id');
      const en = sentencesOf(pair?.segments[index], 'en');
      if (id.length + en.length === 0) return;
      const starts = index === 0 && id.length > 0;
      rows.push({
        id,
        en,
        confidence: 1,
        startsParagraph: starts,
        ...(starts ? { blockKind: block.kind } : {}),
      });
    });
  }
  return rows;
}
