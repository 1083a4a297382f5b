/**
 * Backup and restore in the library, with the real i18next, the real stores over
 * fake-indexeddb and the app's backup service: a backup holds texts, reading state, the word
 * list and settings; a restore says what it will do, then merges or replaces, or changes
 * nothing when cancelled or when the file is bad (with a message naming the problem).
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createBackupService } from '../../src/app/backupService';
import { LibraryPage } from '../../src/features/library/LibraryPage';
import type { WordRecord } from '../../src/features/words/store/records';
import { SYNC_CHANNEL, type SyncMessage } from '../../src/features/words/store/session';
import { createWordStore } from '../../src/features/words/store/wordStore';
import {
  buildBackup,
  parseBackup,
  planRestore,
  serializeBackup,
} from '../../src/lib/backup/backupFile';
import { DATABASE_NAME, openDatabase, resetDatabaseForTests } from '../../src/lib/db/database';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import { STORAGE_KEYS } from '../../src/lib/storage';
import { parseTextFile } from '../../src/lib/text/textFile';
import { getText, listTexts, saveText, saveTextState } from '../../src/lib/text/textStore';
import type { Text } from '../../src/lib/text/types';
import { readFixture } from '../text/fixtures';

const NOW = new Date('2026-11-29T10:00:00.000Z');

function fixture(name: string): Text {
  const parsed = parseTextFile(readFixture(name));
  if (!parsed.ok) throw new Error(name);
  return parsed.text;
}

function word(root: string, updated: string, status: WordRecord['status'] = 'learning-2') {
  return {
    id: root,
    root,
    status,
    forms: [root],
    breakdown: root,
    gloss: `gloss of ${root}`,
    context: {
      articleId: 'hujan-sore',
      segmentId: 's-p1-0',
      sentence: `Ada ${root} di sini.`,
      translation: 'There is one here.',
      form: root,
      start: 4,
      end: 4 + root.length,
    },
    card: {
      due: '2026-12-01T00:00:00.000Z',
      stability: 3.5,
      difficulty: 5.2,
      elapsed_days: 1,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 4,
      lapses: 1,
      state: 2,
      last_review: '2026-11-28T00:00:00.000Z',
    },
    created: '2026-11-01T00:00:00.000Z',
    updated,
  } satisfies WordRecord;
}

function renderLibrary(applyPreferences = vi.fn()) {
  const i18n = createI18n('en', resources);
  const service = createBackupService(applyPreferences, () => NOW);
  render(
    <I18nextProvider i18n={i18n}>
      <LibraryPage backup={service} />
    </I18nextProvider>,
  );
  return { applyPreferences };
}

const backupFile = (content: string, name = 'sanding-backup-2026-11-20.json') =>
  new File([content], name, { type: 'application/json' });

async function chooseBackup(content: string, name?: string) {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Restore from a backup…'), backupFile(content, name));
  return user;
}

/** A backup made elsewhere: "Pasar Pagi" and "Hujan Sore" (renamed), three words. */
function otherDevice() {
  const hujan = { ...fixture('hujan-sore'), title: 'Hujan Sore (elsewhere)' };
  return serializeBackup(
    buildBackup(
      {
        texts: [
          {
            text: fixture('pasar-pagi'),
            state: { cursor: 's-p1-0', progress: 0.5, openedAt: null },
          },
          { text: hujan, state: { cursor: null, progress: 0, openedAt: null } },
        ],
        words: {
          records: [
            word('rumah', '2026-11-25T00:00:00.000Z', 'known'),
            word('hujan', '2026-11-02T00:00:00.000Z', 'new'),
            word('pasar', '2026-11-20T00:00:00.000Z'),
          ],
          settings: { colouring: true },
        },
        preferences: { display: { theme: 'dark', fontScale: 120 }, listen: { rate: 1.2 } },
      },
      new Date('2026-11-20T08:30:00.000Z'),
    ),
  );
}

/** Here: "Hujan Sore" and "Catatan Harian", two words, colouring off. */
async function thisDevice() {
  await saveText(fixture('hujan-sore'));
  await saveText(fixture('catatan-harian'));
  const words = createWordStore({ legacy: null });
  await words.putMany([
    word('rumah', '2026-11-10T00:00:00.000Z', 'learning-1'),
    word('hujan', '2026-11-15T00:00:00.000Z', 'learning-3'),
  ]);
  await words.saveSettings({ colouring: false });
  return words;
}

beforeEach(async () => {
  resetDatabaseForTests();
  await Dexie.delete(DATABASE_NAME);
});
afterEach(() => resetDatabaseForTests());

