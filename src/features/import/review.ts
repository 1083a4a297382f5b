/**
 * The alignment under review: a list of rows, each an aligned pair of Indonesian and English
 * sentences, and the corrections a learner can make to it. Pure functions over immutable
 * rows, so every correction can be undone and redone, and the same model serves the import
 * page and the correction of a saved text.
 *
 * Invariants every operation keeps: the sentences of each side stay in their order, each
 * sentence is in exactly one row, and no row is empty on both sides.
 */

import type { BlockKind } from '../../lib/text/types';
import { UNSURE_BELOW } from './align';

/** Which side of a row. */
export type Side = 'id' | 'en';

/** One aligned pair. */
export interface ReviewRow {
  /** Indonesian sentences (usually one; two for a 2-1 or 2-2 pair; none for a 0-1 pair). */
  id: readonly string[];
  /** English sentences. */
  en: readonly string[];
  /** How sure the aligner was (0 to 1); a row the learner has touched counts as sure. */
  confidence: number;
  /** The row's first Indonesian sentence begins a paragraph of the original. */
  startsParagraph: boolean;
  /** The kind of block a paragraph-starting row opens (a stored text's); `paragraph` if absent. */
  blockKind?: BlockKind;
}

export function isUnsure(row: ReviewRow): boolean {
  return row.confidence < UNSURE_BELOW;
}

/** A correction, as the review table dispatches it. */
export type Correction =
  /** Join a row with the one after it. */
  | { type: 'merge'; row: number }
  /** Split a row in two before sentence `id` of its Indonesian and `en` of its English. */
  | { type: 'split'; row: number; id: number; en: number }
  /** Move the first sentence of one side to the end of the row above. */
  | { type: 'move-up'; row: number; side: Side }
  /** Move the last sentence of one side to the start of the row below. */
  | { type: 'move-down'; row: number; side: Side }
  /** Give a sentence (the first or the last of its side) a row of its own: no counterpart. */
  | { type: 'detach'; row: number; side: Side; sentence: number };

const other = (side: Side): Side => (side === 'id' ? 'en' : 'id');

function touched(row: Omit<ReviewRow, 'confidence'>): ReviewRow {
  return { ...row, confidence: 1 };
}

function isEmpty(row: Pick<ReviewRow, 'id' | 'en'>): boolean {
  return row.id.length === 0 && row.en.length === 0;
}

function withSide(row: ReviewRow, side: Side, sentences: readonly string[]): ReviewRow {
  return touched({ ...row, [side]: sentences });
}

/** Whether `correction` can be applied to `rows` (the table disables what cannot). */
export function canApply(rows: readonly ReviewRow[], correction: Correction): boolean {
  const row = rows[correction.row];
  if (!row) return false;
  switch (correction.type) {
    case 'merge':
      return correction.row + 1 < rows.length;
    case 'split': {
      const { id, en } = correction;
      if (id < 0 || en < 0 || id > row.id.length || en > row.en.length) return false;
      const first = { id: row.id.slice(0, id), en: row.en.slice(0, en) };
      const second = { id: row.id.slice(id), en: row.en.slice(en) };
      return !isEmpty(first) && !isEmpty(second);
    }
    case 'move-up':
      return correction.row > 0 && row[correction.side].length > 0;
    case 'move-down':
      return correction.row + 1 < rows.length && row[correction.side].length > 0;
    case 'detach': {
      const sentences = row[correction.side];
      const last = sentences.length - 1;
      if (correction.sentence !== 0 && correction.sentence !== last) return false;
      if (correction.sentence < 0 || correction.sentence > last) return false;
      // A sentence alone in a row with nothing on the other side has no counterpart already.
      return sentences.length > 1 || row[other(correction.side)].length > 0;
    }
  }
}

/** Every split point of a row: one per way of cutting both sides into two non-empty rows. */
export function splitPoints(row: ReviewRow): { id: number; en: number }[] {
  const points: { id: number; en: number }[] = [];
  for (let id = 0; id <= row.id.length; id++) {
    for (let en = 0; en <= row.en.length; en++) {
      const first = { id: row.id.slice(0, id), en: row.en.slice(0, en) };
      const second = { id: row.id.slice(id), en: row.en.slice(en) };
      if (!isEmpty(first) && !isEmpty(second)) points.push({ id, en });
    }
  }
  return points;
}

/**
 * Applies a correction. Returns the same array when the correction does not apply, so a
 * caller can tell a no-op from a change by identity.
 */
