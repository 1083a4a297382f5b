/**
 * From an uploaded file or a pasted text to plain text, or a typed error the import page
 * turns into a message next to the field. Nothing here renders anything: HTML is parsed
 * into an inert document and only its text is kept.
 */

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file or a pasted text cannot be used. */
export type ImportErrorCode =
  /** Nothing but whitespace. */
  | 'empty'
  /** Larger than MAX_FILE_BYTES (checked before reading). */
  | 'too-large'
  /** NUL bytes or many control characters: not a text file. */
  | 'binary'
  /** Neither valid UTF-8 nor UTF-16 with a byte-order mark. */
  | 'not-utf8'
  /** The browser could not read the file. */
  | 'read-failed';

export type TextFormat = 'txt' | 'md' | 'srt' | 'vtt' | 'html';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type ReadResult =
  | { ok: true; text: string; format: TextFormat; encoding: TextEncoding }
  | { ok: false; error: ImportErrorCode };

/** What readTextFile needs of a File. */
export interface FileLike {
  name: string;
  size: number;
  type?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The format a file name (or MIME type) says; plain text when it says nothing known. */
export function formatOf(name: string, type = ''): TextFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (extension === 'md' || extension === 'markdown' || type === 'text/markdown') return 'md';
  if (extension === 'srt' || type === 'application/x-subrip') return 'srt';
  if (extension === 'vtt' || type === 'text/vtt') return 'vtt';
  if (extension === 'html' || extension === 'htm' || type === 'text/html') return 'html';
  return 'txt';
}

// ---------------------------------------------------------------- bytes to text

/** C0 control characters other than tab, line feed, form feed and carriage return, and DEL. */
function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127;
}

function countControls(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) if (isControl(text.charCodeAt(k))) count++;
  return count;
}

function dropControls(text: string): string {
  let out = '';
  for (const ch of text) if (!isControl(ch.charCodeAt(0))) out += ch;
  return out;
}

/**
 * Decodes a file's bytes: UTF-16 LE or BE when it starts with that byte-order mark, else
 * strict UTF-8 (a UTF-8 byte-order mark is dropped). NUL bytes or more than a few control
 * characters in a hundred mean a binary file.
 */
export function decodeBytes(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: TextEncoding } | { ok: false; error: ImportErrorCode } {
  let encoding: TextEncoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    start = 2;
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
  }
  if (encoding === 'utf-8' && bytes.includes(0)) return { ok: false, error: 'binary' };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(start),
    );
  } catch {
    return { ok: false, error: 'not-utf8' };
  }
  if (text.includes('\u0000')) return { ok: false, error: 'binary' };
  const controls = countControls(text);
  if (controls > text.length * 0.01) return { ok: false, error: 'binary' };
  return { ok: true, text: controls ? dropControls(text) : text, encoding };
}

// ---------------------------------------------------------------- formats

const TIMING =
  /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

function seconds(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/**
 * The spoken text of SubRip (.srt) or WebVTT (.vtt) subtitles: cue numbers, timings,
 * the WEBVTT header, NOTE and STYLE blocks and markup tags go; a cue's lines are joined.
 * A pause of two seconds or more after a cue that ends a sentence starts a new paragraph.
 */
export function textFromSubtitles(text: string): string {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const paragraphs: string[][] = [[]];
  let lastEnd = -1;
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const timingAt = lines.findIndex((l) => TIMING.test(l));
    if (timingAt < 0) continue;
    const timing = TIMING.exec(lines[timingAt] ?? '');
    const cue = lines
      .slice(timingAt + 1)
      .map((l) =>
        l
          .replace(/<[^>]*>/g, '')
          .replace(/\{\\[^}]*\}/g, '')
          .trim(),
      )
      .filter((l) => l !== '')
      .join(' ');
    if (cue === '') continue;
    const begin = timing ? seconds(timing[1] ?? '0') : 0;
    const current = paragraphs[paragraphs.length - 1] ?? [];
    const previous = current[current.length - 1];
    if (
      previous !== undefined &&
      lastEnd >= 0 &&
      begin - lastEnd >= 2 &&
      /[.!?…]["'”’]?$/.test(previous)
    ) {
      paragraphs.push([cue]);
    } else {
      current.push(cue);
    }
    lastEnd = timing ? seconds(timing[2] ?? '0') : lastEnd;
  }
  return paragraphs
    .map((p) => p.join(' '))
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * The text of Markdown: headings, emphasis, code marks, list and quote markers, rules
 * and HTML tags go; links keep their text, images go entirely; every heading, list item
 * and quote stays on its own line so the splitter keeps them apart.
 */
export function textFromMarkdown(text: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    let line = raw;
    if (!inFence) {
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
        out.push('');
        continue;
      }
      const heading = /^\s{0,3}#{1,6}\s+/.test(line);
      line = line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s*(>\s?)+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\p{L}\p{N}])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/~~(.+?)~~/g, '$1');
      if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue;
      if (heading) {
        out.push('', line, '');
        continue;
      }
    }
    out.push(line);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Anything that turns HTML into a document without running or loading it. */
export type HtmlParser = (html: string) => Document;

