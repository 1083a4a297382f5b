/**
 * The one module that touches IndexedDB for word study, through the app's Dexie database
 * (`src/lib/db/database.ts`, tables `words` and `meta`). Every call can fail (private mode,
 * storage disabled, quota, an open blocked by another tab, a newer version open in another
 * tab): each failure comes back as a {@link WordStoreError} with a kind the UI can explain,
 * never as an unhandled rejection.
 *
 * Rows are validated on read: a malformed row is skipped and reported, never allowed to hide
 * the rest of the list. On first open, a word list that earlier versions kept in
 * idb-keyval's `sanding` database is copied in (see legacyWordList.ts).
 */
import { openDatabase, type SandingDatabase, type StoredRow } from '../../../lib/db/database';
import { checkRecord, type WordRecord } from './records';
import { readLegacyWordList, type LegacyWordList } from './legacyWordList';

/**
 * Why storage failed: no IndexedDB at all, out of space, the database held open at an older
 * version by another tab (`blocked`), this tab's version outdated by another tab
 * (`outdated`), or anything else.
 */
export type WordStoreFailure = 'unavailable' | 'quota' | 'blocked' | 'outdated' | 'failed';

/** A storage failure, with its kind for the message the learner sees. */
export class WordStoreError extends Error {
  readonly kind: WordStoreFailure;

  constructor(kind: WordStoreFailure, cause?: unknown) {
    super(`Word list storage ${kind}`, { cause });
    this.name = 'WordStoreError';
    this.kind = kind;
  }
}

/** The feature's settings, stored beside the records. */
export interface WordSettings {
  /** Colour studied words in the text by their status. */
  colouring: boolean;
  /** Underline the words whose root is not in the list yet (absent in older settings: on). */
  markNew?: boolean;
}

export const DEFAULT_SETTINGS = { colouring: true, markNew: true } as const;

/** A stored row that is not a valid record: its id when it has one, and what is wrong. */
export interface SkippedRow {
  id: string | null;
  field: string;
}

/** What a full read found: the valid records, and the rows skipped as malformed. */
export interface WordListRead {
  records: WordRecord[];
  skipped: SkippedRow[];
}

/** The operations on the word list; every one rejects only with a {@link WordStoreError}. */
export interface WordStore {
  /** The valid records (malformed rows are left out; {@link WordStore.read} names them). */
  all(): Promise<WordRecord[]>;
  read(): Promise<WordListRead>;
  /** The records with these ids as stored now (null for a missing or malformed one). */
  getMany(ids: readonly string[]): Promise<(WordRecord | null)[]>;
  put(record: WordRecord): Promise<void>;
  /** Writes all records in one transaction: all of them are stored, or none. */
  putMany(records: readonly WordRecord[]): Promise<void>;
  remove(id: string): Promise<void>;
  /** Writes and deletes in one transaction (pending changes retried together). */
  apply(put: readonly WordRecord[], remove: readonly string[]): Promise<void>;
  settings(): Promise<WordSettings>;
  saveSettings(settings: WordSettings): Promise<void>;
}

/** Options of {@link createWordStore} (tests pass their own database and a short timeout). */
export interface WordStoreOptions {
  database?: SandingDatabase;
  /** How long opening may wait on another tab before it is reported as blocked. */
  openTimeoutMs?: number;
  /** Where the idb-keyval word list is read from; null to skip the migration. */
  legacy?: (() => Promise<LegacyWordList | null>) | null;
}

const SETTINGS_KEY = 'words:settings';
const MIGRATED_KEY = 'words:migrated-from-idb-keyval';
const OPEN_TIMEOUT_MS = 4000;
const WRITE_BATCH = 500;

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

/** Dexie wraps the browser's error in `inner`; the kind is decided by the innermost name. */
function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    found.push(errorName(current));
    current = (current as { inner?: unknown }).inner;
  }
  return found;
}

function failure(error: unknown): WordStoreError {
  if (error instanceof WordStoreError) return error;
  const all = names(error);
  const has = (name: string) => all.includes(name);
  if (has('QuotaExceededError')) return new WordStoreError('quota', error);
  // The database on disk is newer than this page's schema, or this page's connection was
  // closed because another tab is upgrading it.
  if (has('VersionError') || has('DatabaseClosedError')) {
    return new WordStoreError('outdated', error);
  }
  // No indexedDB global, or the browser refuses to open it (private modes, disabled
  // storage: InvalidStateError, SecurityError, UnknownError).
  if (
    typeof indexedDB === 'undefined' ||
    has('MissingAPIError') ||
    has('ReferenceError') ||
    has('SecurityError') ||
    has('InvalidStateError')
  ) {
    return new WordStoreError('unavailable', error);
  }
  return new WordStoreError('failed', error);
}

function isSettings(value: unknown): value is WordSettings {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { colouring?: unknown }).colouring === 'boolean'
  );
}

