/**
 * What the player reads: the article's aligned sentences, one `SpeechSegment` each, in the
 * order the page shows them.
 */
import { alignBlocks, segmentId, type BlockKind } from '../../lib/content/article';
import type { SpeechSegment } from './player';

/**
 * The page lays the blocks out in three groups (the article header, the illustration with
 * its caption, then the body), whatever their order in article.json, where the caption
 * comes first. Reading in the same order keeps the voice, the reading cursor's j/k order and
 * what the eye sees in step.
 */
const PLACE: Readonly<Record<BlockKind, number>> = {
  category: 0,
  headline: 0,
  lead: 0,
  byline: 0,
  caption: 1,
  paragraph: 2,
  subheading: 2,
};

/**
 * One segment per original sentence, with its translation ('' where it is missing, which the
 * player skips), from the raw `blocks` resources of both languages.
 */
export function buildSpeechSegments(original: unknown, translation: unknown): SpeechSegment[] {
  return alignBlocks(original, translation)
    .map((block, order) => ({ block, order }))
    .sort((a, b) => PLACE[a.block.kind] - PLACE[b.block.kind] || a.order - b.order)
    .flatMap(({ block }) =>
      block.original.map((text, index) => ({
        id: segmentId(block.key, index),
        text: { id: text, en: block.translation[index] ?? '' },
      })),
    );
}
