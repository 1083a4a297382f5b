/**
 * The one module that touches IndexedDB for word study, through idb-keyval. Every call can
 * fail (private mode, storage disabled, quota, a blocked upgrade): each failure comes back as
 * a {@link WordStoreError} with a kind the UI can explain, never as an unhandled rejection.
 *
 * One database `sanding`, one object store `words`. Keys are namespaced so settings and
 * records can share it (idb-keyval creates a single object store per database):
 * `word:<record id>` for records, `settings` for the feature's settings.
 */
import { createStore, del, entries, get, set, setMany, type UseStore } from 'idb-keyval';
import { WORD_DATABASE } from '../entryStore';
import type { WordRecord } from '../records';

const OBJECT_STORE = 'words';
const RECORD_PREFIX = 'word:';
const SETTINGS_KEY = 'settings';

/** Why storage failed: no IndexedDB at all, out of space, or anything else. */
export type WordStoreFailure = 'unavailable' | 'quota' | 'failed';

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

/** The operations on the word list; every one rejects only with a {@link WordStoreError}. */
export interface WordStore {
  all(): Promise<WordRecord[]>;
  put(record: WordRecord): Promise<void>;
  /** Writes all records in one transaction: all of them are stored, or none. */
  putMany(records: readonly WordRecord[]): Promise<void>;
  remove(id: string): Promise<void>;
  settings(): Promise<WordSettings>;
  saveSettings(settings: WordSettings): Promise<void>;
}

function failure(error: unknown): WordStoreError {
  if (error instanceof WordStoreError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return new WordStoreError('quota', error);
  // No indexedDB global (ReferenceError), or the browser refuses to open it (private
  // modes, disabled storage: InvalidStateError, SecurityError, UnknownError).
  if (
    typeof indexedDB === 'undefined' ||
    name === 'ReferenceError' ||
    name === 'SecurityError' ||
    name === 'InvalidStateError'
  ) {
    return new WordStoreError('unavailable', error);
  }
  return new WordStoreError('failed', error);
}

/** Runs `operation`, turning a synchronous throw or a rejection into a WordStoreError. */
async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw failure(error);
  }
}

function isSettings(value: unknown): value is WordSettings {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { colouring?: unknown }).colouring === 'boolean'
  );
}

/**
 * The word store over idb-keyval. `useStore` is for tests (a store that fails on purpose);
 * by default the `sanding`/`words` store is opened on first use, not on creation.
 */
export function createWordStore(useStore?: UseStore): WordStore {
  let store = useStore;
  // idb-keyval opens the database on the first call, and `createStore` itself never throws;
  // `indexedDB` being absent only surfaces then, inside `guarded`.
  const db = (): UseStore => (store ??= createStore(WORD_DATABASE, OBJECT_STORE));
  return {
    all: () =>
      guarded(async () => {
        const rows = await entries<IDBValidKey, unknown>(db());
        return rows
          .filter(([key]) => typeof key === 'string' && key.startsWith(RECORD_PREFIX))
          .map(([, value]) => value as WordRecord);
      }),
    put: (record) => guarded(() => set(RECORD_PREFIX + record.id, record, db())),
    putMany: (records) =>
      guarded(() =>
        setMany(
          records.map((record) => [RECORD_PREFIX + record.id, record]),
          db(),
        ),
      ),
    remove: (id) => guarded(() => del(RECORD_PREFIX + id, db())),
    settings: () =>
      guarded(async () => {
        const value: unknown = await get(SETTINGS_KEY, db());
        return isSettings(value) ? { ...DEFAULT_SETTINGS, ...value } : DEFAULT_SETTINGS;
      }),
    saveSettings: (settings) => guarded(() => set(SETTINGS_KEY, settings, db())),
  };
}
