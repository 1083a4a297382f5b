/**
 * The learner's word list: one record per root, and the statuses a root can have. Pure data
 * and pure functions (no storage, no scheduler), so every chunk of the feature can share it.
 */
import { normalizeKey } from '../language/tokenize';

/**
 * LingQ-style statuses. `new` and the four learning levels are being studied (coloured in the
 * text, reviewed); `known` and `ignored` are done with (uncoloured, never reviewed).
 */
export const WORD_STATUSES = [
  'new',
  'learning-1',
  'learning-2',
  'learning-3',
  'learning-4',
  'known',
  'ignored',
] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

/** Statuses that are studied: coloured in the text and due for review. */
export const STUDY_STATUSES: ReadonlySet<WordStatus> = new Set([
  'new',
  'learning-1',
  'learning-2',
  'learning-3',
  'learning-4',
]);

export function isWordStatus(value: unknown): value is WordStatus {
  return typeof value === 'string' && (WORD_STATUSES as readonly string[]).includes(value);
}

/**
 * The FSRS card of a record, as stored: the fields of ts-fsrs's `Card` with its dates as ISO
 * strings (IndexedDB and JSON keep them that way). `state` is ts-fsrs's `State`
 * (0 new, 1 learning, 2 review, 3 relearning).
 */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

/** Where the learner met the root: the sentence, its translation, and the form in it. */
export interface WordContext {
  articleId: string;
  /** The sentence's segment id (`s-p1-0`). */
  segmentId: string;
  /** The Indonesian sentence, verbatim. */
  sentence: string;
  /** Its English translation. */
  translation: string;
  /** The form as written in the sentence (`menerapkan`). */
  form: string;
  /** The form's UTF-16 offsets in `sentence` (for blanking it in review). */
  start: number;
  end: number;
}

/** One saved root. */
export interface WordRecord {
  /** The key: `normalizeKey(root)` (`terap`, `ibu kota`, `rusia`). */
  id: string;
  /** The root as the lexicon writes it (`terap`, `Rusia`). */
  root: string;
  status: WordStatus;
  /** Every form of the root the learner has opened, normalised, in the order first seen. */
  forms: string[];
  /** The context form's breakdown in learners' notation (`meN- + terap + -kan`). */
  breakdown: string;
  /** What the context form means (`apply, implement, enforce`). */
  gloss: string;
  /** What the root means, when it differs from the form. */
  rootGloss?: string;
  context: WordContext;
  card: StoredCard;
  /** ISO dates. */
  created: string;
  updated: string;
}

/** The record id of a root. */
export function recordId(root: string): string {
  return normalizeKey(root);
}

/**
 * A fresh FSRS card, due now: the same values as ts-fsrs's `createEmptyCard(now)` (a unit test
 * checks they agree), written out so that saving a status from the word card does not load
 * the scheduler.
 */
export function emptyCard(now: Date): StoredCard {
  return {
    due: now.toISOString(),
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
}

/** Whether a record is studied and its card is due at `now`. */
export function isDue(record: WordRecord, now: Date): boolean {
  return STUDY_STATUSES.has(record.status) && Date.parse(record.card.due) <= now.getTime();
}

/** How many records are due at `now`. */
export function dueCount(records: Iterable<WordRecord>, now: Date): number {
  let count = 0;
  for (const record of records) if (isDue(record, now)) count++;
  return count;
}