function rowId(row: unknown): string | null {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/** Copies the idb-keyval word list in, once; a row already here and newer is kept. */
async function migrate(
  db: SandingDatabase,
  legacy: () => Promise<LegacyWordList | null>,
): Promise<void> {
  if (await db.meta.get(MIGRATED_KEY)) return;
  const old = await legacy();
  await db.transaction('rw', db.words, db.meta, async () => {
    if (await db.meta.get(MIGRATED_KEY)) return;
    for (const row of old?.records ?? []) {
      const id = rowId(row);
      if (id === null) continue;
      const existing = await db.words.get(id);
      const newer =
        existing &&
        typeof existing.updated === 'string' &&
        typeof (row as StoredRow).updated === 'string'
          ? existing.updated >= (row as { updated: string }).updated
          : Boolean(existing);
      if (!newer) await db.words.put(row as StoredRow);
    }
    if (isSettings(old?.settings) && !(await db.meta.get(SETTINGS_KEY))) {
      await db.meta.put({ key: SETTINGS_KEY, colouring: old.settings.colouring });
    }
    await db.meta.put({ key: MIGRATED_KEY, at: new Date().toISOString() });
  });
}

/**
 * The word store over Dexie. The database is opened on first use, not on creation; an open
 * that another tab blocks gives up after `openTimeoutMs` (and is tried again on the next
 * call), so nothing waits on storage for ever.
 */
export function createWordStore(options: WordStoreOptions = {}): WordStore {
  const timeout = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  const legacy = options.legacy === undefined ? () => readLegacyWordList() : options.legacy;
  let database = options.database;
  let opening: Promise<SandingDatabase> | null = null;

  const open = (): Promise<SandingDatabase> => {
    opening ??= (async () => {
      if (typeof indexedDB === 'undefined' && !options.database) {
        throw new WordStoreError('unavailable');
      }
      const db = (database ??= openDatabase());
      let timer: ReturnType<typeof setTimeout> | undefined;
      const blocked = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new WordStoreError('blocked')), timeout);
      });
      try {
        await Promise.race([db.open(), blocked]);
      } finally {
        clearTimeout(timer);
      }
      if (legacy) await migrate(db, legacy);
      return db;
    })().catch((error: unknown) => {
      // Let the next call try again (the other tab may have been closed by then).
      opening = null;
      throw failure(error);
    });
    return opening;
  };

  const guarded = async <T>(operation: (db: SandingDatabase) => Promise<T>): Promise<T> => {
    try {
      return await operation(await open());
    } catch (error) {
      throw failure(error);
    }
  };

  const read = () =>
    guarded(async (db) => {
      const rows = await db.words.toArray();
      const result: WordListRead = { records: [], skipped: [] };
      for (const row of rows) {
        const checked = checkRecord(row);
        if (checked.ok) result.records.push(checked.record);
        else result.skipped.push({ id: rowId(row), field: checked.field });
      }
      return result;
    });

  return {
    read,
    all: async () => (await read()).records,
    getMany: (ids) =>
      guarded(async (db) => {
        const rows = await db.words.bulkGet([...ids]);
        return rows.map((row) => {
          const checked = row === undefined ? null : checkRecord(row);
          return checked?.ok ? checked.record : null;
        });
      }),
    put: (record) =>
      guarded(async (db) => {
        await db.words.put(record as unknown as StoredRow);
      }),
    putMany: (records) =>
      guarded((db) =>
        // One transaction (all or none), written in batches: each batch is its own task,
        // so a large import never blocks the page for long while the browser copies rows.
        db.transaction('rw', db.words, async () => {
          for (let from = 0; from < records.length; from += WRITE_BATCH) {
            const batch = records.slice(from, from + WRITE_BATCH);
            await db.words.bulkPut(batch as unknown as StoredRow[]);
          }
        }),
      ),
    remove: (id) => guarded((db) => db.words.delete(id)),
    apply: (put, remove) =>
      guarded((db) =>
        db.transaction('rw', db.words, async () => {
          if (put.length > 0) await db.words.bulkPut(put as unknown as StoredRow[]);
          if (remove.length > 0) await db.words.bulkDelete([...remove]);
        }),
      ),
    settings: () =>
      guarded(async (db) => {
        const value: unknown = await db.meta.get(SETTINGS_KEY);
        if (!isSettings(value)) return DEFAULT_SETTINGS;
        const markNew = (value as { markNew?: unknown }).markNew;
        return typeof markNew === 'boolean'
          ? { colouring: value.colouring, markNew }
          : { colouring: value.colouring };
      }),
    saveSettings: (settings) =>
      guarded(async (db) => {
        await db.meta.put({
          key: SETTINGS_KEY,
          colouring: settings.colouring,
          ...(settings.markNew === undefined ? {} : { markNew: settings.markNew }),
        });
      }),
  };
}
