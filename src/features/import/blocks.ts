/**
 * Aligned pairs as blocks of aligned segments, the shape of the sanding-text file:
 *
 * - The Indonesian paragraphs give the blocks (`p1`, `p2`, …, kind `paragraph`); the
 *   English paragraph breaks are not kept (translators merge and split paragraphs, and the
 *   blocks of both languages must be the same).
 * - Each pair is one segment in both languages. Two sentences on one side (a 1-2, 2-1 or
 *   2-2 pair) are joined by a space into that side's segment.
 * - A pair belongs to the block of its first Indonesian sentence. A pair with no
 *   Indonesian sentence (0-1) joins the block of the pair before it (the first block when
 *   it comes first); its Indonesian segment is "", as is the English segment of a 1-0
 *   pair: the file's deliberate gap, "no counterpart".
 * - A block left without segments (its only sentence joined the previous block's pair) is
 *   dropped, and keys count on without holes.
 */
import type { AlignedPair } from './align.ts';

export interface AlignedBlock {
  key: string;
  kind: 'paragraph';
  segments: string[];
}

export interface AlignedText {
  original: { lang: 'id'; blocks: AlignedBlock[] };
  translation: { lang: 'en'; blocks: AlignedBlock[] };
}

/**
 * Blocks for both languages from the Indonesian paragraphs, the English sentences and the
 * pairs (whose indices count through all paragraphs of each side).
 */
export function toAlignedText(
  sourceParagraphs: readonly (readonly string[])[],
  targetSentences: readonly string[],
  pairs: readonly AlignedPair[],
): AlignedText {
  const sourceSentences = sourceParagraphs.flat();
  const paragraphOf: number[] = [];
  sourceParagraphs.forEach((p, index) => p.forEach(() => paragraphOf.push(index)));

  const groups = new Map<number, { id: string[]; en: string[] }>();
  let current = 0;
  for (const pair of pairs) {
    const first = pair.source[0];
    if (first !== undefined) current = paragraphOf[first] ?? current;
    let group = groups.get(current);
    if (!group) {
      group = { id: [], en: [] };
      groups.set(current, group);
    }
    group.id.push(pair.source.map((k) => sourceSentences[k] ?? '').join(' '));
    group.en.push(pair.target.map((k) => targetSentences[k] ?? '').join(' '));
  }

  const original: AlignedBlock[] = [];
  const translation: AlignedBlock[] = [];
  for (const index of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(index);
    if (!group || group.id.length === 0) continue;
    const key = `p${original.length + 1}`;
    original.push({ key, kind: 'paragraph', segments: group.id });
    translation.push({ key, kind: 'paragraph', segments: group.en });
  }
  return {
    original: { lang: 'id', blocks: original },
    translation: { lang: 'en', blocks: translation },
  };
}
