/**
 * The learner's texts in IndexedDB (the `texts`, `textBodies` and `textState` tables of the
 * one Dexie database). The only module that reads or writes them; loaded on first use (the library,
 * a stored text's page, the import page), never by the built-in article's first visit.
 *
 * Every operation rejects only with a {@link TextStoreError} whose kind the UI can explain.
 * Rows are validated on read: a row another version or a damaged database wrote is skipped,
 * never trusted.
 */
import { openDatabase, type SandingDatabase } from '../db/database';
import { isRecord } from '../isRecord';
import { isSegmentId } from './addresses';
import { isBuiltinText } from './builtin';
import { textStats, type TextStats } from './stats';
import { TEXT_ID_PATTERN, validateTextFile } from './textFile';
import type { Text } from './types';

/** Why storage failed: no IndexedDB, blocked by another tab's old version, full, or other. */
export type TextStoreFailure = 'unavailable' | 'blocked' | 'quota' | 'failed';

export class TextStoreError extends Error {
  readonly kind: TextStoreFailure;

  constructor(kind: TextStoreFailure, cause?: unknown) {
    super(`Text storage ${kind}`, { cause });
    this.name = 'TextStoreError';
    this.kind = kind;
  }
}

/** What is remembered about reading one text. */
export interface TextState {
  /** The reading cursor (a segment address), or null before reading starts. */
  cursor: string | null;
  /** How far the cursor got, 0 to 1 (its place in the reading order). */
  progress: number;
  /** The view last used on this text. */
  view?: string;
  /** When the text was last opened (ISO), or null if never. */
  openedAt: string | null;
}

/** A stored text as the library lists it (without its blocks). */
export interface TextSummary {
  id: string;
  title: string;
  translatedTitle?: string;
  hasTranslation: boolean;
  stats: TextStats;
  createdAt: string;
  state: TextState;
}

/** Everything about one text, as `deleteText` removed it and `restoreText` puts it back. */
export interface DeletedText {
  row: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
  state: Record<string, unknown> | undefined;
}

const EMPTY_STATE: TextState = { cursor: null, progress: 0, openedAt: null };

function failureOf(error: unknown): TextStoreFailure {
  const name =
    isRecord(error) || error instanceof Error ? String((error as { name?: unknown }).name) : '';
  const inner = error instanceof Error && error.cause instanceof Error ? error.cause.name : '';
  const names = `${name} ${inner}`;
  if (/MissingAPI|InvalidState|Security|Unknown.*open|NotSupported/i.test(names))
    return 'unavailable';
  if (/QuotaExceeded/i.test(names)) return 'quota';
  if (/Blocked|VersionChange|DatabaseClosed/i.test(names)) return 'blocked';
  return 'failed';
}

async function run<T>(operation: (db: SandingDatabase) => Promise<T>): Promise<T> {
  try {
    if (typeof indexedDB === 'undefined') throw new TextStoreError('unavailable');
    return await operation(openDatabase());
  } catch (error) {
    if (error instanceof TextStoreError) throw error;
    throw new TextStoreError(failureOf(error), error);
  }
}

function readState(value: unknown): TextState {
  if (!isRecord(value)) return { ...EMPTY_STATE };
  const state: TextState = {
    cursor: isSegmentId(value.cursor) ? value.cursor : null,
    progress:
      typeof value.progress === 'number' && value.progress >= 0 && value.progress <= 1
        ? value.progress
        : 0,
    openedAt: typeof value.openedAt === 'string' ? value.openedAt : null,
  };
  if (typeof value.view === 'string') state.view = value.view;
  return state;
}

/** The text of a stored body row, validated as a file would be; null for a damaged row. */
function readText(body: unknown): Text | null {
  if (!isRecord(body) || typeof body.id !== 'string' || !isRecord(body.text)) return null;
  const parsed = validateTextFile(body.text, body.id);
  return parsed.ok ? { ...parsed.text, id: body.id } : null;
}

function readSummary(row: unknown, state: unknown): TextSummary | null {
  if (!isRecord(row) || typeof row.id !== 'string' || typeof row.title !== 'string') return null;
  const stats = isRecord(row.stats) ? row.stats : {};
  const summary: TextSummary = {
    id: row.id,
    title: row.title,
    hasTranslation: row.hasTranslation === true,
    stats: {
      sentences: typeof stats.sentences === 'number' ? stats.sentences : 0,
      words: typeof stats.words === 'number' ? stats.words : 0,
    },
    createdAt: typeof row.createdAt === 'string' ? row.createdAt : '',
    state: readState(state),
  };
  if (typeof row.translatedTitle === 'string' && row.translatedTitle) {
    summary.translatedTitle = row.translatedTitle;
  }
  return summary;
}

/** The rows stored for a text: what the library lists, and the text in file shape. */
export function rowsOf(
  text: Text,
  now: string,
  createdAt = now,
): { row: Record<string, unknown>; body: Record<string, unknown> } {
  const row: Record<string, unknown> = {
    id: text.id,
    title: text.title,
    hasTranslation: text.translation !== undefined,
    stats: textStats(text),
    createdAt,
    updatedAt: now,
  };
  if (text.translatedTitle) row.translatedTitle = text.translatedTitle;
  return { row, body: { id: text.id, text: { format: 'sanding-text', version: 1, ...text } } };
}

