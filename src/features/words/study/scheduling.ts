/**
 * Spaced repetition with ts-fsrs (FSRS). Only the review (in the word list panel's chunk)
 * imports this module, so the scheduler never loads with the word card.
 */
import { Rating, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard, WordRecord } from '../store/records';

/** The four grades, in the order of their buttons and keys 1-4. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

const RATINGS: Readonly<Record<GradeName, Grade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// No fuzz: the same grade at the same moment always gives the same interval, which keeps
// the schedule predictable for learners and testable. Everything else is FSRS's default.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  };
}

function toStored(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}

/** The card after grading it `grade` at `now`. */
export function gradeCard(stored: StoredCard, grade: GradeName, now: Date): StoredCard {
  return toStored(scheduler.next(toCard(stored), now, RATINGS[grade]).card);
}

/** The record after a review graded `grade` at `now` (the status is the learner's to set). */
export function gradeRecord(record: WordRecord, grade: GradeName, now: Date): WordRecord {
  return { ...record, card: gradeCard(record.card, grade, now), updated: now.toISOString() };
}

/** When each grade would bring the card back, in milliseconds from `now`. */
export function previewIntervals(stored: StoredCard, now: Date): Record<GradeName, number> {
  const preview = scheduler.repeat(toCard(stored), now);
  const result = {} as Record<GradeName, number>;
  for (const name of GRADES)
    result[name] = preview[RATINGS[name]].card.due.getTime() - now.getTime();
  return result;
}
