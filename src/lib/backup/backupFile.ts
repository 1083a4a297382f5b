/**
 * The sanding-backup file: everything the learner has made in one JSON document (their
 * texts with reading state, the word list with review history and its settings, the
 * preferences). Pure: building, parsing, validating and planning a restore; the app layer
 * gathers the data and writes it back (texts and words belong to different features).
 *
 * Parsing never throws: it returns the backup or the first problem, with where it is.
 */
import { isRecord } from '../isRecord';
import { isSegmentId } from '../text/addresses';
import { validateTextFile, type TextFileProblem } from '../text/textFile';
import type { Text } from '../text/types';

export const BACKUP_FORMAT = 'sanding-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing (a library of novels fits in far less). */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/** The reading state of one text, as the backup keeps it. */
export interface BackupTextState {
  cursor: string | null;
  progress: number;
  view?: string;
  openedAt: string | null;
}

/** One of the learner's texts and how far they read it. */
export interface BackupText {
  text: Text;
  state: BackupTextState;
}

/**
 * A word-list record as the backup carries it. The word feature owns its shape; this module
 * only needs its key and its date of last change (for merging), and the app layer passes
 * the feature's own check to {@link parseBackup}.
 */
export interface BackupWord {
  id: string;
  updated: string;
  [field: string]: unknown;
}

/** The whole backup. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  texts: BackupText[];
  words: { records: BackupWord[]; settings: Record<string, unknown> | null };
  /** The stored preferences objects as they were (each validated again when applied). */
  preferences: { display: Record<string, unknown> | null; listen: Record<string, unknown> | null };
}

export type BackupProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-object'
  | 'wrong-format'
  | 'wrong-version'
  | 'bad-date'
  | 'bad-texts'
  | 'bad-text'
  | 'duplicate-text'
  | 'bad-state'
  | 'bad-words'
  | 'bad-record'
  | 'duplicate-record'
  | 'bad-settings'
  | 'bad-preferences';

/** What is wrong with a backup, and where: the text or record number (1-based), a detail. */
export interface BackupProblem {
  code: BackupProblemCode;
  /** 1-based position of the text or record concerned. */
  index?: number;
  /** The field, value or inner problem worth quoting. */
  detail?: string;
  /** For `bad-text`: the text file's own problem. */
  textProblem?: TextFileProblem;
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** The word feature's check of one record: the cleaned record, or the field that is wrong. */
export type WordCheck = (
  value: unknown,
) => { ok: true; record: BackupWord } | { ok: false; field: string; value: string };

/** Without the feature's check, a record needs at least its key and a date. */
export const minimalWordCheck: WordCheck = (value) => {
  if (!isRecord(value)) return { ok: false, field: '', value: shown(value) };
  if (typeof value.id !== 'string' || value.id === '')
    return { ok: false, field: 'id', value: shown(value.id) };
  if (typeof value.updated !== 'string' || Number.isNaN(Date.parse(value.updated)))
    return { ok: false, field: 'updated', value: shown(value.updated) };
  return { ok: true, record: value as BackupWord };
};

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));
const fail = (problem: BackupProblem): BackupParse => ({ ok: false, problem });

/** The backup document for what was gathered (texts and words in a stable order). */
export function buildBackup(
  parts: Omit<Backup, 'format' | 'version' | 'createdAt'>,
  now: Date,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    texts: parts.texts,
    words: parts.words,
    preferences: parts.preferences,
  };
}

/** The file's JSON (texts in the sanding-text shape, so each one could be read alone). */
export function serializeBackup(backup: Backup): string {
  const document = {
    ...backup,
    texts: backup.texts.map(({ text, state }) => ({
      text: { format: 'sanding-text', version: 1, ...text },
      state,
    })),
  };
  return `${JSON.stringify(document)}\n`;
}

/** A file name: `sanding-backup-2026-11-29.json`. */
export function backupFileName(backup: Pick<Backup, 'createdAt'>): string {
  return `sanding-backup-${backup.createdAt.slice(0, 10)}.json`;
}

function readState(value: unknown): BackupTextState | null {
  if (!isRecord(value)) return null;
  const { cursor, progress, view, openedAt } = value;
  if (cursor !== null && !isSegmentId(cursor)) return null;
  if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) return null;
  if (openedAt !== null && !isDate(openedAt)) return null;
  if (view !== undefined && typeof view !== 'string') return null;
  const state: BackupTextState = { cursor, progress, openedAt };
  if (typeof view === 'string') state.view = view;
  return state;
}

const objectOrNull = (value: unknown): value is Record<string, unknown> | null =>
  value === null || isRecord(value);