/** A new id from the title: `banjir-di-jakarta-3f9a`, unused by any text. */
export function newTextId(title: string, taken: (id: string) => boolean): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'text';
  for (;;) {
    const suffix = Math.random().toString(36).slice(2, 6).padEnd(4, '0');
    const id = `${slug}-${suffix}`;
    if (TEXT_ID_PATTERN.test(id) && !taken(id) && !isBuiltinText(id)) return id;
  }
}

export interface SaveOptions {
  /** Keep the text's own id when it is free (a re-import of an exported text). Default true. */
  keepId?: boolean;
  now?: () => Date;
}

/**
 * Saves a new text to the library and returns its summary; its address is
 * `/read/<summary.id>`. The id is the text's own when it is valid and free (and `keepId`),
 * else a fresh one made from the title. This is the call the import page makes.
 */
export async function saveText(text: Text, options: SaveOptions = {}): Promise<TextSummary> {
  const { keepId = true, now = () => new Date() } = options;
  return run(async (db) =>
    db.transaction('rw', db.texts, db.textBodies, async () => {
      const ids = new Set((await db.texts.toCollection().primaryKeys()) as string[]);
      const taken = (id: string) => ids.has(id) || isBuiltinText(id);
      const id =
        keepId && TEXT_ID_PATTERN.test(text.id) && !taken(text.id)
          ? text.id
          : newTextId(text.title, taken);
      const stored: Text = { ...text, id };
      const { row, body } = rowsOf(stored, now().toISOString());
      await db.texts.add(row);
      await db.textBodies.put(body);
      const summary = readSummary(row, undefined);
      if (!summary) throw new TextStoreError('failed');
      return summary;
    }),
  );
}

/** Replaces a stored text's content (the import page's corrections), keeping its state. */
export async function updateText(text: Text, now: () => Date = () => new Date()): Promise<void> {
  await run(async (db) =>
    db.transaction('rw', db.texts, db.textBodies, async () => {
      const existing = await db.texts.get(text.id);
      if (!existing) throw new TextStoreError('failed');
      const created = typeof existing.createdAt === 'string' ? existing.createdAt : undefined;
      const { row, body } = rowsOf(text, now().toISOString(), created);
      await db.texts.put(row);
      await db.textBodies.put(body);
    }),
  );
}

/** Every stored text, newest first by creation (the library sorts as the reader asks). */
export async function listTexts(): Promise<TextSummary[]> {
  return run(async (db) => {
    const [rows, states] = await Promise.all([db.texts.toArray(), db.textState.toArray()]);
    const stateOf = new Map(states.map((state) => [state.textId, state]));
    return rows.flatMap((row) => {
      const summary = readSummary(row, stateOf.get(row.id as string));
      return summary ? [summary] : [];
    });
  });
}

/** Every stored text in full (for the share of known roots). */
export async function allTexts(): Promise<Text[]> {
  return run(async (db) => (await db.textBodies.toArray()).flatMap((body) => readText(body) ?? []));
}

/** One text and its reading state, or null when it is not in the library. */
export async function getText(id: string): Promise<{ text: Text; state: TextState } | null> {
  return run(async (db) => {
    const [row, body, state] = await Promise.all([
      db.texts.get(id),
      db.textBodies.get(id),
      db.textState.get(id),
    ]);
    const text = row ? readText(body) : null;
    return text ? { text, state: readState(state) } : null;
  });
}

/** Changes what is remembered about reading a text (the cursor, progress, view, opened). */
export async function saveTextState(id: string, patch: Partial<TextState>): Promise<void> {
  await run(async (db) =>
    db.transaction('rw', db.textState, async () => {
      const current = readState(await db.textState.get(id));
      await db.textState.put({ ...current, ...patch, textId: id });
    }),
  );
}

/** Renames a text (the original-language title). */
export async function renameText(id: string, title: string, now = () => new Date()): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) throw new TextStoreError('failed');
  await run(async (db) =>
    db.transaction('rw', db.texts, db.textBodies, async () => {
      const [row, body] = await Promise.all([db.texts.get(id), db.textBodies.get(id)]);
      if (!row || !body || !readText(body)) throw new TextStoreError('failed');
      await db.texts.put({ ...row, title: trimmed, updatedAt: now().toISOString() });
      await db.textBodies.put({
        ...body,
        text: { ...(body.text as Record<string, unknown>), title: trimmed },
      });
    }),
  );
}

/** Deletes a text and everything remembered about it; returns it all for an undo. */
export async function deleteText(id: string): Promise<DeletedText> {
  return run(async (db) =>
    db.transaction('rw', db.texts, db.textBodies, db.textState, async () => {
      const row = await db.texts.get(id);
      if (!row) throw new TextStoreError('failed');
      const [body, state] = await Promise.all([db.textBodies.get(id), db.textState.get(id)]);
      await db.texts.delete(id);
      await db.textBodies.delete(id);
      await db.textState.delete(id);
      return { row, body, state };
    }),
  );
}

/** Puts back a deleted text exactly as it was (text, cursor, progress, view). */
export async function restoreText(deleted: DeletedText): Promise<void> {
  await run(async (db) =>
    db.transaction('rw', db.texts, db.textBodies, db.textState, async () => {
      await db.texts.put(deleted.row);
      if (deleted.body) await db.textBodies.put(deleted.body);
      if (deleted.state) await db.textState.put(deleted.state);
    }),
  );
}

/** A text of the library as a sanding-text document (for export). */
export async function exportText(id: string): Promise<Text | null> {
  return (await getText(id))?.text ?? null;
}
