/**
 * The dictionary's index: the compact part fetched with the analyzer on the first tap. It holds
 * every root headword (what the analyzer stems against) and the keys of the acronyms and
 * expressions, but no glosses: those stay in the per-letter parts, fetched when a word of that
 * letter is looked up. Derived words are not in it: the part of the form's letter, fetched for
 * the lookup anyway, gives the analyzer the entry to prefer.
 *
 * It is built from the TSV files at build time ({@link buildIndexData}, called by the Vite
 * plugin in `scripts/lib/dictionary-index-plugin.ts` and by the Node scripts), so the browser
 * never downloads glosses just to learn which words are roots.
 */
import { parseAcronyms, parseExpressions, parseRoots } from './parse.ts';

/** The TSV texts of the whole dictionary, by part (`roots`/`derived` keyed by letter). */
export interface DictionaryTexts {
  roots: Record<string, string>;
  derived: Record<string, string>;
  acronyms: string;
  expressions: string;
}

/**
 * The index as shipped: sorted lists, one item a line, front-coded (each line is
 * `<n>,<rest>`: the first n characters of the previous line, then `rest`), which with gzip is
 * about a quarter smaller than the plain lists.
 */
export interface DictionaryIndexData {
  /** Root headwords, front-coded. */
  roots: string;
  /** Acronyms as written (`BPS`, `Polri`), front-coded. */
  acronyms: string;
  /** Multi-word expressions, lower case, one per line. */
  expressions: string;
}

/** The index, ready to query. */
export interface DictionaryIndex {
  roots: ReadonlySet<string>;
  /** Lower-case acronym → as written. */
  acronyms: ReadonlyMap<string, string>;
  expressions: ReadonlySet<string>;
}

/** Front-codes sorted lines (see {@link DictionaryIndexData}). */
export function frontCode(lines: readonly string[]): string {
  let previous = '';
  return lines
    .map((line) => {
      let shared = 0;
      while (shared < previous.length && previous[shared] === line[shared]) shared += 1;
      previous = line;
      return `${shared},${line.slice(shared)}`;
    })
    .join('\n');
}

/** Undoes {@link frontCode}. */
export function frontDecode(text: string): string[] {
  let previous = '';
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const comma = line.indexOf(',');
    if (comma < 0) continue;
    previous = previous.slice(0, Number(line.slice(0, comma))) + line.slice(comma + 1);
    out.push(previous);
  }
  return out;
}

/** Builds the shipped index from the dictionary's files. */
export function buildIndexData(texts: DictionaryTexts): DictionaryIndexData {
  const roots = new Set<string>();
  for (const text of Object.values(texts.roots))
    for (const entry of parseRoots(text).entries) roots.add(entry.headword.toLowerCase());
  const acronyms = new Set(parseAcronyms(texts.acronyms).entries.map((entry) => entry.acronym));
  const expressions = new Set(
    parseExpressions(texts.expressions).entries.map((entry) => entry.expression.toLowerCase()),
  );
  return {
    roots: frontCode([...roots].sort()),
    acronyms: frontCode([...acronyms].sort()),
    expressions: [...expressions].sort().join('\n'),
  };
}

const lines = (text: string) => text.split('\n').filter(Boolean);

/** Turns the shipped index into sets and maps. */
export function parseIndexData(data: DictionaryIndexData): DictionaryIndex {
  return {
    roots: new Set(frontDecode(data.roots)),
    acronyms: new Map(
      frontDecode(data.acronyms).map((acronym) => [acronym.toLowerCase(), acronym]),
    ),
    expressions: new Set(lines(data.expressions)),
  };
}
