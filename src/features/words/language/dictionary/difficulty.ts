/**
 * How hard a text is for a learner: its distinct roots, how many of them the learner knows, how
 * many are new, and the share of its word tokens the dictionary covers. Computed once when a
 * text is saved or the word list changes (by the library), never on render.
 */
import { tokenize } from '../tokenize';
import { appDictionary } from './appDictionary';
import type { DictionaryIndex } from './dictionaryIndex';
import type { Analysis } from '../morphology/analyzer';
import { stemmerFor } from './lookup';

/** The figures for one text. */
export interface TextDifficulty {
  /** Word tokens (numbers and punctuation excluded). */
  tokens: number;
  /** Word tokens whose root (or form, or acronym) the dictionary has. */
  coveredTokens: number;
  /** `coveredTokens / tokens`, 0–1 (0 for a text without words). */
  coverage: number;
  /** Distinct roots (unknown words count as their own root). */
  distinctRoots: number;
  /** Distinct roots the learner knows (in `knownRoots`). */
  knownRoots: number;
  /** Distinct roots the learner does not know yet. */
  newRoots: number;
}

/**
 * Pure: the difficulty of `segments` given an analyzer over the dictionary and its index.
 * `knownRoots` holds word-list ids (`recordId(root)`, i.e. normalised roots).
 */
export function difficultyWith(
  analyze: (word: string) => Analysis,
  index: DictionaryIndex,
  segments: readonly string[],
  knownRoots: ReadonlySet<string>,
): TextDifficulty {
  let tokens = 0;
  let coveredTokens = 0;
  const roots = new Set<string>();
  for (const segment of segments) {
    for (const token of tokenize(segment)) {
      if (token.kind !== 'word') continue;
      tokens += 1;
      const analysis = analyze(token.text);
      const bare = token.text.replace(/\.$/, '');
      const acronym = index.acronyms.has(bare.toLowerCase()) && /\p{Lu}/u.test(bare);
      const covered =
        acronym ||
        index.roots.has(analysis.root) ||
        analysis.root.split(' ').every((part) => index.roots.has(part));
      if (covered) coveredTokens += 1;
      roots.add(acronym ? bare.toLowerCase() : analysis.root.toLocaleLowerCase('id'));
    }
  }
  const known = [...roots].filter((root) => knownRoots.has(root)).length;
  return {
    tokens,
    coveredTokens,
    coverage: tokens === 0 ? 0 : coveredTokens / tokens,
    distinctRoots: roots.size,
    knownRoots: known,
    newRoots: roots.size - known,
  };
}

/**
 * The difficulty of a text for a learner who knows `knownRoots`. The first call fetches the
 * analyzer and the dictionary's index (no glosses); later calls are pure computation.
 */
export async function textDifficulty(
  segments: readonly string[],
  knownRoots: ReadonlySet<string>,
): Promise<TextDifficulty> {
  const { analyze, index } = await stemmerFor(appDictionary());
  return difficultyWith(analyze, index, segments, knownRoots);
}
