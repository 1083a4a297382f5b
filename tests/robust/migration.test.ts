/**
 * A word list written by the idb-keyval version of Sanding (database `sanding`, object store
 * `words`, keys `word:<id>` and `settings`) is carried over into the Dexie database on first
 * open, every entry of it, and the old database is left untouched.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readLegacyWordList } from '../../src/features/words/store/legacyWordList';
import { createWordStore } from '../../src/features/words/store/wordStore';
import { SandingDatabase } from '../../src/lib/db/database';
import { freshName, makeRecord, malformedRecord } from '../words/helpers';

/** Writes `entries` the way idb-keyval did: one object store `words`, out-of-line keys. */
function writeLegacy(name: string, entries: [string, unknown][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore('words');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('words', 'readwrite');
      for (const [key, value] of entries) tx.objectStore('words').put(value, key);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const legacyFrom = (name: string) => () => readLegacyWordList(indexedDB, name);

describe('moving the word list from idb-keyval to Dexie', () => {
  it('keeps every entry and the settings', async () => {
    const legacy = freshName();
    const records = [
      makeRecord('terap', 'learning-2'),
      makeRecord('kira', 'known'),
      makeRecord('batas', 'ignored'),
    ];
    // A malformed record is carried over too (it is skipped on read, not thrown away).
    const broken = malformedRecord('rusak', (record) => delete record.forms);
    await writeLegacy(legacy, [
      ...records.map((record): [string, unknown] => [`word:${record.id}`, record]),
      ['word:rusak', broken],
      ['settings', { colouring: false }],
    ]);

    const database = new SandingDatabase(freshName());
    const store = createWordStore({ database, legacy: legacyFrom(legacy) });
    const read = await store.read();
    expect(read.records.map((record) => record.id).sort()).toEqual(['batas', 'kira', 'terap']);
    expect(read.records.find((record) => record.id === 'terap')).toEqual(records[0]);
    expect(read.skipped).toEqual([{ id: 'rusak', field: 'forms' }]);
    expect(await database.words.count()).toBe(4);
    expect(await store.settings()).toEqual({ colouring: false });

    // The old database is still there, as it was.
    const again = await readLegacyWordList(indexedDB, legacy);
    expect(again?.records).toHaveLength(4);
  });

  it('copies once: a later change here is not overwritten by the old list', async () => {
    const legacy = freshName();
    await writeLegacy(legacy, [['word:terap', makeRecord('terap', 'new')]]);
    const name = freshName();
    const first = createWordStore({
      database: new SandingDatabase(name),
      legacy: legacyFrom(legacy),
    });
    await first.put(makeRecord('terap', 'known', { updated: '2026-11-28T00:00:00.000Z' }));
    const second = createWordStore({
      database: new SandingDatabase(name),
      legacy: legacyFrom(legacy),
    });
    expect((await second.all()).map((record) => record.status)).toEqual(['known']);
  });

  it('creates no old database when this browser never had one', async () => {
    const legacy = freshName();
    const store = createWordStore({
      database: new SandingDatabase(freshName()),
      legacy: legacyFrom(legacy),
    });
    expect(await store.all()).toEqual([]);
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).not.toContain(legacy);
  });
});

describe('the entry’s list of word-list databases', () => {
  it('names the app’s database and the old one', async () => {
    const { WORD_DATABASES } = await import('../../src/features/words/entry/entryStore');
    const { DATABASE_NAME } = await import('../../src/lib/db/database');
    expect(WORD_DATABASES).toEqual([DATABASE_NAME, 'sanding']);
  });
});
