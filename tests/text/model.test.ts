import { describe, expect, it } from 'vitest';
import enArticle from '../../locales/en/article.json';
import idArticle from '../../locales/id/article.json';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import {
  SEGMENT_ADDRESS,
  blockOf,
  isSegmentId,
  segmentId,
  translationElementId,
} from '../../src/lib/text/addresses';
import { BUILTIN_TEXT_ID } from '../../src/lib/text/builtin';
import { addTextBundle, pairText, textFromI18n, textNamespace } from '../../src/lib/text/i18nText';
import { isGap, pairBlocks, readBlocks } from '../../src/lib/text/pairing';
import { blocksInReadingOrder, layoutBlocks, readingOrder } from '../../src/lib/text/readingOrder';
import { textStats } from '../../src/lib/text/stats';
import { parseTextFile } from '../../src/lib/text/textFile';
import type { Text } from '../../src/lib/text/types';
import { readFixture } from './fixtures';

describe('segment addresses', () => {
  it('are spelled s-<block>-<n>, with -t for the translation element', () => {
    expect(segmentId('p3', 1)).toBe('s-p3-1');
    expect(translationElementId('s-p3-1')).toBe('s-p3-1-t');
    expect(blockOf('s-sub-head-12')).toBe('sub-head');
    expect(isSegmentId('s-p3-1')).toBe(true);
    expect(isSegmentId('s-p3-x')).toBe(false);
    expect(isSegmentId(3)).toBe(false);
    expect(SEGMENT_ADDRESS.test('s-p3-1-t')).toBe(false);
  });
});

describe('pairing by block key and segment index', () => {
  const original = readBlocks([
    { key: 'p1', kind: 'paragraph', segments: ['Satu.', 'Dua.', 'Tiga.', 'Empat.'] },
    { key: 'p2', kind: 'paragraph', segments: ['Lima.'] },
  ]);

  it('keeps a deliberate gap apart from a missing segment', () => {
    const translation = readBlocks([
      { key: 'p1', kind: 'paragraph', segments: ['One.', '', '   '] },
    ]);
    const [p1, p2] = pairBlocks(original, translation);
    expect(p1?.translation).toEqual(['One.', '', null, null]);
    expect(p2?.translation).toEqual([null]);
    expect(isGap(p1?.translation[1] ?? null)).toBe(true);
    expect(isGap(p1?.translation[2] ?? null)).toBe(false);
  });

  it('has nothing missing when a text has no translation at all', () => {
    const paired = pairBlocks(original, null);
    expect(paired.flatMap((block) => block.translation)).toEqual(['', '', '', '', '']);
  });
});

describe('reading order', () => {
  const blocks = pairBlocks(readBlocks(idArticle.blocks), readBlocks(enArticle.blocks));

  it('puts the header first, then the captions, then the body, as the page does', () => {
    const { header, captions, body } = layoutBlocks(blocks);
    expect(header.map((b) => b.kind)).toEqual(['category', 'headline', 'lead', 'byline']);
    expect(captions.map((b) => b.key)).toEqual(['caption']);
    expect(body[0]?.key).toBe('p1');
    expect(blocksInReadingOrder(blocks)[4]?.key).toBe('caption');
  });

  it('lists every sentence once, by its address', () => {
    const order = readingOrder(blocks);
    const total = idArticle.blocks.reduce((n, b) => n + b.segments.length, 0);
    expect(order).toHaveLength(total);
    expect(new Set(order).size).toBe(total);
    expect(order.slice(0, 5)).toEqual([
      's-category-0',
      's-headline-0',
      's-lead-0',
      's-byline-0',
      's-caption-0',
    ]);
  });
});

describe('one path through i18next', () => {
  it('reads the built-in article from its namespace, titled by its headline', () => {
    const i18n = createI18n('en', resources);
    const text = textFromI18n(i18n, BUILTIN_TEXT_ID);
    expect(textNamespace(BUILTIN_TEXT_ID)).toBe('article');
    expect(text.title).toBe(idArticle.blocks.find((b) => b.kind === 'headline')?.segments[0]);
    expect(text.translatedTitle).toBe(
      enArticle.blocks.find((b) => b.kind === 'headline')?.segments[0],
    );
    expect(pairText(text).hasTranslation).toBe(true);
  });

  it('adds a stored text as a bundle of its own namespace and reads it back unchanged', () => {
    const i18n = createI18n('en', resources);
    for (const name of ['pasar-pagi', 'hujan-sore', 'catatan-harian']) {
      const parsed = parseTextFile(readFixture(name));
      if (!parsed.ok) throw new Error(name);
      const ns = addTextBundle(i18n, parsed.text);
      expect(ns).toBe(`text-${parsed.text.id}`);
      const back: Text = textFromI18n(i18n, parsed.text.id);
      expect(back.original).toEqual(parsed.text.original);
      expect(back.translation).toEqual(parsed.text.translation);
      expect(back.title).toBe(parsed.text.title);
    }
    // The built-in article is untouched by them.
    expect(textFromI18n(i18n, BUILTIN_TEXT_ID).original.blocks).toHaveLength(
      idArticle.blocks.length,
    );
  });
});

describe('text length', () => {
  it('counts the sentences that hold text and their words', () => {
    const parsed = parseTextFile(readFixture('hujan-sore'));
    if (!parsed.ok) throw new Error('fixture');
    // The third segment is a gap in the original.
    expect(textStats(parsed.text)).toEqual({ sentences: 2, words: 12 });
  });
});
