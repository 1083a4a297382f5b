/**
 * The sanding-text file: one JSON document per text, for export, import and the bench.
 *
 * ```json
 * { "format": "sanding-text", "version": 1, "title": "…", "translatedTitle": "…",
 *   "original":    { "lang": "id", "blocks": [{ "key": "p1", "kind": "paragraph", "segments": ["…"] }] },
 *   "translation": { "lang": "en", "blocks": [{ "key": "p1", "kind": "paragraph", "segments": ["…"] }] } }
 * ```
 *
 * `parseTextFile` never throws: it returns the text or the first problem, named precisely
 * enough for a learner to fix the file (`describeProblem` words it in English; the library
 * words it in the UI language from the same fields).
 */
import { isRecord } from '../isRecord';
import {
  BLOCK_KINDS,
  TEXT_SIDES,
  isBlockKind,
  type Block,
  type Text,
  type TextSide,
} from './types';

export const TEXT_FILE_FORMAT = 'sanding-text';
export const TEXT_FILE_VERSION = 1;
/** Larger files are refused before parsing (a long novel is about 1 MB of text a side). */
export const MAX_TEXT_FILE_BYTES = 8 * 1024 * 1024;
/** The id of a text: lower-case letters, digits and hyphens (it is part of a URL). */
export const TEXT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** What can be wrong with a file. */
export type TextFileProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-object'
  | 'wrong-format'
  | 'wrong-version'
  | 'no-title'
  | 'no-original'
  | 'bad-language'
  | 'bad-blocks'
  | 'bad-block'
  | 'bad-kind'
  | 'duplicate-key'
  | 'empty'
  | 'unpaired'
  | 'segment-count'
  | 'kind-mismatch'
  | 'double-gap';

/** One problem, with what it is about. */
export interface TextFileProblem {
  code: TextFileProblemCode;
  /** Which side: `original` or `translation`. */
  side?: 'original' | 'translation';
  /** The block key concerned. */
  key?: string;
  /** A value worth quoting: the wrong version, kind or language, a position, counts. */
  detail?: string;
}

export type ParseResult = { ok: true; text: Text } | { ok: false; problem: TextFileProblem };

/** The problem in plain English (for tests, scripts and logs; the UI translates the code). */
export function describeProblem(problem: TextFileProblem): string {
  const { side = 'original', key = '', detail = '' } = problem;
  switch (problem.code) {
    case 'too-large':
      return `The file is too large (${detail}; at most ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB).`;
    case 'not-json':
      return `The file is not valid JSON (${detail}).`;
    case 'not-object':
      return 'The file does not hold a JSON object.';
    case 'wrong-format':
      return `This is not a sanding-text file ("format" is ${detail}).`;
    case 'wrong-version':
      return `This sanding-text file is version ${detail}; this app reads version ${TEXT_FILE_VERSION}.`;
    case 'no-title':
      return 'The text has no title.';
    case 'no-original':
      return 'The file has no "original" with blocks.';
    case 'bad-language':
      return `The ${side}'s language is ${detail}; it must be "${TEXT_SIDES[side]}".`;
    case 'bad-blocks':
      return `The ${side}'s "blocks" is not a list.`;
    case 'bad-block':
      return `Block ${detail} of the ${side} needs a "key" and a list of text "segments".`;
    case 'bad-kind':
      return `Block "${key}" of the ${side} has an unknown kind ${detail} (known: ${BLOCK_KINDS.join(', ')}).`;
    case 'duplicate-key':
      return `Two blocks of the ${side} have the key "${key}".`;
    case 'empty':
      return 'The text is empty.';
    case 'unpaired':
      return `Block "${key}" is in the ${side} only: the blocks do not pair.`;
    case 'segment-count':
      return `Block "${key}" has ${detail} segments: the two sides must have as many.`;
    case 'kind-mismatch':
      return `Block "${key}" is a different kind in the original and the translation (${detail}).`;
    case 'double-gap':
      return `Segment ${detail} of block "${key}" is empty on both sides.`;
  }
}

type Fail = { ok: false; problem: TextFileProblem };
const fail = (problem: TextFileProblem): Fail => ({ ok: false, problem });