describe('backup', () => {
  it('downloads one file with the texts, their state, the word list, its settings and the preferences', async () => {
    const words = await thisDevice();
    await saveTextState('hujan-sore', { cursor: 's-p2-1', progress: 0.4, view: 'parallel' });
    window.localStorage.setItem(STORAGE_KEYS.preferences, '{"theme":"dark","uiLanguage":"id"}');
    window.localStorage.setItem(STORAGE_KEYS.listen, '{"rate":0.8}');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderLibrary();
    await user.click(screen.getByRole('button', { name: 'Back up everything' }));

    expect(
      await screen.findByText('Backup saved as sanding-backup-2026-11-29.json.'),
    ).toBeInTheDocument();
    expect(names).toEqual(['sanding-backup-2026-11-29.json']);
    const parsed = parseBackup(await (blobs[0] as Blob).text());
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const { backup } = parsed;
    expect(backup.createdAt).toBe(NOW.toISOString());
    expect(backup.texts.map(({ text }) => text.title).sort()).toEqual([
      'Catatan Harian Seorang Guru',
      'Hujan Sore',
    ]);
    const hujan = backup.texts.find(({ text }) => text.id === 'hujan-sore');
    expect(hujan?.text).toEqual(fixture('hujan-sore'));
    expect(hujan?.state).toMatchObject({ cursor: 's-p2-1', progress: 0.4, view: 'parallel' });
    expect(backup.words.records).toEqual(await words.all());
    expect(backup.words.records[0]?.card).toMatchObject({ reps: 4, lapses: 1, stability: 3.5 });
    expect(backup.words.settings).toEqual({ colouring: false });
    expect(backup.preferences).toEqual({
      display: { theme: 'dark', uiLanguage: 'id' },
      listen: { rate: 0.8 },
    });
  });
});

