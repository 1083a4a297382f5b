/**
 * The one IndexedDB database of Sanding, through Dexie: the learner's texts, their reading
 * state, import drafts, and the word list. One versioned schema lives here; a change of
 * schema is a new `version(n)` with its upgrade, never an edit of an old one.
 *
 * Row types are owned by the features that write them; this module only names the tables and
 * their indexes, so that every feature opens the same database with the same schema.
 */
import Dexie, { type Table } from 'dexie';

/** The database's name. The word list of earlier versions lived in idb-keyval's `sanding`. */
export const DATABASE_NAME = 'sanding-library';

/** A row whose shape the owning feature validates on read (storage can hold anything). */
export type StoredRow = Record<string, unknown>;

/** The tables and their indexes, as Dexie declares them. */
export const SCHEMA_V1 = {
  /** The learner's own texts (`id` is the text id; the built-in texts are never stored). */
  texts: 'id, title, createdAt, updatedAt, openedAt',
  /** Per-text reading state: cursor, progress, remembered view (`textId` = the text's id). */
  textState: 'textId',
  /** Half-finished imports, kept until saved or discarded. */
  drafts: 'id, updatedAt',
  /** The word list: one record per root (`id`). */
  words: 'id, status, updatedAt',
  /** Small keyed values: word-study settings, migration marks. */
  meta: 'key',
} as const;

/**
 * Version 2: a text's blocks move to `textBodies`, so that listing the library reads only
 * the small `texts` rows (title, languages, length), not every text in full.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  /** A stored text's content in sanding-text shape (`id` = the text's id). */
  textBodies: 'id',
} as const;

/** Sanding's database. Open it through {@link openDatabase} so there is one per page. */
export class SandingDatabase extends Dexie {
  texts!: Table<StoredRow, string>;
  textBodies!: Table<StoredRow, string>;
  textState!: Table<StoredRow, string>;
  drafts!: Table<StoredRow, string>;
  words!: Table<StoredRow, string>;
  meta!: Table<StoredRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // A text row of version 1 carried its content as `text`: move it to its body row.
        const texts = tx.table<StoredRow, string>('texts');
        const rows = await texts.filter((row) => row.text !== undefined).toArray();
        await tx.table('textBodies').bulkPut(rows.map((row) => ({ id: row.id, text: row.text })));
        await texts.toCollection().modify((row: StoredRow) => {
          delete row.text;
        });
      });
  }
}

let shared: SandingDatabase | null = null;

/**
 * Runs `work` in one read-write transaction over every table of the page's database: the
 * stores' own operations called inside it (words, texts, settings) join it, so they are all
 * written or, when any of them fails, none is. Inside, await only the stores' operations
 * (IndexedDB commits a transaction that is left waiting on anything else).
 */
export function inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
  const db = openDatabase();
  return db.transaction('rw', db.tables, work);
}

/** The page's database, created on first use (Dexie opens it lazily on the first query). */
export function openDatabase(): SandingDatabase {
  shared ??= new SandingDatabase();
  return shared;
}

/** Tests: forget the shared instance so the next call opens a fresh one. */
export function resetDatabaseForTests(): void {
  shared?.close();
  shared = null;
}
