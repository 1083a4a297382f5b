/**
 * The article lexicon: what every study target of one article is, morphologically, and what it
 * means where it occurs. One JSON file per article, `lexicon/<article-id>.json`, validated by
 * `validateLexicon` in `./lexicon.ts`.
 *
 * Conventions:
 * - Entry keys are normalised surface forms (`normalizeKey` in `../tokenize.ts`): lower case, one
 *   space between words. An entry describes one form (`menyatakan`), not a lemma: two forms of
 *   one root are two entries.
 * - A key with a space is a multi-word expression (`ibu kota`, `Korea Utara`). Its `root` is the
 *   expression itself, its `affixes` are empty, and `parts` gives the morphology of each word
 *   (required, except for the names of people).
 * - Proper nouns carry a `note` saying who or what they are; `rootGloss` is optional for them.
 */

/** Parts of speech, as a learner's dictionary labels them. */
export const PARTS_OF_SPEECH = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'preposition',
  'conjunction',
  'pronoun',
  'numeral',
  'particle',
  'determiner',
  'interjection',
  'proper noun',
  'expression',
] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/**
 * Affixes in the notation of learners' grammars. `meN-`/`peN-` stand for every surface form of
 * the nasal prefixes (`me-`, `mem-`, `men-`, `meny-`, `meng-`, `menge-`); `be-`, `te-`, `pe-`
 * and `me-` are listed for the rare analyses that name those allomorphs on their own (`pe-` is
 * also the agent-noun prefix of `pejabat`). Confixes are written `ke-...-an`.
 */
export const AFFIX_NOTATIONS = [
  // Prefixes
  'meN-',
  'ber-',
  'di-',
  'ter-',
  'per-',
  'ke-',
  'se-',
  'peN-',
  'pe-',
  'be-',
  'te-',
  'me-',
  // Confixes (one affix in two parts)
  'ke-...-an',
  'peN-...-an',
  'per-...-an',
  'ber-...-an',
  'se-...-nya',
  // Derivational suffixes
  '-kan',
  '-i',
  '-an',
  // Possessive pronouns
  '-nya',
  '-ku',
  '-mu',
  // Particles
  '-lah',
  '-kah',
  '-pun',
  '-tah',
] as const;
export type AffixNotation = (typeof AFFIX_NOTATIONS)[number];

/**
 * How the nasal prefix meN-/peN- fused with the first sound of the root. Given for every form
 * with meN-/peN-, including the plain `me-`/`pe-` before l, m, n, ny, r, w, y.
 */
export interface NasalAssimilation {
  prefix: 'meN-' | 'peN-';
  /** The prefix as written in the word: `me`, `mem`, `men`, `meny`, `meng`, `menge`, `pe`... */
  surface: string;
  /** True when the root's first consonant disappeared (`menerapkan` ← `terap`). */
  dropped: boolean;
  /** One line for learners, e.g. "meN- + t: the t drops (menerapkan ← terap)". */
  note: string;
}

/** The kinds of reduplication a learner meets. */
export const REDUPLICATION_KINDS = [
  /** The whole word repeated: `anak-anak`, `kupu-kupu`. */
  'full',
  /** The root repeated inside an affixed word: `sebaik-baiknya`, `berlari-lari`. */
  'affixed',
  /** Root + meN- form of the root, "each other": `tolong-menolong`. */
  'reciprocal',
  /** Repetition with a change of sound: `sayur-mayur`, `bolak-balik`. */
  'rhyming',
  /** The first syllable repeated: `tetangga`, `lelaki`. */
  'partial',
] as const;
export type ReduplicationKind = (typeof REDUPLICATION_KINDS)[number];

export interface Reduplication {
  kind: ReduplicationKind;
  /** What the repetition does here ("plural: children", "each other"). */
  note: string;
}

/** The morphology of one word: its root and what was added to it. */
export interface Morphology {
  /** The base word (kata dasar). Proper nouns keep their capital (`Rusia`). */
  root: string;
  /**
   * Affixes, left to right: prefixes outer → inner (a confix where its prefix stands), then the
   * derivational suffix, then -nya/-ku/-mu, then -lah/-kah/-pun/-tah. Reduplication is not an
   * affix here; see `reduplication`.
   */
  affixes: AffixNotation[];
  nasal?: NasalAssimilation;
  reduplication?: Reduplication;
}

/** One word of a multi-word expression, with its own morphology. */
export interface ExpressionPart extends Morphology {
  /** The word, normalised like a key (`pertahanan`). */
  word: string;
  /** What the word means on its own. */
  gloss: string;
}

/** One entry: a form (word or multi-word expression) as a learner looks it up. */
export interface LexiconEntry extends Morphology {
  pos: PartOfSpeech;
  /** English gloss of the root; optional for proper nouns. */
  rootGloss?: string;
  /** What this form means (the senses that matter for this article). */
  gloss: string;
  /** Required for proper nouns (who or what); elsewhere a usage or spelling note. */
  note?: string;
  /** Multi-word expressions only: each word, in order. */
  parts?: ExpressionPart[];
}

/** One study target where it occurs in the article. */
export interface Occurrence {
  /** The surface text exactly as in the segment (`Korea Utara`, `menyatakan`). */
  form: string;
  /** The key of its entry (always the normalised `form`). */
  entry: string;
  /** What it means in this sentence, or the role it plays there, in short English. */
  sense: string;
  /**
   * The English words or phrases of the aligned English segment that render it, exactly as
   * written there; empty when the English has no counterpart (`yang`, some `-nya`).
   */
  en: string[];
}

/** The lexicon of one article. */
export interface Lexicon {
  /** The article id (`hari-kemenangan-2023`), also the file name. */
  article: string;
  /** The language of the entries and of the translation the `en` fields point into. */
  language: 'id';
  translation: 'en';
  entries: Record<string, LexiconEntry>;
  /** Segment id (`s-p1-0`) → its study targets, in reading order. */
  occurrences: Record<string, Occurrence[]>;
}
