import { describe, expect, it } from 'vitest';
import type { AlignedPair } from '../../src/features/import/align.ts';
import { toAlignedText } from '../../src/features/import/blocks.ts';

const pair = (source: number[], target: number[]): AlignedPair => ({
  source,
  target,
  confidence: 1,
});

describe('toAlignedText', () => {
  const id = [['A1.', 'A2.', 'A3.'], ['B1.'], ['C1.', 'C2.']];
  const en = ['a1.', 'a2a.', 'a2b.', 'x.', 'b1.', 'c1.'];

  it('makes one block per Indonesian paragraph and one segment per pair', () => {
    const text = toAlignedText(id, en, [
      pair([0], [0]),
      pair([1], [1, 2]),
      pair([2], []),
      pair([], [3]),
      pair([3], [4]),
      pair([4, 5], [5]),
    ]);
    expect(text.original).toEqual({
      lang: 'id',
      blocks: [
        { key: 'p1', kind: 'paragraph', segments: ['A1.', 'A2.', 'A3.', ''] },
        { key: 'p2', kind: 'paragraph', segments: ['B1.'] },
        { key: 'p3', kind: 'paragraph', segments: ['C1. C2.'] },
      ],
    });
    expect(text.translation).toEqual({
      lang: 'en',
      blocks: [
        { key: 'p1', kind: 'paragraph', segments: ['a1.', 'a2a. a2b.', '', 'x.'] },
        { key: 'p2', kind: 'paragraph', segments: ['b1.'] },
        { key: 'p3', kind: 'paragraph', segments: ['c1.'] },
      ],
    });
  });

  it('drops a paragraph whose sentence joined the pair before, keys without holes', () => {
    const text = toAlignedText(id, en.slice(0, 3), [
      pair([0], [0]),
      pair([1], [1]),
      pair([2, 3], [2]),
      pair([4], []),
      pair([5], []),
    ]);
    expect(text.original.blocks.map((b) => b.key)).toEqual(['p1', 'p2']);
    expect(text.original.blocks[0]?.segments).toEqual(['A1.', 'A2.', 'A3. B1.']);
    expect(text.translation.blocks[1]?.segments).toEqual(['', '']);
  });

  it('puts an English sentence that comes first into the first block', () => {
    const text = toAlignedText([['A.']], ['x.', 'a.'], [pair([], [0]), pair([0], [1])]);
    expect(text.original.blocks).toEqual([{ key: 'p1', kind: 'paragraph', segments: ['', 'A.'] }]);
    expect(text.translation.blocks[0]?.segments).toEqual(['x.', 'a.']);
  });
});
