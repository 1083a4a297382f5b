/**
 * Scoring of the dictionary and the card's word lookup on evaluation texts
 * (`tests/fixtures/words/<name>.txt` with `<name>.gold.tsv`). Shared by `scripts/eval-words.ts`
 * and its test.
 *
 * Gold lines are `form<TAB>root<TAB>senses`: every affixed word of the text, once; `root` may
 * list alternatives with `|` (`erti|arti`); `senses` are accepted English words or phrases,
 * separated by `|`. A sense is right when the card's meaning contains one of them as whole
 * words.
 */
import type { Dictionary } from '../../src/features/words/language/dictionary/dictionary';
import { lookupIn, type WordLookup } from '../../src/features/words/language/dictionary/lookup';
import { tokenize } from '../../src/features/words/language/tokenize';

export interface GoldItem {
  form: string;
  roots: string[];
  senses: string[];
}

/** Reads a gold file; throws on a malformed line. */
export function parseGold(text: string): GoldItem[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, index) => {
      const [form, roots, senses, extra] = line.split('\t');
      if (!form || !roots || !senses || extra !== undefined)
        throw new Error(`gold line ${index + 1}: expected form, root and senses`);
      return { form, roots: roots.split('|'), senses: senses.split('|') };
    });
}

/** One gold word as the card saw it. */
export interface WordResult {
  item: GoldItem;
  gotRoot: string;
  meaning?: string;
  composed: boolean;
  rootRight: boolean;
  hasGloss: boolean;
  senseRight: boolean;
}

export interface TextReport {
  name: string;
  tokens: number;
  coveredTokens: number;
  /** Distinct words the dictionary does not know. */
  unknownWords: string[];
  words: WordResult[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `meaning` contains `sense` as whole words (case-insensitive). */
export function containsSense(meaning: string, sense: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escape(sense.toLowerCase())}($|[^\\p{L}])`, 'u').test(
    meaning.toLowerCase(),
  );
}

/** The root the card shows: the derived entry's, else the analyzer's. */
export function rootShown(found: WordLookup): string {
  return found.derived?.root ?? found.analysis.root;
}

/** Scores one text against its gold list. */
export async function evaluateText(
  dictionary: Dictionary,
  name: string,
  text: string,
  gold: readonly GoldItem[],
): Promise<TextReport> {
  let tokens = 0;
  let coveredTokens = 0;
  const unknown = new Set<string>();
  for (const paragraph of text.split('\n')) {
    for (const token of tokenize(paragraph)) {
      if (token.kind !== 'word') continue;
      tokens += 1;
      const found = await lookupIn(dictionary, token.text, { text: paragraph });
      if (found.known) coveredTokens += 1;
      else unknown.add(found.word);
    }
  }
  const sentenceOf = (form: string) =>
    text.split('\n').find((paragraph) => paragraph.toLowerCase().includes(form)) ?? '';
  const words: WordResult[] = [];
  for (const item of gold) {
    const found = await lookupIn(dictionary, item.form, { text: sentenceOf(item.form) });
    const gotRoot = rootShown(found);
    const meaning = found.meaning?.text;
    const result: WordResult = {
      item,
      gotRoot,
      composed: found.meaning?.composed ?? false,
      rootRight: item.roots.includes(gotRoot),
      hasGloss: meaning !== undefined,
      senseRight:
        meaning !== undefined && item.senses.some((sense) => containsSense(meaning, sense)),
    };
    if (meaning !== undefined) result.meaning = meaning;
    words.push(result);
  }
  return { name, tokens, coveredTokens, unknownWords: [...unknown].sort(), words };
}
