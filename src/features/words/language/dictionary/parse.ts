/**
 * Parsing of the dictionary's TSV files. One function per kind of file; each returns the
 * entries it could read and a problem for every line it could not, so the loader can skip a
 * bad line in production and the checker (`scripts/check-dictionary.ts`) can name it.
 * Blank lines and lines starting with `#` are ignored.
 */
import { AFFIX_NOTATIONS } from '../lexicon/types.ts';
import {
  DICTIONARY_POS,
  type AcronymEntry,
  type DerivedEntry,
  type DictionaryPos,
  type ExpressionEntry,
  type RootEntry,
} from './types.ts';

/**
 * The affix notations a derived entry may use: the lexicon's (which name the be-/te-/pe-/me-
 * allomorphs where a grammar does) and `R` for reduplication.
 */
export const DERIVED_AFFIXES: ReadonlySet<string> = new Set([...AFFIX_NOTATIONS, 'R']);

/** One unreadable line: its 1-based number and why. */
export interface LineProblem {
  line: number;
  reason: string;
}

export interface Parsed<T> {
  entries: T[];
  /** The 1-based line number of each entry. */
  lines: number[];
  problems: LineProblem[];
}

const POS: ReadonlySet<string> = new Set(DICTIONARY_POS);
export const isPos = (value: string): value is DictionaryPos => POS.has(value);

function parseLines<T>(
  text: string,
  columns: number,
  read: (fields: string[]) => T | string,
): Parsed<T> {
  const entries: T[] = [];
  const lines: number[] = [];
  const problems: LineProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    if (fields.length !== columns) {
      problems.push({
        line: index + 1,
        reason: `expected ${columns} columns, found ${fields.length}`,
      });
      return;
    }
    if (fields.some((field) => field.trim() === '' || field !== field.trim())) {
      problems.push({ line: index + 1, reason: 'an empty field or spaces around a field' });
      return;
    }
    const result = read(fields);
    if (typeof result === 'string') problems.push({ line: index + 1, reason: result });
    else {
      entries.push(result);
      lines.push(index + 1);
    }
  });
  return { entries, lines, problems };
}

/** `headword<TAB>pos<TAB>gloss`. */
export function parseRoots(text: string): Parsed<RootEntry> {
  return parseLines(text, 3, ([headword = '', pos = '', gloss = '']) =>
    isPos(pos) ? { headword, pos, gloss } : `unknown part of speech "${pos}"`,
  );
}

/** `form<TAB>root<TAB>affixes<TAB>pos<TAB>gloss`, affixes separated by spaces. */
export function parseDerived(text: string): Parsed<DerivedEntry> {
  return parseLines(text, 5, ([form = '', root = '', affixText = '', pos = '', gloss = '']) => {
    if (!isPos(pos)) return `unknown part of speech "${pos}"`;
    const affixes = affixText.split(' ').filter(Boolean);
    const unknown = affixes.find((affix) => !DERIVED_AFFIXES.has(affix));
    if (unknown !== undefined) return `unknown affix "${unknown}"`;
    return { form, root, affixes, pos, gloss };
  });
}

/** `acronym<TAB>expansion<TAB>gloss`, expansion `-` for a plain name. */
export function parseAcronyms(text: string): Parsed<AcronymEntry> {
  return parseLines(text, 3, ([acronym = '', expansion = '', gloss = '']) =>
    expansion === '-' ? { acronym, gloss } : { acronym, expansion, gloss },
  );
}

/** `expression<TAB>pos<TAB>gloss`. */
export function parseExpressions(text: string): Parsed<ExpressionEntry> {
  return parseLines(text, 3, ([expression = '', pos = '', gloss = '']) => {
    if (!isPos(pos)) return `unknown part of speech "${pos}"`;
    if (!expression.includes(' ') && !expression.includes('-'))
      return 'an expression has more than one word';
    return { expression, pos, gloss };
  });
}

/** The file (letter) a word belongs to: its first letter, `a`–`z`, or undefined. */
export function letterOf(word: string): string | undefined {
  const first = word
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .charAt(0);
  return first || undefined;
}
