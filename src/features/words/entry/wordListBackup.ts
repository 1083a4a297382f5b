/**
 * What a backup needs of the word list, as the one doorway the app goes through: read every
 * record with the settings, check a record from a file with the word list's own rules, and
 * write a restore back (in one transaction), telling every open word list (this page's and
 * other tabs') which roots changed. The app's backup joins this with the texts.
 */
import { checkRecord } from '../store/records';
import type { WordRecord } from '../store/records';
import { SYNC_CHANNEL, type SyncMessage } from '../store/session';
import { createWordStore, type WordSettings } from '../store/wordStore';

export type { WordRecord, WordSettings };

/** Tells every open word list which roots changed. */
function announce(message: SyncMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  channel.postMessage(message);
  channel.close();
}

export function createWordListBackup() {
  const words = createWordStore();
  return {
    /** Every readable record, and the settings. */
    async read(): Promise<{ records: WordRecord[]; settings: WordSettings }> {
      const [read, settings] = await Promise.all([words.read(), words.settings()]);
      return { records: read.records, settings };
    },
    all: () => words.all(),
    /** A record from a file, checked as the word list's import checks it. */
    check: (value: unknown) => checkRecord(value),
    /** Writes `put`, removes `remove` (one transaction), and the colouring setting if given. */
    async apply(put: WordRecord[], remove: string[], colouring?: boolean): Promise<void> {
      await words.apply(put, remove);
      if (typeof colouring === 'boolean') {
        const settings = await words.settings();
        await words.saveSettings({ ...settings, colouring });
      }
      announce({
        put: put.map((record) => record.id),
        removed: remove,
        settings: typeof colouring === 'boolean',
      });
    },
  };
}
