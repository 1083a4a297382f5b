/**
 * What the library needs to back up and restore, handed to it by the app layer (gathering
 * needs the texts and the word list, which belong to different features).
 */
import type { Backup, BackupParse, CurrentData, RestorePlan } from './backupFile';

export interface BackupService {
  /** Gathers everything into a backup (rejects when storage fails). */
  create(): Promise<Backup>;
  /** Parses and validates a file's content with the word list's own record check. */
  read(content: string): BackupParse;
  /** What is here now, for planning a restore. */
  current(): Promise<CurrentData>;
  /** Writes a plan: all of the texts and words, or (on a failure, which rejects) none. */
  restore(backup: Backup, plan: RestorePlan): Promise<void>;
}