const defaultParser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, math, head';
const BLOCKS = new Set(
  (
    'address article aside blockquote br dd details div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table ' +
    'tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * The text of an HTML document or fragment. It is parsed (DOMParser documents are inert:
 * no script runs, no image loads) and never rendered; scripts, styles and the like are
 * dropped, and block elements become paragraph breaks.
 */
export function textFromHtml(html: string, parse: HtmlParser = defaultParser): string {
  const doc = parse(html);
  doc.querySelectorAll(DROPPED).forEach((node) => node.remove());
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.has((node as Element).localName);
    if (block) parts.push('\n\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  walk(doc.body ?? doc.documentElement);
  return parts
    .join('')
    .split(/\n\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Whether a pasted text is HTML markup rather than prose (so its text is taken). */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  const tags = text.match(
    /<\/?(p|div|span|br|a|b|i|em|strong|h[1-6]|li|ul|ol|table|body|script|style)\b[^>]*>/gi,
  );
  return (tags?.length ?? 0) >= 2;
}

function convert(text: string, format: TextFormat, parse: HtmlParser): string {
  switch (format) {
    case 'md':
      return textFromMarkdown(text);
    case 'srt':
    case 'vtt':
      return textFromSubtitles(text);
    case 'html':
      return textFromHtml(text, parse);
    default:
      return text;
  }
}

export interface ReadOptions {
  maxBytes?: number;
  parseHtml?: HtmlParser;
}

/**
 * Reads an uploaded file as text. The size is checked before anything is read, so a huge
 * file is refused at once; the bytes are decoded strictly; the format (by extension) is
 * turned into plain text; a file with no text left is `empty`.
 */
export async function readTextFile(file: FileLike, options: ReadOptions = {}): Promise<ReadResult> {
  const { maxBytes = MAX_FILE_BYTES, parseHtml = defaultParser } = options;
  if (file.size > maxBytes) return { ok: false, error: 'too-large' };
  if (file.size === 0) return { ok: false, error: 'empty' };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, error: 'read-failed' };
  }
  const decoded = decodeBytes(new Uint8Array(buffer));
  if (!decoded.ok) return decoded;
  const format = formatOf(file.name, file.type);
  const text = convert(decoded.text, format, parseHtml);
  if (text.trim() === '') return { ok: false, error: 'empty' };
  return { ok: true, text, format, encoding: decoded.encoding };
}

/**
 * A pasted text made ready for splitting: pasted HTML is reduced to its text, and an
 * empty or whitespace-only text is an error. The field itself is never changed.
 */
export function preparePastedText(
  text: string,
  parse: HtmlParser = defaultParser,
): { ok: true; text: string; wasHtml: boolean } | { ok: false; error: 'empty' } {
  const wasHtml = looksLikeHtml(text);
  const plain = wasHtml ? textFromHtml(text, parse) : text;
  if (plain.trim() === '') return { ok: false, error: 'empty' };
  return { ok: true, text: plain, wasHtml };
}

// ---------------------------------------------------------------- language and length

const FUNCTION_WORDS = {
  id: new Set(
    (
      'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada adalah ' +
      'saya kami kita mereka sudah bisa atau oleh telah sebagai bahwa tersebut dia ia lebih ' +
      'belum sangat seperti hanya namun tetapi jika saat'
    ).split(' '),
  ),
  en: new Set(
    (
      'the and of to is in that it was for with as he she on are this be at by not have ' +
      'you they from his her had has were which but an their will would there been what'
    ).split(' '),
  ),
};

/** How much of a long text the language guess reads: this many characters from each of
 * its start, middle and end (a book's worth of words would cost a long task, and a few
 * thousand words already tell the languages apart). */
const LANGUAGE_SAMPLE = 8000;

/** The start, middle and end of a long text; a short one whole. */
function languageSample(text: string): string {
  if (text.length <= 3 * LANGUAGE_SAMPLE) return text;
  const middle = Math.floor((text.length - LANGUAGE_SAMPLE) / 2);
  return [
    text.slice(0, LANGUAGE_SAMPLE),
    text.slice(middle, middle + LANGUAGE_SAMPLE),
    text.slice(-LANGUAGE_SAMPLE),
  ].join(' ');
}

/**
 * Which of the two languages a text is in, from how many of its words are frequent
 * function words of each; `unknown` for short texts or when neither stands out.
 */
export function guessLanguage(text: string): 'id' | 'en' | 'unknown' {
  const words =
    languageSample(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return 'unknown';
  let id = 0;
  let en = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.id.has(w)) id++;
    if (FUNCTION_WORDS.en.has(w)) en++;
  }
  const share = Math.max(id, en) / words.length;
  if (share < 0.05) return 'unknown';
  if (id >= 2 * en) return 'id';
  if (en >= 2 * id) return 'en';
  return 'unknown';
}

/** The language a field expects and the one its text seems to be in, when they differ. */
export function languageMismatch(
  text: string,
  expected: 'id' | 'en',
): { expected: 'id' | 'en'; found: 'id' | 'en' } | null {
  const found = guessLanguage(text);
  return found !== 'unknown' && found !== expected ? { expected, found } : null;
}

/** A translation this many times longer or shorter than its original is worth a warning. */
export const LENGTH_RATIO_LIMIT = 2;

/**
 * A warning when the translation is much longer or shorter than the original (counted in
 * non-space characters; English runs about as long as Indonesian). Alignment is still
 * allowed: the learner may have pasted only part of one side on purpose.
 */
export function lengthRatioWarning(
  original: string,
  translation: string,
): { ratio: number; longer: 'original' | 'translation' } | null {
  const a = original.replace(/\s/g, '').length;
  const b = translation.replace(/\s/g, '').length;
  if (a === 0 || b === 0) return null;
  const ratio = b / a;
  if (ratio > LENGTH_RATIO_LIMIT) return { ratio, longer: 'translation' };
  if (ratio < 1 / LENGTH_RATIO_LIMIT) return { ratio, longer: 'original' };
  return null;
}
