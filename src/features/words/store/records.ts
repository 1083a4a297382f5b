/**
 * The learner's word list: one record per root, and the statuses a root can have. Pure data
 * and pure functions (no storage, no scheduler), so every chunk of the feature can share it.
 */
import { isRecord } from '../../../lib/isRecord';
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

// Checking a record read from storage or a file (the store and the import share the rules).

type Json = Record<string, unknown>;
const isText = (value: unknown): value is string => typeof value === 'string';
const isFilled = (value: unknown): value is string => isText(value) && value.trim() !== '';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isDate = (value: unknown): value is string =>
  isText(value) && !Number.isNaN(Date.parse(value));

/** A short, printable rendering of a bad value for a message. */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The first problem with one record, as [field, value], or null when it is valid. */
function recordProblem(value: unknown): [string, unknown] | null {
  if (!isRecord(value)) return ['', value];
  const checks: [string, unknown, (v: unknown) => boolean][] = [
    ['id', value.id, isFilled],
    ['root', value.root, isFilled],
    ['status', value.status, isWordStatus],
    ['forms', value.forms, (v) => Array.isArray(v) && v.every(isFilled)],
    ['breakdown', value.breakdown, isText],
    ['gloss', value.gloss, isText],
    ['rootGloss', value.rootGloss, (v) => v === undefined || isText(v)],
    ['created', value.created, isDate],
    ['updated', value.updated, isDate],
  ];
  for (const [field, fieldValue, valid] of checks)
    if (!valid(fieldValue)) return [field, fieldValue];
  if (value.id !== recordId(value.root as string)) return ['id', value.id];

  const context = value.context;
  if (!isRecord(context)) return ['context', context];
  const contextChecks: [string, unknown, (v: unknown) => boolean][] = [
    ['articleId', context.articleId, isText],
    ['segmentId', context.segmentId, isText],
    ['sentence', context.sentence, isText],
    ['translation', context.translation, isText],
    ['form', context.form, isFilled],
    ['start', context.start, (v) => Number.isInteger(v) && isCount(v)],
    ['end', context.end, (v) => Number.isInteger(v) && isCount(v)],
  ];
  for (const [field, fieldValue, valid] of contextChecks) {
    if (!valid(fieldValue)) return [`context.${field}`, fieldValue];
  }

  const card = value.card;
  if (!isRecord(card)) return ['card', card];
  const cardChecks: [string, unknown, (v: unknown) => boolean][] = [
    ['due', card.due, isDate],
    ['stability', card.stability, isCount],
    ['difficulty', card.difficulty, isCount],
    ['elapsed_days', card.elapsed_days, isCount],
    ['scheduled_days', card.scheduled_days, isCount],
    ['learning_steps', card.learning_steps, isCount],
    ['reps', card.reps, isCount],
    ['lapses', card.lapses, isCount],
    ['state', card.state, (v) => v === 0 || v === 1 || v === 2 || v === 3],
    ['last_review', card.last_review, (v) => v === undefined || isDate(v)],
  ];
  for (const [field, fieldValue, valid] of cardChecks) {
    if (!valid(fieldValue)) return [`card.${field}`, fieldValue];
  }
  return null;
}

/**
 * The scheduler's numbers are kept within what FSRS itself produces (its longest interval
 * is 36,500 days; difficulty runs from 1 to 10), so a file or a row with absurd values
 * (stability 1e308) cannot make review show "NaN days" or build an invalid date.
 */
const MAX_DAYS = 36_500;
const MAX_DIFFICULTY = 10;
const MAX_COUNT = 1_000_000;
const clamp = (value: number, max: number) => Math.min(value, max);
/** The latest date kept: far enough for any schedule, early enough to add 100 years to. */
const LATEST = Date.parse('9999-12-31T00:00:00.000Z');
const clampDate = (value: string) =>
  Date.parse(value) > LATEST ? new Date(LATEST).toISOString() : new Date(value).toISOString();

/** Keeps only the fields a record has, so an import cannot smuggle anything else in. */
function cleanRecord(value: Json): WordRecord {
  const record = value as unknown as WordRecord;
  const { context, card } = record;
  const clean: WordRecord = {
    id: record.id,
    root: record.root,
    status: record.status,
    forms: [...record.forms],
    breakdown: record.breakdown,
    gloss: record.gloss,
    context: {
      articleId: context.articleId,
      segmentId: context.segmentId,
      sentence: context.sentence,
      translation: context.translation,
      form: context.form,
      start: context.start,
      end: context.end,
    },
    card: {
      due: clampDate(card.due),
      stability: clamp(card.stability, MAX_DAYS),
      difficulty: clamp(card.difficulty, MAX_DIFFICULTY),
      elapsed_days: clamp(card.elapsed_days, MAX_DAYS),
      scheduled_days: clamp(card.scheduled_days, MAX_DAYS),
      learning_steps: clamp(card.learning_steps, MAX_COUNT),
      reps: clamp(card.reps, MAX_COUNT),
      lapses: clamp(card.lapses, MAX_COUNT),
      state: card.state,
    },
    created: record.created,
    updated: record.updated,
  };
  if (record.rootGloss !== undefined) clean.rootGloss = record.rootGloss;
  if (card.last_review !== undefined) clean.card.last_review = clampDate(card.last_review);
  return clean;
}

/** What {@link checkRecord} says of one stored or imported value. */
export type RecordCheck =
  { ok: true; record: WordRecord } | { ok: false; field: string; value: string };

/**
 * One record as read from storage or a file: valid, cleaned of unknown fields and with its
 * scheduling numbers clamped; or the first field that is wrong.
 */
export function checkRecord(value: unknown): RecordCheck {
  const problem = recordProblem(value);
  if (problem) return { ok: false, field: problem[0], value: shownValue(problem[1]) };
  return { ok: true, record: cleanRecord(value as Json) };
}
