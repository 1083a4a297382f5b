import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCorrection,
  canApply,
  correct,
  pairsToRows,
  redo,
  rowsToBlocks,
  splitPoints,
  startHistory,
  undo,
  type Correction,
  type ReviewRow,
} from '../../src/features/import/review';

const row = (id: string[], en: string[], startsParagraph = false, confidence = 0.9): ReviewRow => ({
  id,
  en,
  startsParagraph,
  confidence,
});

const rows: ReviewRow[] = [
  row(['A1.', 'A2.'], ['a1.'], true),
  row(['B1.'], ['b1.', 'b2.']),
  row(['C1.'], [], true),
  row([], ['d1.']),
];

const sentences = (list: readonly ReviewRow[], side: 'id' | 'en') => list.flatMap((r) => r[side]);

describe('corrections', () => {
  it('merges a row with the next', () => {
    const next = applyCorrection(rows, { type: 'merge', row: 0 });
    expect(next).toHaveLength(3);
    expect(next[0]).toMatchObject({ id: ['A1.', 'A2.', 'B1.'], en: ['a1.', 'b1.', 'b2.'] });
    expect(next[0]?.confidence).toBe(1);
  });

  it('splits a row at a sentence boundary on both sides', () => {
    const next = applyCorrection(rows, { type: 'split', row: 0, id: 1, en: 1 });
    expect(next.slice(0, 2)).toMatchObject([
      { id: ['A1.'], en: ['a1.'], startsParagraph: true },
      { id: ['A2.'], en: [], startsParagraph: false },
    ]);
  });

  it('offers only the split points that leave two non-empty rows', () => {
    expect(splitPoints(row(['x'], ['y']))).toEqual([
      { id: 0, en: 1 },
      { id: 1, en: 0 },
    ]);
    expect(splitPoints(row(['x'], []))).toEqual([]);
  });

  it('moves a sentence to the row above and below', () => {
    const up = applyCorrection(rows, { type: 'move-up', row: 1, side: 'en' });
    expect(up[0]?.en).toEqual(['a1.', 'b1.']);
    expect(up[1]?.en).toEqual(['b2.']);
    const down = applyCorrection(rows, { type: 'move-down', row: 0, side: 'id' });
    expect(down[0]?.id).toEqual(['A1.']);
    expect(down[1]?.id).toEqual(['A2.', 'B1.']);
  });

  it('drops a row that a move empties', () => {
    const next = applyCorrection(rows, { type: 'move-up', row: 3, side: 'en' });
    expect(next).toHaveLength(3);
    expect(next[2]?.en).toEqual(['d1.']);
  });

  it('marks a sentence as having no counterpart', () => {
    const next = applyCorrection(rows, { type: 'detach', row: 1, side: 'en', sentence: 1 });
    expect(next.slice(1, 3)).toMatchObject([
      { id: ['B1.'], en: ['b1.'] },
      { id: [], en: ['b2.'] },
    ]);
    // A one-to-one pair becomes two gaps.
    const single = applyCorrection([row(['x'], ['y'])], {
      type: 'detach',
      row: 0,
      side: 'id',
      sentence: 0,
    });
    expect(single).toMatchObject([
      { id: ['x'], en: [] },
      { id: [], en: ['y'] },
    ]);
  });

  it('refuses what cannot be done, changing nothing', () => {
    expect(canApply(rows, { type: 'merge', row: 3 })).toBe(false);
    expect(canApply(rows, { type: 'move-up', row: 0, side: 'id' })).toBe(false);
    expect(canApply(rows, { type: 'detach', row: 2, side: 'id', sentence: 0 })).toBe(false);
    expect(applyCorrection(rows, { type: 'merge', row: 3 })).toBe(rows);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes each correction in order', () => {
    let history = startHistory(rows);
    history = correct(history, { type: 'merge', row: 0 });
    history = correct(history, { type: 'move-up', row: 1, side: 'id' });
    const afterBoth = history.present;
    history = undo(history);
    history = undo(history);
    expect(history.present).toBe(rows);
    history = redo(history);
    history = redo(history);
    expect(history.present).toBe(afterBoth);
  });

  it('forgets the redo branch after a new correction, and ignores no-ops', () => {
    let history = correct(startHistory(rows), { type: 'merge', row: 0 });
    history = undo(history);
    history = correct(history, { type: 'merge', row: 1 });
    expect(history.future).toEqual([]);
    expect(correct(history, { type: 'merge', row: 99 })).toBe(history);
  });
});

describe('the text file blocks', () => {
  it('starts a block at each paragraph and keeps gaps as empty segments', () => {
    const { original, translation } = rowsToBlocks(rows);
    expect(original).toEqual([
      { key: 'p1', kind: 'paragraph', segments: ['A1. A2.', 'B1.'] },
      { key: 'p2', kind: 'paragraph', segments: ['C1.', ''] },
    ]);
    expect(translation).toEqual([
      { key: 'p1', kind: 'paragraph', segments: ['a1.', 'b1. b2.'] },
      { key: 'p2', kind: 'paragraph', segments: ['', 'd1.'] },
    ]);
  });

  it('turns aligner pairs into rows with their paragraph starts', () => {
    const result = pairsToRows(
      [['S0', 'S1'], ['S2']],
      ['T0', 'T1'],
      [
        { source: [0, 1], target: [0], confidence: 0.9 },
        { source: [2], target: [1], confidence: 0.4 },
      ],
    );
    expect(result).toEqual([
      { id: ['S0', 'S1'], en: ['T0'], confidence: 0.9, startsParagraph: true },
      { id: ['S2'], en: ['T1'], confidence: 0.4, startsParagraph: true },
    ]);
  });
});

describe('properties', () => {
  const rowArb = fc
    .record({
      id: fc.integer({ min: 0, max: 2 }),
      en: fc.integer({ min: 0, max: 2 }),
      startsParagraph: fc.boolean(),
    })
    .filter(({ id, en }) => id + en > 0);
  const correctionArb: fc.Arbitrary<Correction> = fc.oneof(
    fc.record({ type: fc.constant('merge' as const), row: fc.nat(12) }),
    fc.record({
      type: fc.constant('split' as const),
      row: fc.nat(12),
      id: fc.nat(3),
      en: fc.nat(3),
    }),
    fc.record({
      type: fc.constantFrom('move-up' as const, 'move-down' as const),
      row: fc.nat(12),
      side: fc.constantFrom('id' as const, 'en' as const),
    }),
    fc.record({
      type: fc.constant('detach' as const),
      row: fc.nat(12),
      side: fc.constantFrom('id' as const, 'en' as const),
      sentence: fc.nat(3),
    }),
  );

  it('keeps every sentence once, in order, with no empty row, and undo restores', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 10 }),
        fc.array(correctionArb, { maxLength: 25 }),
        (shape, corrections) => {
          let n = 0;
          const initial = shape.map((s) =>
            row(
              Array.from({ length: s.id }, () => `i${n++}`),
              Array.from({ length: s.en }, () => `e${n++}`),
              s.startsParagraph,
            ),
          );
          let history = startHistory(initial);
          for (const c of corrections) history = correct(history, c);
          for (const side of ['id', 'en'] as const) {
            expect(sentences(history.present, side)).toEqual(sentences(initial, side));
          }
          expect(history.present.every((r) => r.id.length + r.en.length > 0)).toBe(true);
          while (history.past.length > 0) history = undo(history);
          expect(history.present).toBe(initial);
        },
      ),
    );
  });
});
