/**
 * Reading order: where each block goes on the page, and so the order of the reading cursor
 * (j/k), the progress bar and the voice. The page lays a text out in three places: its header
 * (category, headline, lead, byline), the figure (illustration and captions), then the body,
 * whatever the order of the blocks in the file (the seed article's caption comes first).
 */
import { segmentId } from './addresses';
import type { BlockKind, PairedBlock } from './types';

/** The place of each kind on the page: 0 header, 1 figure, 2 body. */
export const PLACE: Readonly<Record<BlockKind, 0 | 1 | 2>> = {
  category: 0,
  headline: 0,
  lead: 0,
  byline: 0,
  caption: 1,
  paragraph: 2,
  subheading: 2,
};

export interface Layout<B extends { kind: BlockKind }> {
  header: B[];
  captions: B[];
  body: B[];
}

/** Splits blocks into the page's three places, keeping their order within each. */
export function layoutBlocks<B extends { kind: BlockKind }>(blocks: readonly B[]): Layout<B> {
  const layout: Layout<B> = { header: [], captions: [], body: [] };
  for (const block of blocks) {
    const place = PLACE[block.kind];
    (place === 0 ? layout.header : place === 1 ? layout.captions : layout.body).push(block);
  }
  return layout;
}

/** The blocks in the order the page shows them. */
export function blocksInReadingOrder<B extends { kind: BlockKind }>(blocks: readonly B[]): B[] {
  const { header, captions, body } = layoutBlocks(blocks);
  return [...header, ...captions, ...body];
}

/** Every sentence's address in the order the page shows them. */
export function readingOrder(blocks: readonly PairedBlock[]): string[] {
  return blocksInReadingOrder(blocks).flatMap((block) =>
    block.original.map((_, index) => segmentId(block.key, index)),
  );
}
