/**
 * Tokenizer for one Indonesian segment, and the grouping of its tokens into study targets.
 *
 * `Intl.Segmenter('id', { granularity: 'word' })` does most of the work, but it splits what
 * Indonesian writes as one word: hyphenated reduplication (`anak-anak` comes back as `anak`,
 * `-`, `anak`), ordinals and codes (`ke-70`, `COVID-19`) and abbreviations with a period
 * (`Dr.`, `A.S.`). {@link tokenize} repairs those and classifies every piece, so that the
 * tokens cover the segment exactly and the UI can render it losslessly.
 */

/** What a token is. Only `word` tokens are study targets. */
export type TokenKind = 'word' | 'number' | 'punct' | 'space';

/** One token of a segment; `start`/`end` are UTF-16 offsets into the segment string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * One study target: a word, or a multi-word expression found in the lexicon (`ibu kota`,
 * `Korea Utara`). `tokens` are the indices of its word tokens in the token list.
 */
export interface StudyTarget {
  /** The surface text exactly as in the segment (`text.slice(start, end)`). */
  text: string;
  /** The lexicon key: {@link normalizeKey} of `text`. */
  key: string;
  start: number;
  end: number;
  tokens: number[];
}

/** The hyphen and its Unicode look-alikes used inside words (not the en or em dash). */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * Abbreviations written with a final period. Case matters: `No.` is an abbreviation, while a
 * sentence ending in a lower-case word is not. Dotted abbreviations (`A.S.`, `s.d.`) and
 * initials before a name (`M. Hatta`) are recognised by shape, not listed.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles and ranks
  'Dr',
  'Drs',
  'Dra',
  'Prof',
  'Ir',
  'Hj',
  'Tn',
  'Ny',
  'Nn',
  'Sdr',
  'Sdri',
  'Bpk',
  'Kol',
  'Jend',
  'Letjen',
  'Mayjen',
  'Brigjen',
  'Kapt',
  'Yth',
  // Addresses and references
  'Jl',
  'Jln',
  'No',
  'Kec',
  'Kab',
  'Kel',
  'Prov',
  'Hlm',
  'Tel',
  'Telp',
  // Lower-case abbreviations of running text
  'dll',
  'dsb',
  'dst',
  'dkk',
  'tsb',
  'yth',
  'hlm',
  'no',
  'tgl',
]);

/** `A.S`, `U.N`, `s.d`: letters separated by periods (the segmenter leaves off the last one). */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const HAS_DIGIT = /\p{N}/u;
const SPACE = /^\s+$/u;
const UPPER_INITIAL = /^\p{Lu}$/u;
const UPPER_START = /^\s+\p{Lu}/u;

const segmenter = new Intl.Segmenter('id', { granularity: 'word' });

function classify(text: string, isWordLike: boolean | undefined): TokenKind {
  if (isWordLike) return HAS_DIGIT.test(text) ? 'number' : 'word';
  return SPACE.test(text) ? 'space' : 'punct';
}

const isLexical = (token: Token | undefined): token is Token =>
  token !== undefined && (token.kind === 'word' || token.kind === 'number');

function merge(parts: Token[], source: string): Token {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) throw new Error('merge() needs at least one token');
  const text = source.slice(first.start, last.end);
  return {
    text,
    start: first.start,
    end: last.end,
    kind: HAS_DIGIT.test(text) ? 'number' : 'word',
  };
}

/** Does the word before a period read as an abbreviation (so the period belongs to it)? */
function takesPeriod(word: Token, rest: string): boolean {
  if (word.kind !== 'word') return false;
  if (ABBREVIATIONS.has(word.text) || DOTTED.test(word.text)) return true;
  // An initial before a capitalised word: `M. Hatta`, `H. Agus Salim`.
  return UPPER_INITIAL.test(word.text) && UPPER_START.test(rest);
}

/**
 * Splits one Indonesian segment into tokens that cover it completely, in order:
 * `tokens.map((t) => t.text).join('') === segment`.
 *
 * - Words joined by a hyphen with no space are one token: reduplication (`anak-anak`,
 *   `sebaik-baiknya`, `tolong-menolong`, `kupu-kupu`) and other hyphenated words (`se-Asia`).
 * - Anything containing a digit is a `number`, including ordinals and codes (`ke-70`,
 *   `COVID-19`, `G7`, `2023`, `3.000`).
 * - Abbreviations keep their period (`Dr.`, `No.`, `Jl.`, `A.S.`).
 * - Quotes, straight or curly, and all other punctuation are `punct`; runs of whitespace are
 *   `space`.
 */
export function tokenize(segment: string): Token[] {
  const raw: Token[] = [];
  for (const { segment: text, index, isWordLike } of segmenter.segment(segment)) {
    raw.push({ text, start: index, end: index + text.length, kind: classify(text, isWordLike) });
  }

  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i];
    if (!token) continue;
    if (!isLexical(token)) {
      out.push(token);
      continue;
    }
    // Hyphenated chain: word (- word)*, with nothing in between.
    const parts = [token];
    let j = i;
    for (;;) {
      const hyphen = raw[j + 1];
      const next = raw[j + 2];
      if (!hyphen || !HYPHENS.has(hyphen.text) || !isLexical(next)) break;
      parts.push(hyphen, next);
      j += 2;
    }
    let word = parts.length > 1 ? merge(parts, segment) : token;
    i = j;
    // A period that belongs to an abbreviation.
    const period = raw[i + 1];
    if (period?.text === '.' && takesPeriod(word, segment.slice(period.end))) {
      word = { ...word, text: word.text + '.', end: period.end };
      i += 1;
    }
    out.push(word);
  }
  return out;
}

/**
 * The lexicon key of a surface form: Unicode-normalised, lower-case, hyphen look-alikes and
 * curly apostrophes made plain, inner whitespace collapsed to one space.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('id')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Groups the word tokens of a segment into study targets. Runs of words separated only by
 * whitespace that form a key of `expressions` (normalised multi-word keys, e.g.
 * `"korea utara"`) become one target, longest match first, scanning left to right; every
 * other word is a target of its own. Numbers, punctuation and spaces are never targets, and an
 * expression never spans punctuation (`Hari “Kemenangan”` is two targets).
 */
export function studyTargets(tokens: Token[], expressions: ReadonlySet<string>): StudyTarget[] {
  let maxWords = 1;
  for (const key of expressions) maxWords = Math.max(maxWords, key.split(' ').length);

  const targets: StudyTarget[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (first?.kind !== 'word') continue;
    // The longest run of words from here (word, space, word...) that the lexicon knows.
    const run = [i];
    const keys = [normalizeKey(first.text)];
    let chosen = [i];
    for (let j = i; run.length < maxWords; j += 2) {
      const gap = tokens[j + 1];
      const next = tokens[j + 2];
      if (gap?.kind !== 'space' || next?.kind !== 'word') break;
      run.push(j + 2);
      keys.push(normalizeKey(next.text));
      if (expressions.has(keys.join(' '))) chosen = [...run];
    }
    const lastIndex = chosen[chosen.length - 1] ?? i;
    const last = tokens[lastIndex] ?? first;
    const text = tokens
      .slice(i, lastIndex + 1)
      .map((token) => token.text)
      .join('');
    targets.push({
      text,
      key: normalizeKey(text),
      start: first.start,
      end: last.end,
      tokens: chosen,
    });
    i = lastIndex;
  }
  return targets;
}
