/**
 * The alignment development set (tests/fixtures/align/*.json) and its scoring, shared by
 * `npm run eval:align` and the tests that keep the evaluation honest.
 *
 * A fixture holds each side as paragraphs of gold sentences and the gold pairs as groups
 * of sentence indices. The raw text a learner would paste is rebuilt from it: sentences
 * joined by a space, paragraphs by a blank line, and, for fixtures with `wrap`, every
 * paragraph hard-wrapped at that column, as in a plain-text file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AlignFixture {
  name: string;
  title: string;
  genre: 'news' | 'fiction';
  /** Column the raw text is hard-wrapped at, or null for one line per paragraph. */
  wrap: number | null;
  id: { paragraphs: string[][] };
  en: { paragraphs: string[][] };
  /** Gold pairs: [Indonesian sentence indices, English sentence indices]. */
  pairs: [number[], number[]][];
}

export function loadFixtures(dir: string): AlignFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<AlignFixture, 'name'>),
    }));
}

/** Greedy hard wrap at `width` columns (words longer than the width stay whole). */
export function hardWrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** The text as a learner would paste it. */
export function rawText(paragraphs: readonly (readonly string[])[], wrap: number | null): string {
  return paragraphs
    .map((p) => {
      const joined = p.join(' ');
      return wrap ? hardWrap(joined, wrap) : joined;
    })
    .join('\n\n');
}

/** Several fixtures (or copies of one) as one long text, pairs renumbered. */
export function concatenate(fixtures: readonly AlignFixture[], name: string): AlignFixture {
  const out: AlignFixture = {
    name,
    title: name,
    genre: 'news',
    wrap: null,
    id: { paragraphs: [] },
    en: { paragraphs: [] },
    pairs: [],
  };
  let idOffset = 0;
  let enOffset = 0;
  for (const f of fixtures) {
    out.id.paragraphs.push(...f.id.paragraphs);
    out.en.paragraphs.push(...f.en.paragraphs);
    for (const [s, t] of f.pairs) {
      out.pairs.push([s.map((k) => k + idOffset), t.map((k) => k + enOffset)]);
    }
    idOffset += f.id.paragraphs.flat().length;
    enOffset += f.en.paragraphs.flat().length;
  }
  return out;
}

export interface Score {
  correct: number;
  gold: number;
  predicted: number;
}

export const precision = (s: Score) => (s.predicted ? s.correct / s.predicted : 1);
export const recall = (s: Score) => (s.gold ? s.correct / s.gold : 1);
export const f1 = (s: Score) => {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function addScores(a: Score, b: Score): Score {
  return {
    correct: a.correct + b.correct,
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
  };
}

/** Exact matches between two multisets of strings. */
export function multisetScore(gold: readonly string[], predicted: readonly string[]): Score {
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  let correct = 0;
  for (const p of predicted) {
    const c = counts.get(p) ?? 0;
    if (c > 0) {
      correct++;
      counts.set(p, c - 1);
    }
  }
  return { correct, gold: gold.length, predicted: predicted.length };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A pair as text, so pairs over different splits can be compared: it is right only when
 * both sides hold exactly the same words at the same place. The place is where the pair
 * starts on each side, counted in non-space characters from the start of the text, so
 * that a repeated sentence paired in the wrong copy does not count.
 */
export function pairTexts(
  source: readonly string[],
  target: readonly string[],
  pairs: readonly { source: readonly number[]; target: readonly number[] }[],
): string[] {
  let sAt = 0;
  let tAt = 0;
  return pairs.map((p) => {
    const s = squash(p.source.map((k) => source[k]).join(' '));
    const t = squash(p.target.map((k) => target[k]).join(' '));
    const key = `${sAt}:${tAt}:${s}\u0001${t}`;
    sAt += s.replace(/\s/g, '').length;
    tAt += t.replace(/\s/g, '').length;
    return key;
  });
}

/** Gold pairs as text. */
export function goldPairTexts(f: AlignFixture): string[] {
  return pairTexts(
    f.id.paragraphs.flat(),
    f.en.paragraphs.flat(),
    f.pairs.map(([source, target]) => ({ source, target })),
  );
}