export function applyCorrection(
  rows: readonly ReviewRow[],
  correction: Correction,
): readonly ReviewRow[] {
  if (!canApply(rows, correction)) return rows;
  const index = correction.row;
  const row = rows[index] as ReviewRow;
  const next = [...rows];
  switch (correction.type) {
    case 'merge': {
      const below = rows[index + 1] as ReviewRow;
      next.splice(
        index,
        2,
        touched({
          id: [...row.id, ...below.id],
          en: [...row.en, ...below.en],
          ...(row.id.length > 0
            ? { startsParagraph: row.startsParagraph, blockKind: row.blockKind }
            : { startsParagraph: below.startsParagraph, blockKind: below.blockKind }),
        }),
      );
      return next;
    }
    case 'split': {
      const first = touched({
        id: row.id.slice(0, correction.id),
        en: row.en.slice(0, correction.en),
        startsParagraph: row.startsParagraph,
        blockKind: row.blockKind,
      });
      const second = touched({
        id: row.id.slice(correction.id),
        en: row.en.slice(correction.en),
        startsParagraph: first.id.length === 0 && row.startsParagraph,
      });
      next.splice(index, 1, first, second);
      return next;
    }
    case 'move-up': {
      const { side } = correction;
      const above = rows[index - 1] as ReviewRow;
      const [moved, ...rest] = row[side];
      next[index - 1] = withSide(above, side, [...above[side], moved as string]);
      const remaining = withSide(row, side, rest);
      if (isEmpty(remaining)) next.splice(index, 1);
      else next[index] = side === 'id' ? { ...remaining, startsParagraph: false } : remaining;
      return next;
    }
    case 'move-down': {
      const { side } = correction;
      const below = rows[index + 1] as ReviewRow;
      const moved = row[side][row[side].length - 1] as string;
      // The moved sentence now opens the row below, which so no longer begins a paragraph.
      next[index + 1] = {
        ...withSide(below, side, [moved, ...below[side]]),
        startsParagraph: side === 'id' ? false : below.startsParagraph,
      };
      const remaining = withSide(row, side, row[side].slice(0, -1));
      if (isEmpty(remaining)) {
        next.splice(index, 1);
        if (side === 'id' && row.startsParagraph) {
          next[index] = { ...(next[index] as ReviewRow), startsParagraph: true };
        }
      } else next[index] = remaining;
      return next;
    }
    case 'detach': {
      const { side, sentence } = correction;
      const sentences = row[side];
      const alone = touched({
        id: side === 'id' ? [sentences[sentence] as string] : [],
        en: side === 'en' ? [sentences[sentence] as string] : [],
        startsParagraph: false,
      });
      const restSentences =
        sentence === 0 ? sentences.slice(1) : sentences.slice(0, sentences.length - 1);
      const rest = withSide(row, side, restSentences);
      // The first sentence goes before the rest of its row, the last after it.
      if (sentence === 0) {
        const firstIsParagraphStart = side === 'id' && row.startsParagraph;
        next.splice(
          index,
          1,
          firstIsParagraphStart
            ? { ...alone, startsParagraph: true, blockKind: row.blockKind }
            : alone,
          firstIsParagraphStart ? { ...rest, startsParagraph: false, blockKind: undefined } : rest,
        );
      } else next.splice(index, 1, rest, alone);
      return next.filter((candidate) => !isEmpty(candidate));
    }
  }
}

/** An undo/redo history of rows. */
export interface History {
  past: readonly (readonly ReviewRow[])[];
  present: readonly ReviewRow[];
  future: readonly (readonly ReviewRow[])[];
}

/** How many corrections can be undone. */
const HISTORY_LIMIT = 200;

export function startHistory(rows: readonly ReviewRow[]): History {
  return { past: [], present: rows, future: [] };
}

export function correct(history: History, correction: Correction): History {
  const present = applyCorrection(history.present, correction);
  if (present === history.present) return history;
  return {
    past: [...history.past, history.present].slice(-HISTORY_LIMIT),
    present,
    future: [],
  };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo(history: History): History {
  const [following, ...future] = history.future;
  if (!following) return history;
  return { past: [...history.past, history.present], present: following, future };
}

/** A block of the text file, as the review produces it. */
export interface ReviewBlock {
  key: string;
  kind: BlockKind;
  segments: string[];
}

/**
 * The rows as the text file's blocks: a new block where a row's first Indonesian sentence
 * begins a paragraph; a row with no Indonesian joins the block before it. Each row is one
 * segment on each side (sentences joined by a space); an empty side is "", the file's
 * deliberate gap.
 */
export function rowsToBlocks(rows: readonly ReviewRow[]): {
  original: ReviewBlock[];
  translation: ReviewBlock[];
} {
  const original: ReviewBlock[] = [];
  const translation: ReviewBlock[] = [];
  for (const row of rows) {
    const current = original[original.length - 1];
    if (!current || (row.startsParagraph && row.id.length > 0)) {
      const key = `p${original.length + 1}`;
      const kind = row.blockKind ?? 'paragraph';
      original.push({ key, kind, segments: [] });
      translation.push({ key, kind, segments: [] });
    }
    (original[original.length - 1] as ReviewBlock).segments.push(row.id.join(' '));
    (translation[translation.length - 1] as ReviewBlock).segments.push(row.en.join(' '));
  }
  return { original, translation };
}

/**
 * Rows from the aligner's pairs (indices into the sentences of each side, counting through
 * the whole text) and the Indonesian paragraphs.
 */
export function pairsToRows(
  sourceParagraphs: readonly (readonly string[])[],
  targetSentences: readonly string[],
  pairs: readonly { source: readonly number[]; target: readonly number[]; confidence: number }[],
): ReviewRow[] {
  const source = sourceParagraphs.flat();
  const starts = new Set<number>();
  let count = 0;
  for (const paragraph of sourceParagraphs) {
    starts.add(count);
    count += paragraph.length;
  }
  return pairs.map((pair) => ({
    id: pair.source.map((k) => source[k] ?? ''),
    en: pair.target.map((k) => targetSentences[k] ?? ''),
    confidence: pair.confidence,
    startsParagraph: pair.source[0] !== undefined && starts.has(pair.source[0]),
  }));
}
