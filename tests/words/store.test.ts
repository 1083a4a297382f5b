/**
 * The word store over fake-indexeddb: records and settings survive a new store on the same
 * database (a reload), writes of many records are all-or-nothing, and every failure comes
 * back as a WordStoreError of a kind the UI can explain.
 */
import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  WordStoreError,
  createWordStore,
} from '../../src/features/words/store/wordStore';
import { freshStore, makeRecord } from './helpers';

describe('the word store', () => {
  it('keeps records and settings across store instances (a reload)', async () => {
    const first = createWordStore(createStore('sanding-reload', 'words'));
    await first.put(makeRecord('terap', 'learning-2'));
    await first.put(makeRecord('kira', 'new'));
    await first.saveSettings({ colouring: false });

    const second = createWordStore(createStore('sanding-reload', 'words'));
    const records = await second.all();
    expect(records.map((record) => `${record.id}:${record.status}`).sort()).toEqual([
      'kira:new',
      'terap:learning-2',
    ]);
    expect(await second.settings()).toEqual({ colouring: false, markNew: true });
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
    const real = createStore('sanding-quota', 'words');
    const realStore = createWordStore(real);
    await realStore.put(makeRecord('lama', 'known'));
    // A store whose write transactions fail the way a full disk makes them fail.
    const full: UseStore = (mode, callback) =>
      mode === 'readwrite'
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : real(mode, callback);
    const store = createWordStore(full);
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
      const store = createWordStore();
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
});
