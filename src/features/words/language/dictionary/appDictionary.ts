/**
 * The dictionary's parts as Vite chunks: one chunk per letter of `dictionary/roots/` and
 * `dictionary/derived/`, one each for the acronyms and the expressions, and the index built at
 * build time (`virtual:sanding-dictionary-index`, from `scripts/lib/dictionary-index-plugin.ts`).
 * `import.meta.glob` without `eager` only creates loaders, so importing this module fetches
 * nothing; a missing file (before the dictionary is written) is simply an empty part.
 */
import { byLetter, createDictionary, type Dictionary } from './dictionary';
import { englishIn, lookupIn, type SentenceContext, type WordLookup } from './lookup';

const roots = import.meta.glob<string>('/dictionary/roots/*.tsv', {
  query: '?raw',
  import: 'default',
});
const derived = import.meta.glob<string>('/dictionary/derived/*.tsv', {
  query: '?raw',
  import: 'default',
});
const singles = import.meta.glob<string>(
  ['/dictionary/acronyms.tsv', '/dictionary/expressions.tsv'],
  { query: '?raw', import: 'default' },
);

let shared: Dictionary | undefined;

/**
 * Replaces the app's dictionary (tests use a small fixture; `undefined` restores the default).
 */
export function provideDictionary(dictionary: Dictionary | undefined): void {
  shared = dictionary;
}

/** The app's dictionary (created on first use; its parts load on demand). */
export function appDictionary(): Dictionary {
  shared ??= createDictionary({
    index: async () => (await import('virtual:sanding-dictionary-index')).default,
    roots: byLetter(roots),
    derived: byLetter(derived),
    acronyms: async () => (await singles['/dictionary/acronyms.tsv']?.()) ?? '',
    expressions: async () => (await singles['/dictionary/expressions.tsv']?.()) ?? '',
  });
  return shared;
}

/**
 * Looks a word up in the app's dictionary: see {@link lookupIn}. The first call fetches the
 * analyzer and the index; each call fetches the parts of its word's letter if not yet in.
 */
export function lookupWord(form: string, context: SentenceContext = {}): Promise<WordLookup> {
  return lookupIn(appDictionary(), form, context);
}

/** English words for an Indonesian word, from the app's dictionary: see {@link englishIn}. */
export function englishFor(word: string): Promise<string[]> {
  return englishIn(appDictionary(), word);
}
