import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  concatenate,
  f1,
  goldPairTexts,
  hardWrap,
  loadFixtures,
  multisetScore,
  pairTexts,
} from '../../scripts/lib/align-eval.ts';

const fixtures = loadFixtures(join(import.meta.dirname, '..', 'fixtures', 'align'));

describe('alignment development set', () => {
  it('has at least 6 texts and 200 gold pairs of every kind', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    const pairs = fixtures.flatMap((f) => f.pairs);
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(pairs.map(([s, t]) => `${s.length}-${t.length}`));
    for (const kind of ['1-1', '1-2', '2-1', '2-2', '1-0', '0-1']) expect(kinds).toContain(kind);
    expect(new Set(fixtures.map((f) => f.genre))).toEqual(new Set(['news', 'fiction']));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: gold pairs use every sentence once, in order',
    (_, f) => {
      const source = f.pairs.flatMap(([s]) => s);
      const target = f.pairs.flatMap(([, t]) => t);
      expect(source).toEqual(f.id.paragraphs.flat().map((_, k) => k));
      expect(target).toEqual(f.en.paragraphs.flat().map((_, k) => k));
    },
  );
});

describe('scoring', () => {
  it('counts a pair only when both sides are exactly right, at the right place', () => {
    const [f] = fixtures;
    if (!f) throw new Error('no fixtures');
    const gold = goldPairTexts(f);
    expect(f1(multisetScore(gold, gold))).toBe(1);
    // Merge the first two gold pairs: both are lost, and the merged one is wrong.
    const [a, b, ...rest] = f.pairs.map(([source, target]) => ({ source, target }));
    if (!a || !b) throw new Error('short fixture');
    const merged = [
      { source: [...a.source, ...b.source], target: [...a.target, ...b.target] },
      ...rest,
    ];
    const score = multisetScore(
      gold,
      pairTexts(f.id.paragraphs.flat(), f.en.paragraphs.flat(), merged),
    );
    expect(score.correct).toBe(gold.length - 2);
    expect(score.predicted).toBe(gold.length - 1);
  });

  it('tells repeated copies apart by position', () => {
    const [f] = fixtures;
    if (!f) throw new Error('no fixtures');
    const twice = concatenate([f, f], 'twice');
    const gold = goldPairTexts(twice);
    expect(new Set(gold).size).toBe(gold.length);
  });

  it('wraps at the given width', () => {
    const wrapped = hardWrap('satu dua tiga empat lima enam tujuh', 10);
    expect(wrapped.split('\n').every((l) => l.length <= 10)).toBe(true);
    expect(wrapped.replace(/\n/g, ' ')).toBe('satu dua tiga empat lima enam tujuh');
  });
});
