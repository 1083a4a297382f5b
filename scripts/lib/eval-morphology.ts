/**
 * Scoring of the analyzer against a hand-written evaluation set. Kept free of Node APIs so the
 * same code serves the Vitest suite and `scripts/eval-morphology.ts`.
 */
import { analyzeBest, type Analysis } from '../../src/features/words/language/morphology/analyzer';
import { ROOTS } from '../../src/features/words/language/morphology/roots';

/** One expected analysis: the word form, its root and its affix notations in reading order. */
export interface EvalItem {
  word: string;
  root: string;
  affixes: string[];
  /** Free label used only to group the report (e.g. `meN-`, `ke-...-an`). */
  category?: string;
}

/** An item the analyzer got wrong, with what it produced. */
export interface EvalMiss {
  item: EvalItem;
  gotRoot: string;
  gotAffixes: string[];
  /** True when the root was right and only the affix breakdown differed. */
  rootCorrect: boolean;
}

/** Accuracy figures for one group of items (or for all of them). */
export interface EvalScore {
  total: number;
  rootCorrect: number;
  fullCorrect: number;
  /** Percentages, 0–100. */
  rootAccuracy: number;
  fullAccuracy: number;
}

/** Result of {@link evaluate}. */
export interface EvalReport extends EvalScore {
  byCategory: Record<string, EvalScore>;
  misses: EvalMiss[];
}

/** Parses and checks the JSON evaluation file; throws with the offending index on bad input. */
export function parseEvalSet(json: string): EvalItem[] {
  const data: unknown = JSON.parse(json);
  const items = (data as { items?: unknown }).items;
  if (!Array.isArray(items)) throw new Error('eval set: expected an "items" array');
  return items.map((raw: unknown, index) => {
    const item = raw as Partial<EvalItem>;
    const ok =
      typeof item.word === 'string' &&
      typeof item.root === 'string' &&
      Array.isArray(item.affixes) &&
      item.affixes.every((affix) => typeof affix === 'string') &&
      (item.category === undefined || typeof item.category === 'string');
    if (!ok) throw new Error(`eval set: item ${index} is malformed`);
    return item as EvalItem;
  });
}

function score(total: number, rootCorrect: number, fullCorrect: number): EvalScore {
  const percent = (n: number) => (total === 0 ? 0 : (100 * n) / total);
  return {
    total,
    rootCorrect,
    fullCorrect,
    rootAccuracy: percent(rootCorrect),
    fullAccuracy: percent(fullCorrect),
  };
}

/** Runs `analyzeWord` (by default {@link analyzeBest} over the built-in roots) on every item and scores the results. */
export function evaluate(
  items: readonly EvalItem[],
  analyzeWord: (word: string) => Analysis = (word) => analyzeBest(word, ROOTS),
): EvalReport {
  const misses: EvalMiss[] = [];
  const groups = new Map<string, { total: number; root: number; full: number }>();
  let rootCorrect = 0;
  let fullCorrect = 0;

  for (const item of items) {
    const analysis = analyzeWord(item.word);
    const gotAffixes = analysis.affixes.map((affix) => affix.notation);
    const rootOk = analysis.root === item.root;
    const fullOk = rootOk && gotAffixes.join(' ') === item.affixes.join(' ');
    if (rootOk) rootCorrect += 1;
    if (fullOk) fullCorrect += 1;
    else misses.push({ item, gotRoot: analysis.root, gotAffixes, rootCorrect: rootOk });

    const key = item.category ?? '(none)';
    const group = groups.get(key) ?? { total: 0, root: 0, full: 0 };
    group.total += 1;
    if (rootOk) group.root += 1;
    if (fullOk) group.full += 1;
    groups.set(key, group);
  }

  const byCategory: Record<string, EvalScore> = {};
  for (const [key, group] of groups) byCategory[key] = score(group.total, group.root, group.full);
  return { ...score(items.length, rootCorrect, fullCorrect), byCategory, misses };
}

/** Renders an affix list the way the report and test messages show it: `[meN-, -kan]`. */
export function formatAffixes(affixes: readonly string[]): string {
  return `[${affixes.join(', ')}]`;
}
