/**
 * Paragraphs and sentences of a pasted or uploaded text, for Indonesian and English.
 *
 * Sentences come from `Intl.Segmenter`, repaired where it is known to be wrong for these
 * two languages (docs/toolchain-notes): it ends a sentence after every abbreviation
 * (`Dr.`, `Jl.`, `U.S.`), after every initial (`B.J. Habibie`), and after `!"` or `?"`
 * even when a lowercase attribution follows (`"Malin, anakku!" serunya`). It also never
 * ends one after a Unicode ellipsis, though it does after three dots.
 *
 * Splitting never changes the text: joining the sentences of all paragraphs gives back
 * the input, up to whitespace (runs of whitespace become one space; line breaks inside a
 * paragraph are joined).
 */

export type SplitLanguage = 'id' | 'en';

/** A paragraph of the input and its sentences, in order. */
export interface SplitParagraph {
  sentences: string[];
}

// ---------------------------------------------------------------- abbreviations

/**
 * Abbreviations that stand before a name, a place or a number and so never end a
 * sentence in practice: the period after them is never a boundary when a word or a
 * number follows.
 */
const TITLE_ABBREVIATIONS = new Set(
  [
    // Indonesian
    'jl',
    'jln',
    'plt',
    'pj',
    'drg',
    'gg',
    'dr',
    'drs',
    'dra',
    'prof',
    'ir',
    'rp',
    'kab',
    'kec',
    'kel',
    'prov',
    'bpk',
    'sdr',
    'sdri',
    'yth',
    'kol',
    'brigjen',
    'mayjen',
    'letjen',
    'jend',
    'kapt',
    'tgl',
    'hlm',
    // English
    'mr',
    'mrs',
    'ms',
    'messrs',
    'sen',
    'rep',
    'gov',
    'gen',
    'col',
    'capt',
    'lt',
    'sgt',
    'rev',
    'hon',
    'mt',
    'ft',
    'vs',
    'cf',
    'approx',
    'fig',
    'vol',
    'pp',
  ].map((a) => a.toLowerCase()),
);

/**
 * Abbreviations that may also end a sentence (`… buah, sayur, dll.`): the period is not
 * a boundary when a lowercase word or a number follows, nor when a capitalised word
 * follows that is not a usual way to start a sentence.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set(
  [
    // Indonesian
    'dll',
    'dsb',
    'dst',
    'dkk',
    'sbb',
    'tsb',
    'spt',
    'a.n',
    'u.p',
    's.d',
    'd.a',
    'no',
    'tbk',
    's.h',
    's.e',
    's.pd',
    's.kom',
    's.sos',
    's.t',
    's.ip',
    'm.si',
    'm.sc',
    'm.h',
    'm.m',
    'm.pd',
    'm.a',
    'm.t',
    'm.kes',
    'ph.d',
    'a.s',
    'r.i',
    // English
    'etc',
    'st',
    'jr',
    'sr',
    'inc',
    'ltd',
    'co',
    'corp',
    'bros',
    'u.s',
    'u.n',
    'u.k',
    'e.u',
    'a.m',
    'p.m',
    'e.g',
    'i.e',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
    'dept',
    'est',
    'no',
    'nos',
    'op',
    'ed',
    'eds',
  ].map((a) => a.toLowerCase()),
);

/** Abbreviations that are only abbreviations before a number (`No. 5`, not `No. I won't.`). */
const NUMBER_ONLY_ABBREVIATIONS = new Set(['no', 'nos', 'op', 'vol', 'pp', 'fig']);

/**
 * Capitalised words that usually begin a sentence. After an ambiguous abbreviation, one
 * of these means the abbreviation ended the sentence; any other capitalised word (a name,
 * `President`) means it did not. The words are function words, so the list generalises.
 */
const SENTENCE_STARTERS: Record<SplitLanguage, ReadonlySet<string>> = {
  id: new Set(
    (
      'ini itu dia ia mereka kami kita saya aku engkau kau anda beliau namun tetapi tapi ' +
      'dan di ke dari pada dalam selain setelah sesudah sebelum saat ketika sementara hal ' +
      'semua para sebagian menurut kemudian lalu akan sedangkan meski meskipun walaupun ' +
      'karena jika bila apabila kalau oleh untuk yang tidak bahkan selama sejak hingga ' +
      'sampai adapun ada apa siapa bagaimana mengapa kenapa kapan di mana sekarang kini ' +
      'begitu maka oleh sebab jadi pun juga sebuah seorang seperti dengan tak belum sudah'
    ).split(' '),
  ),
  en: new Set(
    (
      'the a an it he she they we i you but and in on at this that these those there then ' +
      'so his her its their our my after before when while some many most according if ' +
      'as for of to by with what who why how where yet however also one no not all each ' +
      'every both now today here later meanwhile still even since until once'
    ).split(' '),
  ),
};

// ---------------------------------------------------------------- paragraphs

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Splits a text into paragraphs. Blank lines always separate paragraphs. Within a run of
 * lines, a line break is kept as a paragraph break only when the line ends a sentence and
 * the next does not start in lowercase, and the text is not visibly hard-wrapped: in a
 * text wrapped at a fixed width (most lines end near the same column) a line break is a
 * paragraph break only after a line that ends a sentence well short of that width.
 */
