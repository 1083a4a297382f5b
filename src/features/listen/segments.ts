/**
 * What the player reads: the text's paired sentences, one `SpeechSegment` each, in the
 * text model's reading order (the order the page shows them).
 */
import { segmentId } from '../../lib/text/addresses';
import { blocksInReadingOrder } from '../../lib/text/readingOrder';
import type { PairedBlock } from '../../lib/text/types';
import type { SpeechSegment } from './player';

/**
 * One segment per original sentence, with its translation (`''` where it is missing or a
 * deliberate gap, which the player skips; an original gap is skipped the same way).
 */
export function buildSpeechSegments(blocks: readonly PairedBlock[]): SpeechSegment[] {
  return blocksInReadingOrder(blocks).flatMap((block) =>
    block.original.map((text, index) => ({
      id: segmentId(block.key, index),
      text: { id: text, en: block.translation[index] ?? '' },
    })),
  );
}