describe('restore', () => {
  it('says what the file holds and what each choice does, with the focus on the question', async () => {
    await thisDevice();
    renderLibrary();
    await chooseBackup(otherDevice());
    const heading = await screen.findByRole('heading', { name: 'Restore this backup?' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/^Made on November 20, 2026.*: 2 texts and 3 words\.$/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Merge' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Replace' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
  });

  it('merges: adds missing texts, keeps texts here, takes newer words, keeps local settings', async () => {
    const words = await thisDevice();
    // Open word lists (this page's, other tabs') are told which roots changed.
    const messages: SyncMessage[] = [];
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channel.onmessage = (event: MessageEvent<SyncMessage>) => messages.push(event.data);
    onTestFinished(() => channel.close());
    const { applyPreferences } = renderLibrary();
    const user = await chooseBackup(otherDevice());
    await user.click(await screen.findByRole('button', { name: 'Merge' }));

    expect(
      await screen.findByText(
        'Merged: 1 text added, 1 already here kept; 1 word added, 1 updated from the backup, 1 kept as they are here.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Restore this backup?' })).toBeNull();
    expect(
      await screen.findByRole('listitem', { name: 'Pasar Pagi di Tepi Sungai' }),
    ).toBeVisible();
    expect(screen.getByRole('listitem', { name: 'Hujan Sore' })).toBeVisible();
    expect((await getText('pasar-pagi'))?.state).toMatchObject({ cursor: 's-p1-0', progress: 0.5 });
    const byRoot = new Map((await words.all()).map((record) => [record.root, record]));
    expect(byRoot.get('rumah')?.status).toBe('known'); // the backup's copy is newer
    expect(byRoot.get('hujan')?.status).toBe('learning-3'); // the copy here is newer
    expect(byRoot.get('pasar')?.status).toBe('learning-2'); // missing here
    expect(await words.settings()).toEqual({ colouring: false });
    await waitFor(() =>
      expect(messages).toEqual([{ put: ['rumah', 'pasar'], removed: [], settings: false }]),
    );
    expect(applyPreferences).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(STORAGE_KEYS.listen)).toBeNull();
  });

  it('replaces: this device holds exactly the backup, settings included', async () => {
    const words = await thisDevice();
    const { applyPreferences } = renderLibrary();
    const user = await chooseBackup(otherDevice());
    await user.click(await screen.findByRole('button', { name: 'Replace' }));

    expect(
      await screen.findByText(
        "Replaced: this device now holds the backup's 2 texts and 3 words, and its settings (1 texts and 0 words that were only here are gone).",
      ),
    ).toBeInTheDocument();
    expect((await listTexts()).map((text) => text.title).sort()).toEqual([
      'Hujan Sore (elsewhere)',
      'Pasar Pagi di Tepi Sungai',
    ]);
    expect(await screen.findByRole('listitem', { name: 'Hujan Sore (elsewhere)' })).toBeVisible();
    expect(screen.queryByRole('listitem', { name: 'Catatan Harian Seorang Guru' })).toBeNull();
    const byRoot = new Map((await words.all()).map((record) => [record.root, record]));
    expect([...byRoot.keys()].sort()).toEqual(['hujan', 'pasar', 'rumah']);
    expect(byRoot.get('hujan')?.status).toBe('new');
    expect(await words.settings()).toEqual({ colouring: true });
    expect(applyPreferences).toHaveBeenCalledWith({ theme: 'dark', fontScale: 120 });
    expect(window.localStorage.getItem(STORAGE_KEYS.listen)).toBe('{"rate":1.2}');
  });

  it('changes nothing when cancelled', async () => {
    const words = await thisDevice();
    renderLibrary();
    const user = await chooseBackup(otherDevice());
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Nothing was restored.')).toBeInTheDocument();
    expect((await listTexts()).map((text) => text.id).sort()).toEqual([
      'catatan-harian',
      'hujan-sore',
    ]);
    expect((await words.all()).map((record) => record.status).sort()).toEqual([
      'learning-1',
      'learning-3',
    ]);
  });

  interface Document {
    version: number;
    texts: { text: { title?: string }; state: { progress: number } }[];
    words: { records: { status: string }[] };
  }
  const valid = () => JSON.parse(otherDevice()) as Document;
  it.each([
    ['not JSON', () => '{"format": "sanding-backup", ', 'it is not a JSON file.'],
    [
      'another format',
      () => readFixture('hujan-sore'),
      'it is not a Sanding backup (its format is "sanding-text").',
    ],
    [
      'a newer version',
      () => JSON.stringify({ ...valid(), version: 2 }),
      'it is a backup of version 2; this version of Sanding reads version 1.',
    ],
    [
      'a text without a title',
      () => {
        const document = valid();
        const second = document.texts[1];
        if (second) delete second.text.title;
        return JSON.stringify(document);
      },
      'text 2 is damaged: the text has no title.',
    ],
    [
      'a damaged reading state',
      () => {
        const document = valid();
        const first = document.texts[0];
        if (first) first.state.progress = 7;
        return JSON.stringify(document);
      },
      'the reading state of text 1 (“Pasar Pagi di Tepi Sungai”) is damaged.',
    ],
    [
      'a bad word record',
      () => {
        const document = valid();
        const third = document.words.records[2];
        if (third) third.status = 'sometimes';
        return JSON.stringify(document);
      },
      'word 3 of the word list is damaged (status: "sometimes").',
    ],
  ])(
    'refuses %s with a message naming the problem, changing nothing',
    async (_, content, reason) => {
      await thisDevice();
      renderLibrary();
      await chooseBackup(content(), 'mine.json');
      expect(
        await screen.findByText(`mine.json cannot be restored: ${reason}`),
      ).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Restore this backup?' })).toBeNull();
      expect((await listTexts()).length).toBe(2);
    },
  );
});

describe('a restore that fails half-way', () => {
  it.each(['merge', 'replace'] as const)(
    '%s: the words, settings and texts stay exactly as they were',
    async (mode) => {
      const words = await thisDevice();
      const service = createBackupService(vi.fn(), () => NOW);
      const parsed = service.read(otherDevice());
      if (!parsed.ok) throw new Error('the backup should parse');
      const plan = planRestore(parsed.backup, await service.current(), mode);
      const before = {
        words: await words.all(),
        settings: await words.settings(),
        texts: (await listTexts()).map((text) => text.title).sort(),
      };
      // The words are written first; the disk then refuses the first text.
      const texts = openDatabase().texts;
      const refuse = () => {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      };
      texts.hook('creating', refuse);
      texts.hook('updating', refuse);
      onTestFinished(() => {
        texts.hook('creating').unsubscribe(refuse);
        texts.hook('updating').unsubscribe(refuse);
      });

      await expect(service.restore(parsed.backup, plan)).rejects.toThrow();

      texts.hook('creating').unsubscribe(refuse);
      texts.hook('updating').unsubscribe(refuse);
      expect(await words.all()).toEqual(before.words);
      expect(await words.settings()).toEqual(before.settings);
      expect((await listTexts()).map((text) => text.title).sort()).toEqual(before.texts);
    },
  );
});
