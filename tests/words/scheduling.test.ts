/**
 * Scheduling with ts-fsrs: a new card is what ts-fsrs makes, grades move the due date as FSRS
 * says (Again soonest, Easy latest), the stored card survives JSON, and due counts follow.
 */
import { Rating, createEmptyCard, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { dueCount, emptyCard, isDue } from '../../src/features/words/store/records';
import {
  GRADES,
  gradeCard,
  gradeRecord,
  previewIntervals,
} from '../../src/features/words/study/scheduling';
import { makeRecord } from './helpers';

const NOW = new Date('2026-11-25T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('scheduling', () => {
  it('writes out the same empty card as ts-fsrs', () => {
    const ours = emptyCard(NOW);
    const theirs = createEmptyCard(NOW);
    expect({ ...ours, due: new Date(ours.due) }).toEqual({
      ...theirs,
      last_review: undefined,
    });
  });

  it('schedules a first Good as ts-fsrs does, and Again sooner than Easy', () => {
    const card = emptyCard(NOW);
    const good = gradeCard(card, 'good', NOW);
    const expected = fsrs({ enable_fuzz: false }).next(createEmptyCard(NOW), NOW, Rating.Good);
    expect(good.due).toBe(expected.card.due.toISOString());
    expect(good.reps).toBe(1);
    expect(good.last_review).toBe(NOW.toISOString());

    const dues = GRADES.map((grade) => Date.parse(gradeCard(card, grade, NOW).due));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(dues[0]).toBeLessThan(dues[3] ?? 0);
  });

  it('grows the interval with successive Good grades', () => {
    let card = emptyCard(NOW);
    let at = NOW;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = gradeCard(card, 'good', at);
      // The card survives being stored as JSON (IndexedDB, export).
      card = JSON.parse(JSON.stringify(card)) as typeof card;
      const due = new Date(card.due);
      intervals.push(due.getTime() - at.getTime());
      at = due;
    }
    expect(intervals[3]).toBeGreaterThan(intervals[2] ?? Infinity);
    expect(intervals[3]).toBeGreaterThan(DAY);
  });

  it('previews each grade’s wait in the order of the grades', () => {
    const waits = previewIntervals(emptyCard(NOW), NOW);
    expect(waits.again).toBeLessThanOrEqual(waits.hard);
    expect(waits.hard).toBeLessThanOrEqual(waits.good);
    expect(waits.good).toBeLessThan(waits.easy);
  });

  it('counts as due only studied roots whose card is due', () => {
    const due = makeRecord('terap', 'learning-2');
    const known = makeRecord('kira', 'known');
    const later = gradeRecord(makeRecord('batas', 'new'), 'easy', NOW);
    expect(isDue(due, NOW)).toBe(true);
    expect(isDue(known, NOW)).toBe(false);
    expect(isDue(later, NOW)).toBe(false);
    expect(later.updated).toBe(NOW.toISOString());
    expect(later.status).toBe('new');
    expect(dueCount([due, known, later], NOW)).toBe(1);
    expect(dueCount([due, known, later], new Date(NOW.getTime() + 400 * DAY))).toBe(2);
  });
});
