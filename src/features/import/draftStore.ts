/**
 * The import draft: what the learner typed, pasted or aligned on the import page, kept in
 * IndexedDB (the `drafts` table) until it is saved or discarded, so closing the tab loses
 * nothing. Reading validates the row, since storage may hold anything.
 */
import { openDatabase } from '../../lib/db/database';
import { isRecord } from '../../lib/isRecord';
import type { ReviewRow } from './review';

/** The one import draft (a learner imports one text at a time). */
export const IMPORT_DRAFT_ID = 'import';

export interface ImportDraft {
  title: string;
  original: string;
  translation: string;
  /** The alignment under review, when the learner got that far. */
  rows: ReviewRow[] | null;
  updatedAt: string;
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function isRow(value: unknown): value is ReviewRow {
  return (
    isRecord(value) &&
    strings(value.id) &&
    strings(value.en) &&
    typeof value.confidence === 'number' &&
    typeof value.startsParagraph === 'boolean'
  );
}

/** The stored draft, or null when there is none (or it is unreadable). */
export function parseDraft(value: unknown): ImportDraft | null {
  if (!isRecord(value)) return null;
  const { title, original, translation, rows, updatedAt } = value;
  if (typeof title !== 'string' || typeof original !== 'string') return null;
  if (typeof translation !== 'string' || typeof updatedAt !== 'string') return null;
  const validRows = Array.isArray(rows) && rows.every(isRow) ? rows : null;
  return { title, original, translation, rows: validRows, updatedAt };
}

export async function loadDraft(): Promise<ImportDraft | null> {
  return parseDraft(await openDatabase().drafts.get(IMPORT_DRAFT_ID));
}

export async function saveDraft(draft: Omit<ImportDraft, 'updatedAt'>): Promise<void> {
  await openDatabase().drafts.put({
    id: IMPORT_DRAFT_ID,
    ...draft,
    rows: draft.rows ? [...draft.rows] : null,
    updatedAt: new Date().toISOString(),
  });
}

export async function deleteDraft(): Promise<void> {
  await openDatabase().drafts.delete(IMPORT_DRAFT_ID);
}
