/**
 * Looking a word up: the analyzer's reading (stemming against the dictionary's roots), the
 * root's entry, the form's own entry if the dictionary has one, acronyms and the multi-word
 * expressions of the sentence, a meaning (written or composed), and the words of the English
 * sentence that render it.
 */
import type { Analysis } from '../morphology/analyzer';
import { normalizeKey } from '../tokenize';
import { cliticNote, composeMeaning } from './compose';
import type { Dictionary } from './dictionary';
import type { DictionaryIndex } from './dictionaryIndex';
import { glossWords, matchEnglish } from './english';
import type {
  AcronymEntry,
  DerivedEntry,
  DictionaryPos,
  ExpressionEntry,
  RootEntry,
} from './types';

/** Where the word stands: its sentence and, if there is one, the sentence's translation. */
export interface SentenceContext {
  text?: string;
  translation?: string;
}

/** The meaning of the form. */
export interface FormMeaning {
  text: string;
  pos: DictionaryPos;
  /** True when composed from the root and the affixes rather than written for the form. */
  composed: boolean;
}

/** Everything the dictionary says about one word in one sentence. */
export interface WordLookup {
  /** The word, normalised (lower case, no surrounding punctuation). */
  word: string;
  analysis: Analysis;
  /** The root's entry (for the analysis's root, or the derived entry's). */
  root?: RootEntry;
  /** The form's own entry. */
  derived?: DerivedEntry;
  acronym?: AcronymEntry;
  /** Expressions of the sentence that this word is part of. */
  expressions: ExpressionEntry[];
  meaning?: FormMeaning;
  /** True when the dictionary knows the word (root, derived form or acronym). */
  known: boolean;
  /** Words of the translation that render it, as written there. */
  en: string[];
}

/** Derived form → its root, as the analyzer takes it. */
export type DerivedRoots = Pick<ReadonlyMap<string, string>, 'get'>;

/** The analyzer and the root set it stems against, loaded once with the index. */
interface Stemmer {
  index: DictionaryIndex;
  /** The best reading of `word`, preferring the root `derived` gives for it, if any. */
  analyze: (word: string, derived?: DerivedRoots) => Analysis;
}

const stemmers = new WeakMap<Dictionary, Promise<Stemmer>>();

/**
 * The analyzer over the dictionary's headwords (preferring, when given them, the readings of
 * the derived entries). The analyzer's built-in list (`morphology/roots.ts`, 3,674 roots, all of them in the
 * dictionary) is not loaded by the app: it stays as the fixture of the analyzer's tests.
 */
export function stemmerFor(dictionary: Dictionary): Promise<Stemmer> {
  let stemmer = stemmers.get(dictionary);
  if (!stemmer) {
    stemmer = Promise.all([import('../morphology/analyzer'), dictionary.index()]).then(
      ([{ analyzeBest }, index]) => ({
        index,
        // For a word whose root the dictionary lacks, the rule-based guess still shows how
        // it is built.
        analyze: (word: string, derived?: DerivedRoots) =>
          analyzeBest(word, index.roots, { guess: true, ...(derived && { derived }) }),
      }),
    );
    stemmer.catch(() => stemmers.delete(dictionary));
    stemmers.set(dictionary, stemmer);
  }
  return stemmer;
}

const CLITIC_KINDS: ReadonlySet<string> = new Set(['possessive', 'particle']);

/** The form without its possessive and particle (`pemerintahnya` → `pemerintah`). */
function withoutClitics(analysis: Analysis): string {
  const length = analysis.affixes
    .filter((affix) => CLITIC_KINDS.has(affix.kind))
    .reduce((sum, affix) => sum + affix.surface.length, 0);
  return length > 0 ? analysis.word.slice(0, -length) : analysis.word;
}

