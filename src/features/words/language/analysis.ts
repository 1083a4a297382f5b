/**
 * What a study target is, for the word card: the lexicon's entry and occurrence when the
 * article has a lexicon entry for it (the per-text layer, which wins), otherwise what the
 * dictionary says (`./dictionary/`, loaded only then): the analyzer's reading over its roots,
 * the root's gloss, the form's own or composed meaning, and its English counterparts. Pure
 * functions over the sentence text; nothing here touches the DOM.
 */
import { expressionKeys, lookup } from './lexicon/lexicon';
import type {
  ExpressionPart,
  Lexicon,
  LexiconEntry,
  Morphology,
  Occurrence,
  PartOfSpeech,
} from './lexicon/types';
import { normalizeKey, studyTargets, tokenize, type StudyTarget } from './tokenize';
import { importWithRetry } from '../../../lib/lazyWithRetry';

/** The dictionary's chunk, loaded on the first word the lexicon does not know. */
// Whether a lookup has loaded the dictionary, for what may use it only once it is here.
let dictionaryLoaded = false;
const dictionaryListeners = new Set<() => void>();
const loadAppDictionary = importWithRetry(() =>
  import('./dictionary/appDictionary').then((module) => {
    if (!dictionaryLoaded) {
      dictionaryLoaded = true;
      for (const listener of [...dictionaryListeners]) listener();
      dictionaryListeners.clear();
    }
    return module;
  }),
);

/**
 * Calls `listener` once a lookup has loaded the dictionary (at once if one has): nothing of
 * the dictionary loads before the learner's first tap on a word outside the lexicon, so
 * what merely benefits from it (the header's root count of a learner's text) waits for
 * that. Returns a function that stops waiting.
 */
export function whenDictionaryLoaded(listener: () => void): () => void {
  if (dictionaryLoaded) {
    listener();
    return () => {};
  }
  dictionaryListeners.add(listener);
  return () => dictionaryListeners.delete(listener);
}
import type { SentenceContext, WordLookup } from './dictionary/lookup';
import type { DictionaryPos } from './dictionary/types';

/** One word of a multi-word expression, as the card lists it. */
export interface PartInfo {
  word: string;
  breakdown: string;
  gloss: string;
  nasal?: string;
}

/** Everything the card shows about one target in one sentence. */
export interface WordInfo {
  /** The surface text as written (`menerapkan`, `Korea Utara`). */
  form: string;
  /** The lexicon key (`normalizeKey(form)`). */
  key: string;
  /** The root as written in the lexicon (`terap`, `Rusia`, `ibu kota`). */
  root: string;
  /** The affix breakdown in learners' notation (`meN- + terap + -kan`). */
  breakdown: string;
  /** True when there is more to the word than its root (affixes or reduplication). */
  affixed: boolean;
  /** What the nasal prefix did, spelled out, where it did something. */
  nasal?: string;
  /** What the reduplication does here. */
  reduplication?: string;
  pos?: PartOfSpeech;
  rootGloss?: string;
  /** What the form means in general. */
  gloss?: string;
  /** What it means in this sentence. */
  sense?: string;
  /** The words of the English sentence that render it (empty when none does). */
  en: string[];
  /** A usage note, or for a proper noun who or what it is. */
  note?: string;
  parts?: PartInfo[];
  properNoun: boolean;
  /**
   * `lexicon`: written by us for this article; `dictionary`: from the dictionary, for any
   * text; `machine`: the dictionary does not know the word, so only the analyzer's guess.
   */
  source: 'lexicon' | 'dictionary' | 'machine';
  /** True when `gloss` is composed from the root and the affixes, not written for the form. */
  composed?: boolean;
  /** The dictionary's expressions of the sentence that the word is part of. */
  expressions?: { text: string; gloss: string }[];
}

/** The study targets of a sentence (the lexicon's expressions are single targets). */
export function sentenceTargets(text: string, lexicon: Lexicon | null): StudyTarget[] {
  return studyTargets(tokenize(text), lexicon ? expressionKeys(lexicon) : new Set<string>());
}

/**
 * The index of the target under a character offset: the target containing `offset`, or the
 * one ending right there (a caret placed after a word's last letter). -1 when none.
 */
export function targetIndexAt(targets: readonly StudyTarget[], offset: number): number {
  const inside = targets.findIndex((t) => t.start <= offset && offset < t.end);
  if (inside !== -1) return inside;
  return targets.findIndex((t) => t.end === offset);
}

/** `di- + per- + kira + -kan`: prefixes and confixes, the root, then the suffixes. */
export function formatBreakdown(root: string, affixes: readonly string[]): string {
  const before = affixes.filter((affix) => !affix.startsWith('-'));
  const after = affixes.filter((affix) => affix.startsWith('-'));
  return [...before, root, ...after].join(' + ');
}

