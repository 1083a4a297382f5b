/**
 * What a backup needs of the word list, as the one doorway the app goes through: read every
 * record with the settings, check a record from a file with the word list's own rules, and
 * write a restore back (inside the app's one transaction with the texts), then tell every
 * open word list (this page's and other tabs') which roots changed.
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
    /**
     * Writes `put`, removes `remove`, and the colouring setting if given. Joins a transaction
     * the caller has open (the app's restore writes the texts in the same one); call
     * {@link announce} once that has committed.
     */
    async write(put: WordRecord[], remove: string[], colouring?: boolean): Promise<void> {
      await words.apply(put, remove);
      if (typeof colouring === 'boolean') {
        const settings = await words.settings();
        await words.saveSettings({ ...settings, colouring });
      }
    },
    /** Tells every open word list (this page's and other tabs') what a write changed. */
    announce(put: WordRecord[], remove: string[], colouring?: boolean): void {
      announce({
        put: put.map((record) => record.id),
        removed: remove,
        settings: typeof colouring === 'boolean',
      });
    },
  };
}
