/**
 * Pairing the two sides of a text by block key and segment index.
 */
import { isRecord } from '../isRecord';
import { isBlockKind, type Block, type PairedBlock } from './types';

/**
 * Reads the blocks of one side leniently: anything malformed is dropped rather than thrown,
 * because the reader must keep working in production. The sanding-text file's validation
 * and `npm run check:locales` are where malformed content is reported loudly.
 */
export function readBlocks(value: unknown): Block[] {
  if (!Array.isArray(value)) return [];
  const blocks: Block[] = [];
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
 * Pairs every original block with its translation by key and every segment by index. The
 * original decides the order and the count. A translation segment that is absent (or only
 * white space where the original has text) comes back as null: missing, to be marked. An
 * exact `''` is a deliberate gap and stays `''`. With no translation side at all (`null`),
 * every counterpart is `''`: nothing is missing, there is simply no translation.
 */
export function pairBlocks(
  original: readonly Block[],
  translation: readonly Block[] | null,
): PairedBlock[] {
  const byKey = new Map((translation ?? []).map((block) => [block.key, block]));
  return original.map((block) => {
    const other = byKey.get(block.key);
    return {
      key: block.key,
      kind: block.kind,
      original: block.segments,
      translation: block.segments.map((_, index) => {
        if (translation === null) return '';
        const text = other?.segments[index];
        if (text === undefined) return null;
        if (text === '') return '';
        return text.trim() !== '' ? text : null;
      }),
    };
  });
}

/** True when a segment is a deliberate gap (no counterpart on this side). */
export function isGap(segment: string | null): boolean {
  return segment === '';
}
