/**
 * Numbers as an Indonesian reader says them: `2023` is *dua ribu dua puluh tiga*, `3,5` is
 * *tiga koma lima*, `1.500.000` is *satu juta lima ratus ribu*, and the ordinal `ke-70` is
 * *ketujuh puluh*. Learners stumble over reading numbers aloud more than over most words,
 * so a tapped number gets a small card with its reading. Pure functions; no DOM.
 */
import { tokenize, type StudyTarget } from './tokenize';

const ONES = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
];

/** Scales past a thousand, each a thousand times the one before. */
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun'];

/** 1-999 in words (`se-` for one hundred, eleven and ten: seratus, sebelas, sepuluh). */
function underThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(ONES[hundreds] ?? '', 'ratus');
  if (rest === 0) return words;
  if (rest < 10) words.push(ONES[rest] ?? '');
  else if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest < 20) words.push(ONES[rest - 10] ?? '', 'belas');
  else {
    words.push(ONES[Math.floor(rest / 10)] ?? '', 'puluh');
    if (rest % 10 > 0) words.push(ONES[rest % 10] ?? '');
  }
  return words;
}

/**
 * A whole number written in digits (no separators) in Indonesian words, or null when it is
 * too large to be read this way (a phone number, a code).
 */
export function integerToWords(digits: string): string | null {
  if (!/^\d+$/.test(digits)) return null;
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > SCALES.length * 3) return null;
  if (trimmed === '0') return 'nol';
  const groups: number[] = [];
  for (let end = trimmed.length; end > 0; end -= 3) {
    groups.unshift(Number(trimmed.slice(Math.max(end - 3, 0), end)));
  }
  const words: string[] = [];
  groups.forEach((group, index) => {
    if (group === 0) return;
    const scale = SCALES[groups.length - 1 - index] ?? '';
    // One thousand is seribu; one million is satu juta.
    if (scale === 'ribu' && group === 1) words.push('seribu');
    else words.push(...underThousand(group), ...(scale ? [scale] : []));
  });
  return words.join(' ');
}

/**
 * A number as written in Indonesian text (dots between thousands, a comma before decimals:
 * `1.500.000`, `3,5`, `2023`) in words; decimals are read digit by digit after *koma*.
 * Null when the text is not such a number.
 */
export function numberToWords(text: string): string | null {
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const whole = integerToWords((match[1] ?? '').replace(/\./g, ''));
  if (whole === null) return null;
  const decimals = match[2];
  if (!decimals) return whole;
  return `${whole} koma ${[...decimals].map((digit) => ONES[Number(digit)]).join(' ')}`;
}

/** What the card says about a number. */
export interface NumberReading {
  /** As written: `ke-70`, `2023`. */
  text: string;
  kind: 'cardinal' | 'ordinal';
  /** The number itself in digits, without separators (`70`, `2023`, `3,5`). */
  value: string;
  /** How it is read: `ketujuh puluh`, `dua ribu dua puluh tiga`. */
  words: string;
  /** For an ordinal, the number after ke- in words (`tujuh puluh`). */
  base?: string;
}

/** Reads a number token (`2023`, `3.000`, `2,5`, `ke-70`, `ke 3`); null for codes (`COVID-19`). */
export function readNumber(text: string): NumberReading | null {
  const ordinal = /^ke[-\u2010\u2011](\d+)$/i.exec(text.trim());
  if (ordinal) {
    const digits = ordinal[1] ?? '';
    const base = integerToWords(digits);
    if (base === null) return null;
    // The first is pertama; every other ordinal is ke- + the number, written as one word.
    const words = Number(digits) === 1 ? 'pertama' : `ke${base}`;
    return { text, kind: 'ordinal', value: digits, words, base };
  }
  const words = numberToWords(text);
  if (words === null) return null;
  return { text, kind: 'cardinal', value: text.replace(/\./g, ''), words };
}

/**
 * The sentence's study targets with its readable numbers added as targets of their own
 * (`2023`, `ke-70`), in text order, so the card can open on them and step through them.
 */
export function withNumbers(targets: readonly StudyTarget[], text: string): StudyTarget[] {
  const numbers: StudyTarget[] = [];
  tokenize(text).forEach((token, index) => {
    if (token.kind !== 'number' || !readNumber(token.text)) return;
    numbers.push({
      text: token.text,
      key: token.text.toLocaleLowerCase('id'),
      start: token.start,
      end: token.end,
      tokens: [index],
    });
  });
  if (numbers.length === 0) return [...targets];
  return [...targets, ...numbers].sort((a, b) => a.start - b.start);
}
