/**
 * The text model: a text is an ordered list of blocks, each a list of sentence-level
 * segments. Two languages are aligned by block key and segment index, so "the English
 * for this sentence" is a lookup, never a guess.
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

/** One block of one language, as stored in `locales/{lng}/article.json`. */
export interface TextBlock {
  key: string;
  kind: BlockKind;
  segments: string[];
}

/** A block with both languages side by side. A `null` translation segment is missing. */
export interface AlignedBlock {
  key: string;
  kind: BlockKind;
  original: string[];
  translation: (string | null)[];
}

/** The two languages of the article being read. */
export const ARTICLE_LANGUAGES = { original: 'id', translation: 'en' } as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[keyof typeof ARTICLE_LANGUAGES];

export function isBlockKind(value: unknown): value is BlockKind {
  return typeof value === 'string' && (BLOCK_KINDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the blocks of one language leniently: anything malformed is dropped rather than
 * thrown, because the reader must keep working in production. `npm run check:locales`
 * is where malformed content is reported loudly.
 */
export function readBlocks(value: unknown): TextBlock[] {
  if (!Array.isArray(value)) return [];
  const blocks: TextBlock[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.key !== 'string' || !isBlockKind(item.kind)) continue;
    const segments = Array.isArray(item.segments)
      ? item.segments.map((s) => (typeof s === 'string' ? s : ''))
      : [];
    blocks.push({ key: item.key, kind: item.kind, segments });
  }
  return blocks;
}

/**
 * Pairs every original block with its translation by key and every segment by index.
 * The original decides the order and the count; a translation segment that is absent or
 * blank comes back as `null` so the reader can mark it instead of showing nothing.
 */
export function alignBlocks(original: unknown, translation: unknown): AlignedBlock[] {
  const byKey = new Map(readBlocks(translation).map((block) => [block.key, block]));
  return readBlocks(original).map((block) => {
    const other = byKey.get(block.key);
    return {
      key: block.key,
      kind: block.kind,
      original: block.segments,
      translation: block.segments.map((_, index) => {
        const text = other?.segments[index];
        return text !== undefined && text.trim() !== '' ? text : null;
      }),
    };
  });
}

/** The address of one segment, shared by the DOM ids and (later) links to a sentence. */
export function segmentId(blockKey: string, index: number): string {
  return `s-${blockKey}-${index}`;
}
