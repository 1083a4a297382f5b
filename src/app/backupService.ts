/**
 * Backup and restore for the library: gathers the texts (lib/text) and the word list (the
 * words feature) into the sanding-backup format, and writes a restore plan back. Lives in
 * the app layer because it joins two features.
 */
import {
  buildBackup,
  parseBackup,
  type Backup,
  type BackupWord,
  type WordCheck,
} from '../lib/backup/backupFile';
import type { BackupService } from '../lib/backup/backupService';
import { inOneTransaction } from '../lib/db/database';
import { isRecord } from '../lib/isRecord';
import { readRaw, STORAGE_KEYS, writeJson } from '../lib/storage';
import { allTextsWithState, listTexts, putTexts } from '../lib/text/textStore';
import { createWordListBackup, type WordRecord } from '../features/words/entry/wordListBackup';

function storedObject(key: (typeof STORAGE_KEYS)['preferences' | 'listen']) {
  try {
    const value: unknown = JSON.parse(readRaw(key) ?? 'null');
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The service; `applyPreferences` makes restored display preferences take effect on this
 * page (the preferences store validates them again).
 */
export function createBackupService(
  applyPreferences: (stored: Record<string, unknown>) => void,
  now: () => Date = () => new Date(),
): BackupService {
  const words = createWordListBackup();
  const checkWord: WordCheck = (value) => {
    const checked = words.check(value);
    return checked.ok ? { ok: true, record: checked.record as unknown as BackupWord } : checked;
  };
  return {
    async create() {
      const [texts, { records, settings }] = await Promise.all([allTextsWithState(), words.read()]);
      return buildBackup(
        {
          texts,
          words: {
            records: records as unknown as BackupWord[],
            settings: { ...settings },
          },
          preferences: {
            display: storedObject(STORAGE_KEYS.preferences),
            listen: storedObject(STORAGE_KEYS.listen),
          },
        },
        now(),
      );
    },
    read: (content) => parseBackup(content, checkWord),
    async current() {
      const [texts, records] = await Promise.all([listTexts(), words.all()]);
      return {
        textIds: new Set(texts.map((text) => text.id)),
        words: new Map(records.map((record) => [record.id, record.updated])),
      };
    },
    async restore(backup: Backup, plan) {
      const replace = plan.mode === 'replace';
      const put = plan.words as unknown as WordRecord[];
      const keep = new Set(plan.words.map((record) => record.id));
      // Read before the transaction (which must await only its own writes); this also opens
      // the word store, so nothing inside waits on opening the database.
      const here = await words.all();
      const remove = replace ? here.map((record) => record.id).filter((id) => !keep.has(id)) : [];
      const stored = plan.settings ? backup.words.settings?.colouring : undefined;
      const colouring = typeof stored === 'boolean' ? stored : undefined;
      // Words, settings and texts in one transaction: if any write fails (storage full, say),
      // none is kept, and the learner's data stays as it was before the restore.
      await inOneTransaction(async () => {
        await words.write(put, remove, colouring);
        await putTexts(plan.texts, replace, now);
      });
      // Word lists open in this page or other tabs are told which roots changed.
      words.announce(put, remove, colouring);
      if (!plan.settings) return;
      const { display, listen } = backup.preferences;
      if (listen) writeJson(STORAGE_KEYS.listen, listen);
      if (display) applyPreferences(display);
    },
  };
}
