/**
 * The library's storage over fake-indexeddb: a text round-trips through the database, its
 * reading state is kept apart and restored with it, ids stay unique, damaged rows are
 * skipped, and a missing IndexedDB is a TextStoreError of kind `unavailable`.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME, openDatabase, resetDatabaseForTests } from '../../src/lib/db/database';
import { BUILTIN_TEXT_ID } from '../../src/lib/text/builtin';
import { parseTextFile } from '../../src/lib/text/textFile';
import {
  TextStoreError,
  deleteText,
  getText,
  listTexts,
  renameText,
  restoreText,
  saveText,
  saveTextState,
} from '../../src/lib/text/textStore';
import type { Text } from '../../src/lib/text/types';
import { readFixture } from './fixtures';

function fixture(name: string): Text {
  const parsed = parseTextFile(readFixture(name));
  if (!parsed.ok) throw new Error(name);
  return parsed.text;
}

beforeEach(async () => {
  resetDatabaseForTests();
  await Dexie.delete(DATABASE_NAME);
});
afterEach(() => resetDatabaseForTests());

describe('the text store', () => {
  it('round-trips a text: what is saved is what is read back, in a new session too', async () => {
    const text = fixture('pasar-pagi');
    const summary = await saveText(text);
    expect(summary).toMatchObject({
      id: 'pasar-pagi',
      title: 'Pasar Pagi di Tepi Sungai',
      translatedTitle: 'The Morning Market by the River',
      hasTranslation: true,
      stats: { sentences: 4 },
      state: { cursor: null, progress: 0, openedAt: null },
    });
    resetDatabaseForTests();
    const read = await getText('pasar-pagi');
    expect(read?.text).toEqual(text);
  });

  it('keeps a text without translation and one with gaps exactly', async () => {
    for (const name of ['catatan-harian', 'hujan-sore']) {
      const text = fixture(name);
      await saveText(text);
      expect((await getText(text.id))?.text).toEqual(text);
    }
    const list = await listTexts();
    expect(list.find((t) => t.id === 'catatan-harian')?.hasTranslation).toBe(false);
  });

  it('gives a fresh id when the id is taken or is a built-in text', async () => {
    const text = fixture('pasar-pagi');
    await saveText(text);
    const again = await saveText(text);
    expect(again.id).not.toBe('pasar-pagi');
    expect(again.id).toMatch(/^pasar-pagi-di-tepi-sungai-[a-z0-9]{4}$/);
    const builtin = await saveText({ ...text, id: BUILTIN_TEXT_ID });
    expect(builtin.id).not.toBe(BUILTIN_TEXT_ID);
    expect(await listTexts()).toHaveLength(3);
  });

  it('keeps the reading state per text and lists it with the text', async () => {
    await saveText(fixture('pasar-pagi'));
    await saveText(fixture('hujan-sore'));
    await saveTextState('pasar-pagi', { cursor: 's-p1-1', progress: 0.75 });
    await saveTextState('pasar-pagi', { openedAt: '2026-11-28T10:00:00.000Z' });
    const list = await listTexts();
    expect(list.find((t) => t.id === 'pasar-pagi')?.state).toEqual({
      cursor: 's-p1-1',
      progress: 0.75,
      openedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(list.find((t) => t.id === 'hujan-sore')?.state.progress).toBe(0);
  });

  it('renames a text in the list and in its file', async () => {
    await saveText(fixture('pasar-pagi'));
    await renameText('pasar-pagi', '  Pasar Subuh  ');
    expect((await listTexts())[0]?.title).toBe('Pasar Subuh');
    expect((await getText('pasar-pagi'))?.text.title).toBe('Pasar Subuh');
  });

  it('deletes a text with its state, and an undo restores both', async () => {
    await saveText(fixture('pasar-pagi'));
    await saveTextState('pasar-pagi', { cursor: 's-p2-0', progress: 1, view: 'en' });
    const deleted = await deleteText('pasar-pagi');
    expect(await getText('pasar-pagi')).toBeNull();
    expect(await openDatabase().textState.get('pasar-pagi')).toBeUndefined();
    await restoreText(deleted);
    const back = await getText('pasar-pagi');
    expect(back?.text).toEqual(fixture('pasar-pagi'));
    expect(back?.state).toMatchObject({ cursor: 's-p2-0', progress: 1, view: 'en' });
  });

  it('skips rows it cannot trust instead of failing the whole list', async () => {
    await saveText(fixture('pasar-pagi'));
    await openDatabase().texts.put({ id: 'broken', title: 42 });
    await openDatabase().textState.put({ textId: 'pasar-pagi', cursor: 'nonsense', progress: 7 });
    const list = await listTexts();
    expect(list.map((t) => t.id)).toEqual(['pasar-pagi']);
    expect(list[0]?.state).toMatchObject({ cursor: null, progress: 0 });
    expect(await getText('broken')).toBeNull();
  });

  it('says storage is unavailable when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(listTexts()).rejects.toEqual(new TextStoreError('unavailable'));
      await expect(listTexts()).rejects.toHaveProperty('kind', 'unavailable');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the database schema', () => {
  it('moves a version-1 text row’s content into its body row, keeping every field', async () => {
    const text = fixture('pasar-pagi');
    const v1 = new Dexie(DATABASE_NAME);
    v1.version(1).stores({
      texts: 'id, title, createdAt, updatedAt, openedAt',
      textState: 'textId',
    });
    await v1.table('texts').put({
      id: text.id,
      title: text.title,
      hasTranslation: true,
      stats: { sentences: 4, words: 31 },
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      text: { format: 'sanding-text', version: 1, ...text },
    });
    await v1.table('textState').put({ textId: text.id, cursor: 's-p1-0', progress: 0.5 });
    v1.close();

    const read = await getText(text.id);
    expect(read?.text).toEqual(text);
    expect(read?.state).toMatchObject({ cursor: 's-p1-0', progress: 0.5 });
    expect(await openDatabase().texts.get(text.id)).not.toHaveProperty('text');
    expect((await listTexts())[0]).toMatchObject({
      id: text.id,
      createdAt: '2026-11-01T00:00:00.000Z',
    });
  });
});
