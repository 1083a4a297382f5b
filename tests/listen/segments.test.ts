import { describe, expect, it } from 'vitest';
import enArticle from '../../locales/en/article.json';
import idArticle from '../../locales/id/article.json';
import { buildSpeechSegments } from '../../src/features/listen/segments';
import { pairBlocks, readBlocks } from '../../src/lib/text/pairing';

const build = (original: unknown, translation: unknown) =>
  buildSpeechSegments(
    pairBlocks(readBlocks(original), translation === undefined ? null : readBlocks(translation)),
  );

describe('the segments the player reads', () => {
  const segments = build(idArticle.blocks, enArticle.blocks);

  it('has one segment per original sentence, each with its translation', () => {
    const total = idArticle.blocks.reduce((n, block) => n + block.segments.length, 0);
    expect(segments).toHaveLength(total);
    expect(new Set(segments.map((s) => s.id)).size).toBe(total);
    const p1 = segments.find((s) => s.id === 's-p1-1');
    expect(p1?.text.id).toBe(idArticle.blocks.find((b) => b.key === 'p1')?.segments[1]);
    expect(p1?.text.en).toBe(enArticle.blocks.find((b) => b.key === 'p1')?.segments[1]);
  });

  it('follows the page: the header, then the caption under the illustration, then the body', () => {
    expect(segments.slice(0, 7).map((s) => s.id)).toEqual([
      's-category-0',
      's-headline-0',
      's-lead-0',
      's-byline-0',
      's-caption-0',
      's-p1-0',
      's-p1-1',
    ]);
    expect(segments.at(-1)?.id).toBe('s-p12-1');
  });

  it('leaves a missing translation or a gap empty, which the player skips', () => {
    const original = [{ key: 'p1', kind: 'paragraph', segments: ['Satu.', 'Dua.'] }];
    const translation = [{ key: 'p1', kind: 'paragraph', segments: ['One.', '  '] }];
    expect(build(original, translation)).toEqual([
      { id: 's-p1-0', text: { id: 'Satu.', en: 'One.' } },
      { id: 's-p1-1', text: { id: 'Dua.', en: '' } },
    ]);
    expect(build(original, undefined)[0]?.text.en).toBe('');
  });
});
