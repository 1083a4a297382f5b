/**
 * The word list in and out of the app: a tab-separated file for Anki, and JSON that can be
 * imported back. Pure functions; the panel does the downloading and the storing.
 *
 * Anki (2.1.55 and later) reads a text file's settings from header lines that start with `#`
 * (rslib/src/import_export/text/csv/metadata.rs): `#separator:tab` forces the tab separator
 * (it must come before `#columns`, which is split with it), `#html:true` makes Anki read
 * the fields as HTML (so we escape `&`, `<` and `>`, and can set the studied word in bold
 * inside its sentence), `#columns:` names the columns in
 * the import dialog, `#tags:` tags every note. Older versions skip `#` lines as comments. The
 * file is UTF-8 without a byte-order mark (a BOM would hide the first `#` from Anki). Fields
 * are parsed as CSV: a field containing a double quote is quoted, with the quote doubled;
 * tabs and line breaks inside a field are made spaces.
 */
import { checkRecord, shownValue as shown, type WordRecord } from '../store/records';
import { isRecord } from '../../../lib/isRecord';

/** The `format` of an exported word list. */
export const EXPORT_FORMAT = 'sanding-words';
export const EXPORT_VERSION = 1;

/** The exported JSON document. */
export interface WordListExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported: string;
  words: WordRecord[];
}

/** The column names of the Anki file, in order (English: they name Anki fields). */
export const ANKI_COLUMNS = [
  'Word',
  'Root and affixes',
  'Gloss',
  'Sentence',
  'Translation',
] as const;

/** Text made safe to read as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The context sentence with the studied form in bold (plain when the offsets are off). */
function ankiSentence(record: WordRecord): string {
  const { sentence, start, end, form } = record.context;
  if (sentence.slice(start, end) !== form || start === end) return escapeHtml(sentence);
  return `${escapeHtml(sentence.slice(0, start))}<b>${escapeHtml(form)}</b>${escapeHtml(sentence.slice(end))}`;
}

function ankiField(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ').trim();
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The gloss column: the form's meaning, and the root's when it says something else. */
function ankiGloss(record: WordRecord): string {
  if (!record.rootGloss || record.rootGloss === record.gloss) return record.gloss;
  return `${record.gloss} (${record.root}: ${record.rootGloss})`;
}

/**
 * The word list as a file Anki imports: header lines, then one note per record with the
 * word (the form met in context), root and affixes, gloss, context sentence, translation.
 * Ignored roots are left out (the learner said they are not worth studying).
 */
export function toAnkiTsv(records: readonly WordRecord[]): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    '#tags:sanding indonesian',
  ];
  for (const record of records) {
    if (record.status === 'ignored') continue;
    lines.push(
      [
        escapeHtml(record.context.form),
        escapeHtml(record.breakdown),
        escapeHtml(ankiGloss(record)),
        ankiSentence(record),
        escapeHtml(record.context.translation),
      ]
        .map(ankiField)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The word list as JSON that {@link parseWordListImport} reads back. */
export function toJsonExport(records: readonly WordRecord[], now: Date): string {
  const document: WordListExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    words: [...records],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * What is wrong with an import, for a message that names it: `code` says what kind of
 * problem, `field` where (`words[3].status`), `value` what was found there.
 */
export interface ImportProblem {
  code: 'notJson' | 'notWordList' | 'version' | 'field' | 'duplicate' | 'empty';
  field?: string;
  value?: string;
}

export type ImportResult =
  { ok: true; records: WordRecord[] } | { ok: false; problem: ImportProblem };

type Header = { ok: true; words: unknown[] } | { ok: false; problem: ImportProblem };

/** The document around the records: JSON, a Sanding word list, a known version, not empty. */
function readHeader(text: string): Header {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (!isRecord(value) || value.format !== EXPORT_FORMAT || !Array.isArray(value.words)) {
    return { ok: false, problem: { code: 'notWordList' } };
  }
  if (value.version !== EXPORT_VERSION) {
    return { ok: false, problem: { code: 'version', value: shown(value.version) } };
  }
  if (value.words.length === 0) return { ok: false, problem: { code: 'empty' } };
  return { ok: true, words: value.words };
}

/** Record `index` of the file, cleaned; or the problem with it. */
function readWord(
  item: unknown,
  index: number,
  seen: Set<string>,
): { ok: true; record: WordRecord } | { ok: false; problem: ImportProblem } {
  const checked = checkRecord(item);
  if (!checked.ok) {
    const field = checked.field ? `words[${index}].${checked.field}` : `words[${index}]`;
    return { ok: false, problem: { code: 'field', field, value: checked.value } };
  }
  const { record } = checked;
  if (seen.has(record.id)) {
    return {
      ok: false,
      problem: { code: 'duplicate', field: `words[${index}]`, value: record.root },
    };
  }
  seen.add(record.id);
  return { ok: true, record };
}

/**
 * Reads an exported word list, all or nothing: the first problem found is returned (and
 * nothing is imported), otherwise every record, cleaned of unknown fields. `onProgress`
 * hears `(done, total)` every `every` records (the import worker passes it on).
 */
export function parseWordListImport(
  text: string,
  onProgress?: (done: number, total: number) => void,
  every = 500,
): ImportResult {
  const header = readHeader(text);
  if (!header.ok) return header;
  const seen = new Set<string>();
  const records: WordRecord[] = [];
  const total = header.words.length;
  for (const [index, item] of header.words.entries()) {
    const word = readWord(item, index, seen);
    if (!word.ok) return word;
    records.push(word.record);
    if (onProgress && (index + 1) % every === 0 && index + 1 < total) onProgress(index + 1, total);
  }
  return { ok: true, records };
}

/** Lets the browser paint and handle input between chunks of work. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * {@link parseWordListImport} in chunks of `chunk` records, yielding to the browser between
 * them (a file of tens of thousands of roots would otherwise freeze the page for seconds),
 * with `onProgress(done, total)` after each chunk.
 */
export async function parseWordListImportInChunks(
  text: string,
  onProgress?: (done: number, total: number) => void,
  chunk = 500,
): Promise<ImportResult> {
  const header = readHeader(text);
  if (!header.ok) return header;
  const seen = new Set<string>();
  const records: WordRecord[] = [];
  const total = header.words.length;
  for (let index = 0; index < total; index++) {
    const word = readWord(header.words[index], index, seen);
    if (!word.ok) return word;
    records.push(word.record);
    if ((index + 1) % chunk === 0 && index + 1 < total) {
      onProgress?.(index + 1, total);
      await yieldToMain();
    }
  }
  return { ok: true, records };
}
