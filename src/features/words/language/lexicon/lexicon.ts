/**
 * Loading and validating article lexicons (`lexicon/<article-id>.json`).
 *
 * `validateLexicon` checks the shape of a lexicon on its own: fields, known affix notations and
 * parts of speech, affix order, expression parts, occurrences pointing at real entries. Checks
 * against the article text itself (coverage, English renderings) live in the tests, which read
 * the locales.
 */
import { normalizeKey } from '../tokenize';
import {
  AFFIX_NOTATIONS,
  PARTS_OF_SPEECH,
  REDUPLICATION_KINDS,
  type Lexicon,
  type LexiconEntry,
} from './types';
import { isRecord } from '../../../../lib/isRecord';

/** Thrown by {@link parseLexicon}; `problems` lists every problem with its path. */
export class LexiconError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid lexicon:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}

type Json = Record<string, unknown>;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Where an affix may stand: prefixes and confixes, suffix, possessive, particle. */
function affixRank(notation: string): number {
  if (['-kan', '-i', '-an'].includes(notation)) return 1;
  if (['-nya', '-ku', '-mu'].includes(notation)) return 2;
  if (['-lah', '-kah', '-pun', '-tah'].includes(notation)) return 3;
  return 0;
}

/** True for a multi-word expression key (`ibu kota`). */
export function isExpressionKey(key: string): boolean {
  return key.includes(' ');
}

/** Problems with `root`, `affixes`, `nasal`, `reduplication` of an entry or expression part. */
function checkMorphology(value: Json, at: string, problems: string[]): void {
  if (!isText(value.root)) problems.push(`${at}.root: missing`);
  if (!Array.isArray(value.affixes)) {
    problems.push(`${at}.affixes: must be an array`);
    return;
  }
  let rank = 0;
  value.affixes.forEach((affix: unknown, index) => {
    if (!includes(AFFIX_NOTATIONS, affix)) {
      problems.push(`${at}.affixes[${index}]: unknown notation ${JSON.stringify(affix)}`);
      return;
    }
    const next = affixRank(affix);
    if (next < rank) problems.push(`${at}.affixes: ${affix} is out of order`);
    rank = Math.max(rank, next);
  });
  if (value.nasal !== undefined) {
    const nasal = value.nasal;
    if (!isRecord(nasal)) {
      problems.push(`${at}.nasal: must be an object`);
    } else {
      if (nasal.prefix !== 'meN-' && nasal.prefix !== 'peN-')
        problems.push(`${at}.nasal.prefix: must be meN- or peN-`);
      if (!isText(nasal.surface)) problems.push(`${at}.nasal.surface: missing`);
      if (typeof nasal.dropped !== 'boolean') problems.push(`${at}.nasal.dropped: not a boolean`);
      if (!isText(nasal.note)) problems.push(`${at}.nasal.note: missing`);
      const carrier = nasal.prefix === 'meN-' ? ['meN-'] : ['peN-', 'peN-...-an'];
      if (!value.affixes.some((affix: unknown) => carrier.includes(String(affix))))
        problems.push(`${at}.nasal: no ${String(nasal.prefix)} among the affixes`);
    }
  }
  if (value.reduplication !== undefined) {
    const redup = value.reduplication;
    if (!isRecord(redup) || !includes(REDUPLICATION_KINDS, redup.kind) || !isText(redup.note))
      problems.push(`${at}.reduplication: needs a known kind and a note`);
  }
}

function checkEntry(key: string, value: unknown, problems: string[]): void {
  const at = `entries[${JSON.stringify(key)}]`;
  if (key !== normalizeKey(key)) problems.push(`${at}: key is not normalised`);
  if (!isRecord(value)) {
    problems.push(`${at}: must be an object`);
    return;
  }
  checkMorphology(value, at, problems);
  const properNoun = value.pos === 'proper noun';
  if (!includes(PARTS_OF_SPEECH, value.pos)) problems.push(`${at}.pos: unknown`);
  if (!isText(value.gloss)) problems.push(`${at}.gloss: missing`);
  if (!properNoun && !isText(value.rootGloss)) problems.push(`${at}.rootGloss: missing`);
  if (value.rootGloss !== undefined && !isText(value.rootGloss))
    problems.push(`${at}.rootGloss: must be text`);
  if (properNoun && !isText(value.note)) problems.push(`${at}.note: a proper noun needs a note`);
  if (value.note !== undefined && !isText(value.note)) problems.push(`${at}.note: must be text`);

  if (!isExpressionKey(key)) {
    if (value.parts !== undefined) problems.push(`${at}.parts: only for multi-word expressions`);
    return;
  }
  if (Array.isArray(value.affixes) && value.affixes.length > 0)
    problems.push(`${at}.affixes: an expression has none (see parts)`);
  if (value.parts === undefined) {
    if (!properNoun) problems.push(`${at}.parts: required for an expression`);
    return;
  }
  if (!Array.isArray(value.parts)) {
    problems.push(`${at}.parts: must be an array`);
    return;
  }
  const words: string[] = [];
  value.parts.forEach((part: unknown, index) => {
    const partAt = `${at}.parts[${index}]`;
    if (!isRecord(part)) {
      problems.push(`${partAt}: must be an object`);
      return;
    }
    checkMorphology(part, partAt, problems);
    if (!isText(part.gloss)) problems.push(`${partAt}.gloss: missing`);
    words.push(typeof part.word === 'string' ? part.word : '');
  });
  if (words.join(' ') !== key) problems.push(`${at}.parts: words do not spell the key`);
}

