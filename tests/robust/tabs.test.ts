/**
 * Two tabs open at once never overwrite each other: the word list is kept in step (a root
 * deleted in one tab is gone from the other, and cannot come back from it), and preference
 * writes merge per field, for the reading preferences and for read-aloud's.
 */
import 'fake-indexeddb/auto';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createWordSession,
  type SyncChannel,
  type SyncMessage,
} from '../../src/features/words/store/session';
import {
  DEFAULT_LISTEN_PREFS,
  listenPrefsWriter,
  readListenPrefs,
} from '../../src/features/listen/prefs';
import { SandingDatabase } from '../../src/lib/db/database';
import { createBrowserPreferencesStore } from '../../src/lib/preferences';
import { STORAGE_KEYS } from '../../src/lib/storage';
import { ARTICLE, freshName, freshStore, lexicon, makeRecord } from '../words/helpers';

/** Two ends of one BroadcastChannel, delivering asynchronously like the browser. */
function channelPair(): [SyncChannel, SyncChannel] {
  const listeners: ((event: MessageEvent<SyncMessage>) => void)[][] = [[], []];
  const end = (mine: number, theirs: number): SyncChannel => ({
    postMessage: (message) =>
      setTimeout(() => {
        for (const listener of listeners[theirs] ?? []) {
          listener(new MessageEvent('message', { data: message }));
        }
      }, 0),
    addEventListener: (_type, listener) => listeners[mine]?.push(listener),
  });
  return [end(0, 1), end(1, 0)];
}

function tab(name: string, channel: SyncChannel) {
  return createWordSession({
    articleId: ARTICLE,
    store: freshStore(new SandingDatabase(name)),
    lexicon: async () => lexicon,
    channel,
  });
}

describe('two tabs of the word list', () => {
  it('keep each other in step, and a deleted root does not come back', async () => {
    const name = freshName();
    await freshStore(new SandingDatabase(name)).putMany([
      makeRecord('terap', 'new'),
      makeRecord('kira', 'new'),
    ]);
    const [channelA, channelB] = channelPair();
    const a = tab(name, channelA);
    const b = tab(name, channelB);
    await Promise.all([a.ready, b.ready]);

    await a.remove('terap');
    await waitFor(() => expect(b.getSnapshot().records.has('terap')).toBe(false));
    expect(await b.changeStatus('terap', 'known')).toBe(false);

    await a.changeStatus('kira', 'learning-3');
    await waitFor(() => expect(b.getSnapshot().records.get('kira')?.status).toBe('learning-3'));
    await b.importRecords([makeRecord('baru', 'new', { updated: '2026-11-28T00:00:00.000Z' })]);
    await waitFor(() => expect(a.getSnapshot().records.has('baru')).toBe(true));
    await a.setColouring(false);
    await waitFor(() => expect(b.getSnapshot().colouring).toBe(false));

    const stored = await freshStore(new SandingDatabase(name)).all();
    expect(stored.map((record) => `${record.id}:${record.status}`).sort()).toEqual([
      'baru:new',
      'kira:learning-3',
    ]);
  });
});

describe('two tabs of preferences', () => {
  it('never overwrite the other tab’s interface language with an unrelated change', () => {
    const first = createBrowserPreferencesStore();
    const second = createBrowserPreferencesStore();
    first.update({ uiLanguage: 'id' });
    second.update({ theme: 'dark' });
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEYS.preferences) ?? '{}');
    expect(stored).toMatchObject({ uiLanguage: 'id', theme: 'dark' });
  });

  it('follow the theme, size and language another tab chose', () => {
    const store = createBrowserPreferencesStore();
    const newValue = JSON.stringify({ theme: 'dark', fontScale: 120, uiLanguage: 'id' });
    window.localStorage.setItem(STORAGE_KEYS.preferences, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.preferences, newValue }));
    expect(store.getSnapshot()).toMatchObject({ theme: 'dark', fontScale: 120, uiLanguage: 'id' });
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('keep read-aloud choices made in another tab', () => {
    const writeA = listenPrefsWriter(DEFAULT_LISTEN_PREFS);
    const writeB = listenPrefsWriter(DEFAULT_LISTEN_PREFS);
    writeA({ ...DEFAULT_LISTEN_PREFS, rate: 0.7 });
    writeB({ ...DEFAULT_LISTEN_PREFS, mode: 'id' });
    expect(readListenPrefs()).toMatchObject({ rate: 0.7, mode: 'id' });
  });
});