function readSide(
  value: unknown,
  side: 'original' | 'translation',
): { ok: true; side: TextSide } | Fail {
  if (!isRecord(value))
    return fail({ code: side === 'original' ? 'no-original' : 'bad-blocks', side });
  if (value.lang !== TEXT_SIDES[side]) {
    return fail({ code: 'bad-language', side, detail: JSON.stringify(value.lang ?? null) });
  }
  if (!Array.isArray(value.blocks)) {
    return fail({ code: side === 'original' ? 'no-original' : 'bad-blocks', side });
  }
  const blocks: Block[] = [];
  const seen = new Set<string>();
  for (const [index, item] of value.blocks.entries()) {
    const position = String(index + 1);
    if (
      !isRecord(item) ||
      typeof item.key !== 'string' ||
      !/^[\w-]{1,64}$/.test(item.key) ||
      !Array.isArray(item.segments) ||
      item.segments.length === 0 ||
      !item.segments.every((s) => typeof s === 'string')
    ) {
      return fail({ code: 'bad-block', side, detail: position });
    }
    if (!isBlockKind(item.kind)) {
      return fail({
        code: 'bad-kind',
        side,
        key: item.key,
        detail: JSON.stringify(item.kind ?? null),
      });
    }
    if (seen.has(item.key)) return fail({ code: 'duplicate-key', side, key: item.key });
    seen.add(item.key);
    // White space alone is no sentence: it counts as a deliberate gap.
    const segments = (item.segments as string[]).map((s) => s.trim());
    blocks.push({ key: item.key, kind: item.kind, segments });
  }
  return { ok: true, side: { lang: TEXT_SIDES[side], blocks } };
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Checks an already parsed document and returns the text it holds. The id is the file's own
 * when it is a valid one, else `fallbackId` (the library gives a fresh one on import anyway).
 */
export function validateTextFile(data: unknown, fallbackId = 'text'): ParseResult {
  if (!isRecord(data)) return fail({ code: 'not-object' });
  if (data.format !== TEXT_FILE_FORMAT) {
    return fail({ code: 'wrong-format', detail: JSON.stringify(data.format ?? null) });
  }
  if (data.version !== TEXT_FILE_VERSION) {
    return fail({ code: 'wrong-version', detail: JSON.stringify(data.version ?? null) });
  }
  const title = optionalText(data.title);
  if (!title) return fail({ code: 'no-title' });
  const original = readSide(data.original, 'original');
  if (!original.ok) return original;
  let translation: TextSide | undefined;
  if (data.translation !== undefined && data.translation !== null) {
    const read = readSide(data.translation, 'translation');
    if (!read.ok) return read;
    translation = read.side;
  }
  const blocks = original.side.blocks;
  if (!blocks.some((block) => block.segments.some((s) => s !== ''))) return fail({ code: 'empty' });

  if (translation) {
    const other = new Map(translation.blocks.map((block) => [block.key, block]));
    for (const block of blocks) {
      const pair = other.get(block.key);
      if (!pair) return fail({ code: 'unpaired', side: 'original', key: block.key });
      if (pair.kind !== block.kind) {
        return fail({
          code: 'kind-mismatch',
          key: block.key,
          detail: `${block.kind}, ${pair.kind}`,
        });
      }
      if (pair.segments.length !== block.segments.length) {
        return fail({
          code: 'segment-count',
          key: block.key,
          detail: `${block.segments.length} and ${pair.segments.length}`,
        });
      }
      const both = block.segments.findIndex((s, i) => s === '' && pair.segments[i] === '');
      if (both >= 0) return fail({ code: 'double-gap', key: block.key, detail: String(both + 1) });
    }
    const keys = new Set(blocks.map((block) => block.key));
    const extra = translation.blocks.find((block) => !keys.has(block.key));
    if (extra) return fail({ code: 'unpaired', side: 'translation', key: extra.key });
  }

  const text: Text = {
    id: typeof data.id === 'string' && TEXT_ID_PATTERN.test(data.id) ? data.id : fallbackId,
    title,
    original: original.side,
  };
  const translatedTitle = optionalText(data.translatedTitle);
  if (translatedTitle) text.translatedTitle = translatedTitle;
  if (translation) text.translation = translation;
  for (const field of ['source', 'date', 'notes'] as const) {
    const value = optionalText(data[field]);
    if (value) text[field] = value;
  }
  return { ok: true, text };
}

/** Parses a file's content (`size` in bytes, when known before reading it). */
export function parseTextFile(content: string, fallbackId?: string): ParseResult {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > MAX_TEXT_FILE_BYTES) {
    return fail({ code: 'too-large', detail: `${(bytes / 1024 / 1024).toFixed(1)} MB` });
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return fail({
      code: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return validateTextFile(data, fallbackId);
}

/** The file's JSON for a text (fields in a stable order, two-space indented). */
export function serializeTextFile(text: Text): string {
  const file: Record<string, unknown> = {
    format: TEXT_FILE_FORMAT,
    version: TEXT_FILE_VERSION,
    id: text.id,
    title: text.title,
  };
  if (text.translatedTitle) file.translatedTitle = text.translatedTitle;
  if (text.source) file.source = text.source;
  if (text.date) file.date = text.date;
  if (text.notes) file.notes = text.notes;
  file.original = text.original;
  if (text.translation) file.translation = text.translation;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for a text's export: `<id>.sanding-text.json`. */
export function textFileName(text: Pick<Text, 'id'>): string {
  return `${text.id}.sanding-text.json`;
}
