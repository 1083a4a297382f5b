/**
 * The dictionary as the app uses it: an index fetched once, and the per-letter parts fetched
 * the first time a word of that letter is looked up. Nothing is fetched when the dictionary is
 * created; `sources` says where each part comes from (Vite chunks in the app, see
 * `./sources.ts`; files on disk in the scripts; small fixtures in the tests).
 */
import {
  buildIndexData,
  parseIndexData,
  type DictionaryIndex,
  type DictionaryIndexData,
  type DictionaryTexts,
} from './dictionaryIndex';
import { letterOf, parseAcronyms, parseDerived, parseExpressions, parseRoots } from './parse';
import type { AcronymEntry, DerivedEntry, ExpressionEntry, RootEntry } from './types';

type Load<T> = () => Promise<T>;

/** Where the parts of the dictionary come from. */
export interface DictionarySources {
  index: Load<DictionaryIndexData>;
  /** Letter (`a`) → the text of `roots/a.tsv`. */
  roots: Record<string, Load<string>>;
  /** Letter → the text of `derived/<letter>.tsv`. */
  derived: Record<string, Load<string>>;
  acronyms?: Load<string>;
  expressions?: Load<string>;
}

/** The loaded dictionary. Every method fetches what it needs, once. */
export interface Dictionary {
  index(): Promise<DictionaryIndex>;
  root(headword: string): Promise<RootEntry | undefined>;
  derived(form: string): Promise<DerivedEntry | undefined>;
  /** The derived words filed under the letter of `form` (lower-case form → entry). */
  derivedNear(form: string): Promise<ReadonlyMap<string, DerivedEntry>>;
  acronym(word: string): Promise<AcronymEntry | undefined>;
  expression(key: string): Promise<ExpressionEntry | undefined>;
  /** Names of the parts fetched so far (`index`, `roots/a`, `derived/m`, `acronyms`…). */
  loadedParts(): string[];
}

/** Maps `/dictionary/roots/a.tsv` (a glob key) to `a`. */
export function byLetter<T>(files: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [path, value] of Object.entries(files)) {
    const match = /\/([a-z])\.tsv$/.exec(path);
    if (match?.[1]) out[match[1]] = value;
  }
  return out;
}

/** A memoised loader that records its name when it first runs. */
function once<T>(name: string, loaded: string[], load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (!promise) {
      loaded.push(name);
      promise = load().catch((error: unknown) => {
        // A failed fetch (offline) may succeed on the next tap.
        promise = undefined;
        loaded.splice(loaded.indexOf(name), 1);
        throw error;
      });
    }
    return promise;
  };
}

function keyed<T>(entries: T[], key: (entry: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (!map.has(key(entry))) map.set(key(entry), entry);
  return map;
}

/** A dictionary over `sources`; fetches nothing until asked. */
export function createDictionary(sources: DictionarySources): Dictionary {
  const loaded: string[] = [];
  const index = once('index', loaded, async () => parseIndexData(await sources.index()));
  const letterParts = <T>(
    kind: 'roots' | 'derived',
    parse: (text: string) => Map<string, T>,
  ): ((letter: string) => Promise<Map<string, T>>) => {
    const parts = new Map<string, () => Promise<Map<string, T>>>();
    return (letter) => {
      const load = sources[kind][letter];
      if (!load) return Promise.resolve(new Map());
      let part = parts.get(letter);
      if (!part) {
        part = once(`${kind}/${letter}`, loaded, async () => parse(await load()));
        parts.set(letter, part);
      }
      return part();
    };
  };
  const rootPart = letterParts('roots', (text) =>
    keyed(parseRoots(text).entries, (entry) => entry.headword.toLowerCase()),
  );
  const derivedPart = letterParts('derived', (text) =>
    keyed(parseDerived(text).entries, (entry) => entry.form.toLowerCase()),
  );
  const acronyms = once('acronyms', loaded, async () =>
    keyed(parseAcronyms(sources.acronyms ? await sources.acronyms() : '').entries, (entry) =>
      entry.acronym.toLowerCase(),
    ),
  );
  const expressions = once('expressions', loaded, async () =>
    keyed(
      parseExpressions(sources.expressions ? await sources.expressions() : '').entries,
      (entry) => entry.expression.toLowerCase(),
    ),
  );

  const inLetter = async <T>(
    word: string,
    part: (letter: string) => Promise<Map<string, T>>,
  ): Promise<T | undefined> => {
    const key = word.toLowerCase();
    const letter = letterOf(key);
    return letter ? (await part(letter)).get(key) : undefined;
  };

  return {
    index,
    root: (headword) => inLetter(headword, rootPart),
    derived: (form) => inLetter(form, derivedPart),
    derivedNear: async (form) => {
      const letter = letterOf(form);
      return letter ? derivedPart(letter) : new Map();
    },
    acronym: async (word) => (await acronyms()).get(word.toLowerCase()),
    expression: async (key) => (await expressions()).get(key.toLowerCase()),
    loadedParts: () => [...loaded],
  };
}

const lazyText = (text: string) => () => Promise.resolve(text);
const lazyLetters = (texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([letter, text]) => [letter, lazyText(text)]));

/** A dictionary over texts already in memory (the Node scripts' files, the tests' fixtures). */
export function dictionaryFromTexts(texts: DictionaryTexts): Dictionary {
  return createDictionary({
    index: () => Promise.resolve(buildIndexData(texts)),
    roots: lazyLetters(texts.roots),
    derived: lazyLetters(texts.derived),
    acronyms: lazyText(texts.acronyms),
    expressions: lazyText(texts.expressions),
  });
}
