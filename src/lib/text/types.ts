/**
 * The text model's types. A text is an ordered list of blocks in its original language and,
 * when it has one, in its translation; each block is a list of segments (normally one
 * sentence each). The two sides pair by block key and segment index, so "the English for
 * this sentence" is a lookup, never a guess.
 */

/** Every block kind the reader knows how to lay out. */
export const BLOCK_KINDS = [
  'caption',
  'category',
  'headline',
  'lead',
  'byline',
  'paragraph',
  'subheading',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export function isBlockKind(value: unknown): value is BlockKind {
  return typeof value === 'string' && (BLOCK_KINDS as readonly string[]).includes(value);
}

/** The languages a side of a text can be in. */
export const TEXT_LANGUAGES = ['id', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The original is Indonesian and the translation English (the reader's views are named so). */
export const TEXT_SIDES = { original: 'id', translation: 'en' } as const;

/**
 * One block of one side. In `segments`, an empty string is a deliberate gap: a sentence the
 * other side has and this one does not (translators drop and add sentences).
 */
export interface Block {
  key: string;
  kind: BlockKind;
  segments: string[];
}

/** One side of a text: its language and its blocks, in reading order of the file. */
export interface TextSide {
  lang: TextLanguage;
  blocks: Block[];
}

/** A text as the library keeps it and the sanding-text file carries it. */
export interface Text {
  /** The text's id: the last part of its address, `/read/<id>`. */
  id: string;
  /** The title in the original language. */
  title: string;
  /** The title in the translation's language, when there is one. */
  translatedTitle?: string;
  original: TextSide;
  /** Absent while the text has no translation yet. */
  translation?: TextSide;
  /** Where the text comes from (a URL or a citation). */
  source?: string;
  /** When the text was published (ISO date), if known. */
  date?: string;
  notes?: string;
}

/**
 * A block with both sides side by side, as the reader shows it. `translation[i]` is the
 * counterpart of `original[i]`: a string (`''` for a deliberate gap), or null when it is
 * missing (broken data: shown with the "Translation missing" marker).
 */
export interface PairedBlock {
  key: string;
  kind: BlockKind;
  original: string[];
  translation: (string | null)[];
}

/** A text ready to read: its blocks paired, and whether it has a translation at all. */
export interface PairedText {
  id: string;
  title: string;
  translatedTitle?: string;
  blocks: PairedBlock[];
  hasTranslation: boolean;
}