/** Checks a parsed document; `checkWord` is the word feature's record check. */
export function validateBackup(
  data: unknown,
  checkWord: WordCheck = minimalWordCheck,
): BackupParse {
  if (!isRecord(data)) return fail({ code: 'not-object' });
  if (data.format !== BACKUP_FORMAT)
    return fail({ code: 'wrong-format', detail: shown(data.format) });
  if (data.version !== BACKUP_VERSION)
    return fail({ code: 'wrong-version', detail: shown(data.version) });
  if (!isDate(data.createdAt)) return fail({ code: 'bad-date', detail: shown(data.createdAt) });

  if (!Array.isArray(data.texts)) return fail({ code: 'bad-texts' });
  const texts: BackupText[] = [];
  const textIds = new Set<string>();
  for (const [position, item] of data.texts.entries()) {
    const index = position + 1;
    if (!isRecord(item)) return fail({ code: 'bad-text', index });
    const parsed = validateTextFile(item.text, '');
    if (!parsed.ok) return fail({ code: 'bad-text', index, textProblem: parsed.problem });
    // Every text of a library has its own valid id; a backup text without one is damaged.
    if (!parsed.text.id) return fail({ code: 'bad-text', index, detail: 'id' });
    if (textIds.has(parsed.text.id))
      return fail({ code: 'duplicate-text', index, detail: parsed.text.id });
    textIds.add(parsed.text.id);
    const state = readState(item.state);
    if (!state) return fail({ code: 'bad-state', index, detail: parsed.text.title });
    texts.push({ text: parsed.text, state });
  }

  const words = data.words;
  if (!isRecord(words) || !Array.isArray(words.records)) return fail({ code: 'bad-words' });
  const records: BackupWord[] = [];
  const wordIds = new Set<string>();
  for (const [position, item] of words.records.entries()) {
    const index = position + 1;
    const checked = checkWord(item);
    if (!checked.ok) {
      return fail({
        code: 'bad-record',
        index,
        detail: checked.field ? `${checked.field}: ${checked.value}` : checked.value,
      });
    }
    if (wordIds.has(checked.record.id))
      return fail({ code: 'duplicate-record', index, detail: checked.record.id });
    wordIds.add(checked.record.id);
    records.push(checked.record);
  }
  if (!objectOrNull(words.settings)) return fail({ code: 'bad-settings' });

  const preferences = data.preferences;
  if (
    !isRecord(preferences) ||
    !objectOrNull(preferences.display) ||
    !objectOrNull(preferences.listen)
  )
    return fail({ code: 'bad-preferences' });

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: data.createdAt,
      texts,
      words: { records, settings: words.settings },
      preferences: { display: preferences.display, listen: preferences.listen },
    },
  };
}

/** Parses a backup file's content; never throws. */
export function parseBackup(content: string, checkWord?: WordCheck): BackupParse {
  if (content.length > MAX_BACKUP_BYTES) {
    return fail({ code: 'too-large', detail: `${(content.length / 1024 / 1024).toFixed(1)} MB` });
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return fail({ code: 'not-json' });
  }
  return validateBackup(data, checkWord);
}

/** What the learner has now, as far as planning a restore needs. */
export interface CurrentData {
  textIds: ReadonlySet<string>;
  /** The `updated` date of each root on the word list. */
  words: ReadonlyMap<string, string>;
}

export type RestoreMode = 'merge' | 'replace';

/** What a restore will write, and the counts the learner is told afterwards. */
export interface RestorePlan {
  mode: RestoreMode;
  /** Texts to write (merge: only those missing here). */
  texts: BackupText[];
  /** Word records to write (merge: new roots and roots the backup changed later). */
  words: BackupWord[];
  /** Replace only: whether settings and preferences are taken from the backup. */
  settings: boolean;
  counts: {
    textsAdded: number;
    textsKept: number;
    /** Replace: texts here that are removed. */
    textsRemoved: number;
    wordsAdded: number;
    wordsReplaced: number;
    wordsKept: number;
    wordsRemoved: number;
  };
}

const time = (value: string) => Date.parse(value) || 0;

/**
 * The plan of a restore. Merge keeps everything here: texts missing here are added, a root
 * is taken from the backup when it is missing here or the backup's copy was changed later
 * (the word list's own import rule), local settings stay. Replace makes this device what the
 * backup holds.
 */
export function planRestore(backup: Backup, current: CurrentData, mode: RestoreMode): RestorePlan {
  if (mode === 'replace') {
    const backupTexts = new Set(backup.texts.map(({ text }) => text.id));
    const backupWords = new Set(backup.words.records.map((record) => record.id));
    return {
      mode,
      texts: backup.texts,
      words: backup.words.records,
      settings: true,
      counts: {
        textsAdded: backup.texts.length,
        textsKept: 0,
        textsRemoved: [...current.textIds].filter((id) => !backupTexts.has(id)).length,
        wordsAdded: backup.words.records.length,
        wordsReplaced: 0,
        wordsKept: 0,
        wordsRemoved: [...current.words.keys()].filter((id) => !backupWords.has(id)).length,
      },
    };
  }
  const texts = backup.texts.filter(({ text }) => !current.textIds.has(text.id));
  const words: BackupWord[] = [];
  let wordsAdded = 0;
  let wordsReplaced = 0;
  for (const record of backup.words.records) {
    const here = current.words.get(record.id);
    if (here === undefined) wordsAdded += 1;
    else if (time(record.updated) > time(here)) wordsReplaced += 1;
    else continue;
    words.push(record);
  }
  return {
    mode,
    texts,
    words,
    settings: false,
    counts: {
      textsAdded: texts.length,
      textsKept: backup.texts.length - texts.length,
      textsRemoved: 0,
      wordsAdded,
      wordsReplaced,
      wordsKept: backup.words.records.length - words.length,
      wordsRemoved: 0,
    },
  };
}