/**
 * Every problem with `value` as a lexicon, each with its path
 * (`entries["tersebut"].affixes[0]: unknown notation "tr-"`); empty when it is valid.
 */
export function validateLexicon(value: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(value)) return ['lexicon: must be an object'];
  if (!isText(value.article)) problems.push('article: missing');
  if (value.language !== 'id') problems.push('language: must be "id"');
  if (value.translation !== 'en') problems.push('translation: must be "en"');
  const entries = isRecord(value.entries) ? value.entries : undefined;
  if (!entries) problems.push('entries: must be an object');
  else for (const [key, entry] of Object.entries(entries)) checkEntry(key, entry, problems);

  if (!isRecord(value.occurrences)) {
    problems.push('occurrences: must be an object');
    return problems;
  }
  for (const [segment, list] of Object.entries(value.occurrences)) {
    const at = `occurrences[${JSON.stringify(segment)}]`;
    if (!/^s-[\w-]+-\d+$/.test(segment)) problems.push(`${at}: not a segment id`);
    if (!Array.isArray(list)) {
      problems.push(`${at}: must be an array`);
      continue;
    }
    list.forEach((occurrence: unknown, index) => {
      const itemAt = `${at}[${index}]`;
      if (!isRecord(occurrence)) {
        problems.push(`${itemAt}: must be an object`);
        return;
      }
      const { form, entry, sense, en } = occurrence;
      if (!isText(form)) problems.push(`${itemAt}.form: missing`);
      if (typeof entry !== 'string' || !entries || !(entry in entries))
        problems.push(`${itemAt}.entry: no entry ${JSON.stringify(entry)}`);
      else if (isText(form) && normalizeKey(form) !== entry)
        problems.push(`${itemAt}.entry: ${JSON.stringify(entry)} is not the key of the form`);
      if (!isText(sense)) problems.push(`${itemAt}.sense: missing`);
      if (!Array.isArray(en) || !en.every(isText))
        problems.push(`${itemAt}.en: must be a list of English words or phrases`);
    });
  }
  return problems;
}

/** Reads a lexicon, throwing a {@link LexiconError} that lists every problem. */
export function parseLexicon(value: unknown): Lexicon {
  const problems = validateLexicon(value);
  if (problems.length > 0) throw new LexiconError(problems);
  return value as Lexicon;
}

/** The multi-word expression keys of a lexicon, for `studyTargets`. */
export function expressionKeys(lexicon: Lexicon): ReadonlySet<string> {
  return new Set(Object.keys(lexicon.entries).filter(isExpressionKey));
}

/** The entry for a surface form (`Korea Utara`, `menyatakan`), if the lexicon has one. */
export function lookup(lexicon: Lexicon, form: string): LexiconEntry | undefined {
  const key = normalizeKey(form);
  return Object.hasOwn(lexicon.entries, key) ? lexicon.entries[key] : undefined;
}

// Each lexicon is its own chunk, fetched when word study first needs it.
const files = import.meta.glob<unknown>('/lexicon/*.json', { import: 'default' });

/**
 * Loads the lexicon of an article. A missing lexicon is `null` (the article simply has no word
 * study); an invalid one throws in development and is `null` in production, so the reader keeps
 * working.
 */
export async function loadLexicon(articleId: string): Promise<Lexicon | null> {
  const load = files[`/lexicon/${articleId}.json`];
  if (!load) return null;
  const value = await load();
  const problems = validateLexicon(value);
  if (isRecord(value) && value.article !== articleId)
    problems.push(`article: ${JSON.stringify(value.article)} in the file for ${articleId}`);
  if (problems.length === 0) return value as Lexicon;
  if (import.meta.env.DEV) throw new LexiconError(problems);
  return null;
}
