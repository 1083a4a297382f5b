/**
 * Generates long sentence-aligned parallel texts for the benchmark, in the block format of
 * locales/{id,en}/article.json. The sentences are the seed article's own, cycled and
 * varied, so their lengths, punctuation and scripts are those of real text, and every
 * Indonesian segment keeps its real English counterpart (alignment is exact by design).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block as TextBlock } from '../../src/lib/text/types.ts';

export interface ParallelText {
  id: { blocks: TextBlock[] };
  en: { blocks: TextBlock[] };
}

interface Pair {
  id: string;
  en: string;
}

/** A small deterministic PRNG (mulberry32): the same size always gives the same text. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentence openers in both languages, so cycled sentences do not repeat verbatim. */
const CONNECTIVES: Pair[] = [
  { id: '', en: '' },
  { id: '', en: '' },
  { id: 'Selain itu, ', en: 'In addition, ' },
  { id: 'Namun, ', en: 'However, ' },
  { id: 'Menurut laporan, ', en: 'According to reports, ' },
  { id: 'Sementara itu, ', en: 'Meanwhile, ' },
  { id: 'Pada saat yang sama, ', en: 'At the same time, ' },
];

const SUBHEADINGS: Pair[] = [
  { id: 'Pengaruh AS dan Rusia', en: 'U.S. and Russian Influence' },
  { id: 'Parade militer di Pyongyang', en: 'A military parade in Pyongyang' },
  { id: 'Hubungan dengan China', en: 'Relations with China' },
  { id: 'Reaksi internasional', en: 'International reaction' },
  { id: 'Latar belakang sejarah', en: 'Historical background' },
];

/** Common sentence openers that are not names: these lose their capital after a connective. */
const PLAIN_STARTS = new Set(
  'A An The They This These It In On At During Mereka Ini Itu Pada Dalam Acara Saat Hal Kedua'.split(
    ' ',
  ),
);

/** Puts a connective before a sentence, lower-casing its first word unless it is a name. */
function withOpener(opener: string, sentence: string): string {
  if (!opener) return sentence;
  const first = sentence.split(' ', 1)[0] ?? '';
  return (
    opener + (PLAIN_STARTS.has(first) ? sentence[0]?.toLowerCase() + sentence.slice(1) : sentence)
  );
}

function readArticle(root: string, lng: string): TextBlock[] {
  const file = join(root, 'locales', lng, 'article.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { blocks: TextBlock[] }).blocks;
}

/**
 * A text of `paragraphs` paragraphs (1-4 sentences each) with a subheading every 12-18
 * paragraphs, after the seed article's header blocks (caption, category, headline, lead,
 * byline), which the layout expects.
 */
export function generateParallelText(root: string, paragraphs: number): ParallelText {
  const original = readArticle(root, 'id');
  const translation = new Map(readArticle(root, 'en').map((b) => [b.key, b]));
  const sentences: Pair[] = [];
  const header: { id: TextBlock; en: TextBlock }[] = [];
  for (const block of original) {
    const other = translation.get(block.key);
    if (!other) continue;
    if (block.kind === 'paragraph') {
      block.segments.forEach((id, i) => sentences.push({ id, en: other.segments[i] ?? id }));
    } else if (block.kind !== 'subheading') {
      header.push({ id: block, en: other });
    }
  }
  if (sentences.length === 0) throw new Error('bench: the seed article has no paragraphs');

  const next = random(paragraphs);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const text: ParallelText = {
    id: { blocks: header.map((h) => h.id) },
    en: { blocks: header.map((h) => h.en) },
  };
  let untilSubheading = 12 + Math.floor(next() * 7);
  let subheadings = 0;
  for (let p = 1; p <= paragraphs; p++) {
    if (--untilSubheading === 0) {
      const heading = SUBHEADINGS[subheadings % SUBHEADINGS.length] as Pair;
      subheadings++;
      const key = `sub${subheadings}`;
      text.id.blocks.push({ key, kind: 'subheading', segments: [heading.id] });
      text.en.blocks.push({ key, kind: 'subheading', segments: [heading.en] });
      untilSubheading = 12 + Math.floor(next() * 7);
    }
    const count = 1 + Math.floor(next() * 4);
    const id: string[] = [];
    const en: string[] = [];
    for (let s = 0; s < count; s++) {
      const sentence = pick(sentences);
      const opener = s > 0 ? pick(CONNECTIVES) : ({ id: '', en: '' } as Pair);
      id.push(withOpener(opener.id, sentence.id));
      en.push(withOpener(opener.en, sentence.en));
    }
    text.id.blocks.push({ key: `p${p}`, kind: 'paragraph', segments: id });
    text.en.blocks.push({ key: `p${p}`, kind: 'paragraph', segments: en });
  }
  return text;
}