function morphologyOf(value: Morphology) {
  return {
    breakdown: formatBreakdown(value.root, value.affixes),
    affixed: value.affixes.length > 0 || value.reduplication !== undefined,
    nasal: value.nasal?.note,
    reduplication: value.reduplication?.note,
  };
}

function partInfo(part: ExpressionPart): PartInfo {
  const info: PartInfo = {
    word: part.word,
    breakdown: formatBreakdown(part.root, part.affixes),
    gloss: part.gloss,
  };
  if (part.nasal) info.nasal = part.nasal.note;
  return info;
}

/** The occurrence of target number `index` of a segment, checked against its form. */
export function occurrenceOf(
  lexicon: Lexicon,
  segmentId: string,
  index: number,
  target: StudyTarget,
): Occurrence | undefined {
  const list = lexicon.occurrences[segmentId] ?? [];
  const byIndex = list[index];
  if (byIndex && normalizeKey(byIndex.form) === target.key) return byIndex;
  return list.find((occurrence) => normalizeKey(occurrence.form) === target.key);
}

/** The card's description of a target found in the lexicon. */
export function describeFromLexicon(
  target: StudyTarget,
  entry: LexiconEntry,
  occurrence: Occurrence | undefined,
): WordInfo {
  const info: WordInfo = {
    form: target.text,
    key: target.key,
    root: entry.root,
    ...morphologyOf(entry),
    pos: entry.pos,
    gloss: entry.gloss,
    en: occurrence?.en ?? [],
    properNoun: entry.pos === 'proper noun',
    source: 'lexicon',
  };
  if (entry.rootGloss) info.rootGloss = entry.rootGloss;
  if (occurrence?.sense) info.sense = occurrence.sense;
  if (entry.note) info.note = entry.note;
  if (entry.parts) info.parts = entry.parts.map(partInfo);
  // Keep optional fields absent rather than `undefined`, so the card's checks stay simple.
  if (info.nasal === undefined) delete info.nasal;
  if (info.reduplication === undefined) delete info.reduplication;
  return info;
}

/** The lexicon entry of a target, if the article's lexicon has it. */
export function entryOf(lexicon: Lexicon | null, target: StudyTarget): LexiconEntry | undefined {
  return lexicon ? lookup(lexicon, target.text) : undefined;
}

/** The card's parts of speech for the dictionary's abbreviations. */
const POS_NAMES: Record<DictionaryPos, PartOfSpeech> = {
  n: 'noun',
  v: 'verb',
  adj: 'adjective',
  adv: 'adverb',
  num: 'numeral',
  pron: 'pronoun',
  prep: 'preposition',
  conj: 'conjunction',
  part: 'particle',
  det: 'determiner',
  interj: 'interjection',
};

/** The card's description of a word from a dictionary lookup. */
export function describeFromDictionary(target: StudyTarget, found: WordLookup): WordInfo {
  const { analysis } = found;
  const affixes = analysis.affixes
    .map((affix) => affix.notation)
    .filter((notation) => notation !== 'R');
  const root = found.derived?.root ?? analysis.root;
  const info: WordInfo = {
    form: target.text,
    key: target.key,
    root,
    breakdown: formatBreakdown(root, affixes),
    affixed: affixes.length > 0 || analysis.reduplicated,
    en: found.en,
    properNoun: found.acronym !== undefined,
    source: found.known ? 'dictionary' : 'machine',
  };
  if (analysis.nasal) info.nasal = analysis.nasal.note;
  if (found.root) info.rootGloss = found.root.gloss;
  if (found.meaning) {
    info.gloss = found.meaning.text;
    info.pos = POS_NAMES[found.meaning.pos];
    if (found.meaning.composed) info.composed = true;
  }
  if (found.acronym) {
    info.root = found.acronym.acronym;
    info.note = found.acronym.expansion ?? found.acronym.gloss;
    info.gloss = found.acronym.gloss;
  }
  if (found.expressions.length > 0)
    info.expressions = found.expressions.map((entry) => ({
      text: entry.expression,
      gloss: entry.gloss,
    }));
  return info;
}

/**
 * The dictionary's description of a word outside the article's lexicon (the analyzer, the
 * dictionary's index and the parts for the word's letter are loaded here, on first need).
 * Multi-word targets only come from a lexicon, so `form` is one word.
 */
export async function describeByDictionary(
  target: StudyTarget,
  context: SentenceContext,
): Promise<WordInfo> {
  const { lookupWord } = await loadAppDictionary();
  return describeFromDictionary(target, await lookupWord(target.text, context));
}
