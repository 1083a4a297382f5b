/**
 * The dictionary's index: the compact part fetched with the analyzer on the first tap. It holds
 * every root headword (what the analyzer stems against), every derived form with its root (so
 * the analyzer can prefer the reading the dictionary gives), and the keys of the acronyms and
 * expressions, but no glosses: those stay in the per-letter parts, fetched when a word of that
 * letter is looked up.
 *
 * It is built from the TSV files at build time ({@link buildIndexData}, called by the Vite
 * plugin in `scripts/lib/dictionary-index-plugin.ts` and by the Node scripts), so the browser
 * never downloads glosses just to learn which words are roots.
 */
import { parseAcronyms, parseDerived, parseExpressions, parseRoots } from './parse';

/** The TSV texts of the whole dictionary, by part (`roots`/`derived` keyed by letter). */
export interface DictionaryTexts {
  roots: Record<string, string>;
  derived: Record<string, string>;
  acronyms: string;
  expressions: string;
}

/** The index as shipped: newline-separated lists, which gzip well. */
export interface DictionaryIndexData {
  /** Root headwords, one per line. */
  roots: string;
  /** `form<TAB>root`, one derived word per line. */
  derived: string;
  /** Acronyms as written (`BPS`, `Polri`), one per line. */
  acronyms: string;
  /** Multi-word expressions, lower case, one per line. */
  expressions: string;
}

/** The index, ready to query. */
export interface DictionaryIndex {
  roots: ReadonlySet<string>;
  /** Derived form → its root. */
  derived: ReadonlyMap<string, string>;
  /** Lower-case acronym → as written. */
  acronyms: ReadonlyMap<string, string>;
  expressions: ReadonlySet<string>;
}

/** Builds the shipped index from the dictionary's files. */
export function buildIndexData(texts: DictionaryTexts): DictionaryIndexData {
  const roots = new Set<string>();
  for (const text of Object.values(texts.roots))
    for (const entry of parseRoots(text).entries) roots.add(entry.headword.toLowerCase());
  const derived = new Map<string, string>();
  for (const text of Object.values(texts.derived))
    for (const entry of parseDerived(text).entries) {
      const form = entry.form.toLowerCase();
      if (!derived.has(form)) derived.set(form, entry.root);
    }
  const acronyms = new Set(parseAcronyms(texts.acronyms).entries.map((entry) => entry.acronym));
  const expressions = new Set(
    parseExpressions(texts.expressions).entries.map((entry) => entry.expression.toLowerCase()),
  );
  return {
    roots: [...roots].sort().join('\n'),
    derived: [...derived]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([form, root]) => `${form}\t${root}`)
      .join('\n'),
    acronyms: [...acronyms].sort().join('\n'),
    expressions: [...expressions].sort().join('\n'),
  };
}

const lines = (text: string) => text.split('\n').filter(Boolean);

/** Turns the shipped index into sets and maps. */
export function parseIndexData(data: DictionaryIndexData): DictionaryIndex {
  const derived = new Map<string, string>();
  for (const line of lines(data.derived)) {
    const tab = line.indexOf('\t');
    if (tab > 0) derived.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return {
    roots: new Set(lines(data.roots)),
    derived,
    acronyms: new Map(lines(data.acronyms).map((acronym) => [acronym.toLowerCase(), acronym])),
    expressions: new Set(lines(data.expressions)),
  };
}
