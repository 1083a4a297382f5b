/**
 * The dictionary's entries, as parsed from its TSV files (`dictionary/`, described in
 * `dictionary/README.md`). Glosses are kept as written: senses separated by `; `, synonyms
 * within a sense by `, `.
 */

/** Parts of speech as the files abbreviate them. */
export const DICTIONARY_POS = [
  'n',
  'v',
  'adj',
  'adv',
  'num',
  'pron',
  'prep',
  'conj',
  'part',
  'det',
  'interj',
] as const;
export type DictionaryPos = (typeof DICTIONARY_POS)[number];

/** A root (kata dasar): `dictionary/roots/<letter>.tsv`. */
export interface RootEntry {
  headword: string;
  pos: DictionaryPos;
  gloss: string;
}

/** A derived word with a meaning of its own: `dictionary/derived/<letter>.tsv`. */
export interface DerivedEntry {
  form: string;
  root: string;
  /** Affix notations in reading order (`di-`, `per-`, `-kan`, `ke-...-an`). */
  affixes: string[];
  pos: DictionaryPos;
  gloss: string;
}

/** An acronym or a name of the news: `dictionary/acronyms.tsv`. */
export interface AcronymEntry {
  acronym: string;
  /** What the letters stand for; absent for plain names (written `-` in the file). */
  expansion?: string;
  gloss: string;
}

/** A fixed multi-word expression: `dictionary/expressions.tsv`. */
export interface ExpressionEntry {
  expression: string;
  pos: DictionaryPos;
  gloss: string;
}

/** Every sense of a gloss, each a list of synonyms: `a, b; c` → `[[a, b], [c]]`. */
export function senses(gloss: string): string[][] {
  return gloss
    .split(';')
    .map((sense) =>
      sense
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    )
    .filter((sense) => sense.length > 0);
}