/** The acronym entry when the word is written as the acronym (`PBB`, `Polri`, not `polri`). */
async function acronymOf(
  dictionary: Dictionary,
  index: DictionaryIndex,
  form: string,
): Promise<AcronymEntry | undefined> {
  const bare = form.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const written = index.acronyms.get(bare.toLowerCase());
  if (!written || (bare !== written && bare !== written.toUpperCase())) return undefined;
  return dictionary.acronym(written);
}

/** The dictionary's expressions that stand in `sentence` and contain `word`. */
async function expressionsOf(
  dictionary: Dictionary,
  index: DictionaryIndex,
  word: string,
  sentence: string,
): Promise<ExpressionEntry[]> {
  if (!sentence || index.expressions.size === 0) return [];
  const text = ` ${normalizeKey(sentence).replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  const keys = [...index.expressions].filter(
    (key) => key.split(' ').includes(word) && text.includes(` ${key} `),
  );
  const entries = await Promise.all(keys.map((key) => dictionary.expression(key)));
  return entries.filter((entry): entry is ExpressionEntry => entry !== undefined);
}

function meaningOf(
  analysis: Analysis,
  root: RootEntry | undefined,
  derived: DerivedEntry | undefined,
  acronym: AcronymEntry | undefined,
): FormMeaning | undefined {
  if (derived) return { text: derived.gloss, pos: derived.pos, composed: false };
  if (acronym) {
    const text = acronym.expansion ? `${acronym.expansion}: ${acronym.gloss}` : acronym.gloss;
    return { text, pos: 'n', composed: false };
  }
  if (!root) return undefined;
  const affixes = analysis.affixes.map((affix) => affix.notation);
  if (affixes.length === 0) return { text: root.gloss, pos: root.pos, composed: false };
  const composition = composeMeaning(root.gloss, root.pos, affixes);
  return { text: composition.text, pos: composition.pos, composed: true };
}

/** Looks `form` up in `dictionary`; see {@link WordLookup}. */
export async function lookupIn(
  dictionary: Dictionary,
  form: string,
  context: SentenceContext = {},
): Promise<WordLookup> {
  const [{ index, analyze }, near] = await Promise.all([
    stemmerFor(dictionary),
    dictionary.derivedNear(form),
  ]);
  const analysis = analyze(form, { get: (key) => near.get(key)?.root });
  const word = analysis.word;
  const acronym = await acronymOf(dictionary, index, form);
  const base = withoutClitics(analysis);
  const derived =
    (await dictionary.derived(word)) ??
    (base !== word ? await dictionary.derived(base) : undefined);
  // A derived entry of the whole form (with -nya) describes it all; of the base, the clitics
  // still add their note.
  const root = await dictionary.root(derived?.root ?? analysis.root);
  let meaning = meaningOf(analysis, root, derived, acronym);
  if (meaning && derived && derived.form !== word) {
    const note = cliticNote(analysis.affixes.map((affix) => affix.notation));
    meaning = { ...meaning, text: meaning.text + note };
  }
  const expressions = await expressionsOf(dictionary, index, word, context.text ?? '');
  const glosses = [
    ...(derived ? [derived.gloss] : root ? [root.gloss] : []),
    ...(acronym ? [acronym.gloss] : []),
    ...expressions.map((entry) => entry.gloss),
  ];
  const en = context.translation ? matchEnglish(glosses, context.translation) : [];
  const result: WordLookup = {
    word,
    analysis,
    expressions,
    known: root !== undefined || derived !== undefined || acronym !== undefined,
    en,
  };
  if (root) result.root = root;
  if (derived) result.derived = derived;
  if (acronym) result.acronym = acronym;
  if (meaning) result.meaning = meaning;
  return result;
}

/**
 * English words for an Indonesian word (for the aligner's word-translation table): the content
 * words of the form's own gloss, else of its root's; empty when the dictionary does not know it.
 */
export async function englishIn(dictionary: Dictionary, word: string): Promise<string[]> {
  const found = await lookupIn(dictionary, word);
  const gloss = found.derived?.gloss ?? found.acronym?.gloss ?? found.root?.gloss;
  return gloss ? glossWords(gloss) : [];
}
