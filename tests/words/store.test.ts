/**
 * The word store over the app's Dexie database on fake-indexeddb: records and settings
 * survive a new store on the same database (a reload), writes of many records are
 * all-or-nothing, malformed rows are skipped and named, absurd scheduling numbers are
 * clamped, and every failure (no IndexedDB, quota, an open blocked by another tab, a newer
 * schema in another tab) comes back as a WordStoreError of a kind the UI can explain, with
 * nothing already saved lost.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  WordStoreError,
  createWordStore,
} from '../../src/features/words/store/wordStore';
import { SandingDatabase } from '../../src/lib/db/database';
import { faultyDatabase, freshName, freshStore, makeRecord, malformedRecord } from './helpers';

describe('the word store', () => {
  it('keeps records and settings across store instances (a reload)', async () => {
    const name = freshName();
    const first = freshStore(new SandingDatabase(name));
    await first.put(makeRecord('terap', 'learning-2'));
    await first.put(makeRecord('kira', 'new'));
    await first.saveSettings({ colouring: false });

    const second = freshStore(new SandingDatabase(name));
    const records = await second.all();
    expect(records.map((record) => `${record.id}:${record.status}`).sort()).toEqual([
      'kira:new',
      'terap:learning-2',
    ]);
    expect(await second.settings()).toEqual({ colouring: false });
  });

  it('starts with default settings and replaces and removes records by id', async () => {
    const store = freshStore();
    expect(await store.settings()).toEqual(DEFAULT_SETTINGS);
    await store.put(makeRecord('terap', 'new'));
    await store.put(makeRecord('terap', 'known'));
    expect((await store.all()).map((record) => record.status)).toEqual(['known']);
    await store.remove('terap');
    expect(await store.all()).toEqual([]);
  });

  it('never lists the settings as a record', async () => {
    const store = freshStore();
    await store.saveSettings({ colouring: true });
    await store.put(makeRecord('batas', 'new'));
    expect((await store.all()).map((record) => record.id)).toEqual(['batas']);
  });

  it('reports a full disk as a quota failure, and a write of many records as all or none', async () => {
    const { database, faults } = faultyDatabase();
    const store = freshStore(database);
    await store.put(makeRecord('lama', 'known'));
    faults.writes = 'QuotaExceededError';
    const error = await store
      .putMany([makeRecord('satu', 'new'), makeRecord('dua', 'new')])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WordStoreError);
    expect((error as WordStoreError).kind).toBe('quota');
    expect((await store.all()).map((record) => record.id)).toEqual(['lama']);
  });

  it('reports a browser without IndexedDB as unavailable, without throwing synchronously', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser with storage disabled has no indexedDB.
    delete globalThis.indexedDB;
    try {
      const store = createWordStore({ legacy: null });
      const read = store.all();
      await expect(read).rejects.toBeInstanceOf(WordStoreError);
      await expect(store.all()).rejects.toMatchObject({ kind: 'unavailable' });
      await expect(store.put(makeRecord('terap', 'new'))).rejects.toMatchObject({
        kind: 'unavailable',
      });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('skips and names malformed rows, and the rest stay readable', async () => {
    const database = new SandingDatabase(freshName());
    const store = freshStore(database);
    await store.put(makeRecord('terap', 'known'));
    const noForms = malformedRecord('kira', (record) => delete record.forms);
    const noSentence = malformedRecord('batas', (record) => delete record.context.sentence);
    await database.words.bulkPut([noForms, noSentence, { nonsense: true, id: 42 }] as never[]);

    const read = await store.read();
    expect(read.records.map((record) => record.id)).toEqual(['terap']);
    expect(read.skipped).toEqual(
      expect.arrayContaining([
        { id: 'kira', field: 'forms' },
        { id: 'batas', field: 'context.sentence' },
        { id: null, field: 'id' },
      ]),
    );
  });

  it('clamps absurd scheduling numbers read from storage', async () => {
    const database = new SandingDatabase(freshName());
    const store = freshStore(database);
    const record = makeRecord('terap', 'learning-1');
    await database.words.put({
      ...record,
      card: {
        ...record.card,
        stability: 1e308,
        scheduled_days: 1e300,
        due: '+275760-09-13T00:00:00.000Z',
      },
    } as never);
    const [read] = await store.all();
    expect(read?.card.stability).toBeLessThanOrEqual(36_500);
    expect(read?.card.scheduled_days).toBeLessThanOrEqual(36_500);
    expect(
      new Date(Date.parse(read?.card.due ?? '') + 36_500 * 86_400_000).getTime(),
    ).not.toBeNaN();
  });

  it('gives up on an open that another tab blocks, says so, and opens once it is free', async () => {
    const name = freshName();
    // Another tab holds the database at an older version and does not let go.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = freshStore(new SandingDatabase(name));
    const blocked = createWordStore({
      database: new SandingDatabase(name),
      legacy: null,
      openTimeoutMs: 50,
    });
    await expect(blocked.all()).rejects.toMatchObject({ kind: 'blocked' });
    holder.close();
    await blocked.put(makeRecord('terap', 'known'));
    expect((await store.all()).map((record) => record.id)).toEqual(['terap']);
  });

  it('keeps working when another tab opened a newer schema, and loses nothing', async () => {
    const name = freshName();
    const store = freshStore(new SandingDatabase(name));
    await store.put(makeRecord('terap', 'known'));
    // A newer version of Sanding in another tab upgrades the database: Dexie closes this
    // tab's connection instead of blocking it, and reopens at the version on disk.
    const newer = new SandingDatabase(name);
    newer.version(2).stores({ extra: 'id' });
    await newer.open();
    await store.put(makeRecord('kira', 'new'));
    expect((await newer.words.toArray()).map((row) => row.id).sort()).toEqual(['kira', 'terap']);
    newer.close();
  });
});