export function splitParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = normalised.split(/\n[ \t\u00a0]*\n/);
  const width = wrapWidth(normalised);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    let current = '';
    for (const [index, line] of lines.entries()) {
      if (index > 0 && current !== '') {
        const previous = lines[index - 1] ?? '';
        const endsSentence = SENTENCE_END.test(previous) && !STARTS_LOWER.test(line);
        const shortLine = width === null || previous.length < width * 0.75;
        if (endsSentence && shortLine) {
          paragraphs.push(current);
          current = '';
        }
      }
      current = current === '' ? line : `${current} ${line}`;
    }
    if (current !== '') paragraphs.push(collapse(current));
  }
  return paragraphs.map(collapse).filter((p) => p !== '');
}

/**
 * The column a text is hard-wrapped at, or null when it is not: at least 4 lines that are
 * followed by another line in the same block, most of them (80%) within 20% of the
 * longest, which is at most 120 columns.
 */
function wrapWidth(text: string): number | null {
  const lengths: number[] = [];
  for (const block of text.split(/\n[ \t\u00a0]*\n/)) {
    const lines = block.split('\n').map((l) => l.trim());
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line !== '' && (lines[i + 1] ?? '') !== '') lengths.push(line.length);
    }
  }
  if (lengths.length < 4) return null;
  const max = Math.max(...lengths);
  if (max > 120) return null;
  const near = lengths.filter((l) => l >= max * 0.8).length;
  return near >= lengths.length * 0.8 ? max : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------- sentences

const segmenters = new Map<SplitLanguage, Intl.Segmenter>();

function segmenter(lang: SplitLanguage): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** The last word of a piece, with its inner periods, without the final period: `U.S`. */
const LAST_TOKEN = /(?:^|[\s(["'“‘])([\p{L}\p{N}][\p{L}\p{N}.]*)\.["'”’)\]]*$/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const FIRST_WORD = /^["'“‘([]*([\p{L}\p{N}]+)/u;

/**
 * Whether the boundary between `before` and `after` (both trimmed, non-empty) is not a
 * sentence boundary after all.
 */
function isFalseBoundary(before: string, after: string, lang: SplitLanguage): boolean {
  // A sentence never starts in lowercase: `"Who are you?" she asked.`, `tunggu... lalu`.
  if (STARTS_LOWER.test(after)) return true;
  const firstWord = FIRST_WORD.exec(after)?.[1] ?? '';
  const startsWithNumber = /^\p{N}/u.test(firstWord);
  const startsCapital = /^\p{Lu}/u.test(firstWord);
  if (!before.endsWith('.') || before.endsWith('..')) return false;
  const token = LAST_TOKEN.exec(before)?.[1];
  if (token === undefined) return false;
  const key = token.toLowerCase();
  if (NUMBER_ONLY_ABBREVIATIONS.has(key)) return startsWithNumber;
  if (TITLE_ABBREVIATIONS.has(key)) return startsWithNumber || startsCapital;
  // A title after the period (`… in the U.S. Dr. Putri …`) begins a new sentence.
  // So does a bracket (`… 3 p.m. (Reporting by …)`).
  const starter =
    SENTENCE_STARTERS[lang].has(firstWord.toLowerCase()) ||
    TITLE_ABBREVIATIONS.has(firstWord.toLowerCase()) ||
    /^[([]/u.test(after);
  if (AMBIGUOUS_ABBREVIATIONS.has(key)) return startsWithNumber || (startsCapital && !starter);
  // Initials: `J. R. R. Tolkien`, `B.J. Habibie`, `H. Agus Salim`.
  if (INITIALS.test(token)) return startsCapital && !starter;
  return false;
}

/** Splits after a Unicode ellipsis followed by a capitalised word, as the segmenter does after `...`. */
function splitAfterEllipsis(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of piece.matchAll(/…["'”’»)]*\s+(?=["'“‘(]*\p{Lu})/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    out.push(piece.slice(start, end));
    start = end;
  }
  out.push(piece.slice(start));
  return out;
}

/** The sentences of one paragraph, trimmed, in order. */
export function splitSentences(paragraph: string, lang: SplitLanguage): string[] {
  const raw: string[] = [];
  for (const { segment } of segmenter(lang).segment(paragraph)) {
    for (const piece of splitAfterEllipsis(segment)) {
      const trimmed = collapse(piece);
      if (trimmed !== '') raw.push(trimmed);
    }
  }
  const sentences: string[] = [];
  for (const piece of raw) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && isFalseBoundary(previous, piece, lang)) {
      sentences[sentences.length - 1] = `${previous} ${piece}`;
    } else {
      sentences.push(piece);
    }
  }
  return sentences;
}

/** Paragraphs of a whole text, each with its sentences. */
export function splitText(text: string, lang: SplitLanguage): SplitParagraph[] {
  return splitParagraphs(text).map((p) => ({ sentences: splitSentences(p, lang) }));
}
