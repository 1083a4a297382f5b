/**
 * The lexical evidence the aligner reads from each sentence: numbers (normalised, so
 * `10.000` ~ `10,000` ~ `10000` and `3,27` ~ `3.27`), words written the same on both
 * sides (names, acronyms, loans), word translations, and dialogue marks (quotation,
 * question and exclamation marks). Every piece of evidence is a key, interned to an
 * integer; a source "item" is a set of alternative keys any one of which, found in a
 * target sentence, counts as a match.
 */

/** A word's English counterparts, lowercase; hunalign's dictionary in a function. */
export type Translate = (idWord: string) => readonly string[];

/** One piece of evidence in a sentence and the keys that would match it on the other side. */
export interface Item {
  keys: readonly number[];
  /**
   * Probability that a true translation shows it, beyond chance: a number is nearly
   * always carried over, a name often, a given word translation less often.
   */
  pTrue: number;
  /** Whether its absence counts even when no sentence of the other side could match it. */
  strong: boolean;
}

export interface SideFeatures {
  /** Sorted, distinct keys present in each sentence (what an item of the other side can match). */
  present: Int32Array[];
  /** Items of each sentence (what this side asks the other side to contain). */
  items: Item[][];
}

const TOKEN = /\p{L}+(?:['’]\p{L}+)?|\p{N}+(?:[.,:]\p{N}+)*/gu;
const QUOTE = /["“”«»„]/u;

/** Probability that a translation carries each kind of evidence over (see Item.pTrue). */
export const P_TRUE = {
  number: 0.8,
  name: 0.6,
  identical: 0.35,
  translation: 0.35,
  mark: 0.6,
} as const;

/** `10.000`, `10,000`, `10000` -> `10000`; `3,27`, `3.27` -> `327`; `007` -> `7`. */
export function numberKey(token: string): string {
  const digits = token.replace(/[^\p{N}]/gu, '');
  const stripped = digits.replace(/^0+(?=\d)/u, '');
  return `#${stripped}`;
}

export class KeyTable {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

function marks(sentence: string): string[] {
  const out: string[] = [];
  if (QUOTE.test(sentence)) out.push('"');
  if (sentence.includes('?')) out.push('?');
  if (sentence.includes('!')) out.push('!');
  return out;
}

/** An English word and, for a plural, its singular, so a base-form translation matches. */
function englishForms(word: string): string[] {
  return word.length > 3 && word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
}

/**
 * A word that a translation would keep as it is: capitalised but not the sentence's first
 * word (which is capitalised anyway), or an acronym; not a one- or two-letter initial or
 * title (`H.`, `Ir.`, `Dr.`).
 */
function isNameLike(word: string, first: boolean): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  return !first && word.length > 2 && /^\p{Lu}/u.test(word);
}

function sortedUnique(values: number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let count = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[count++] = sorted[k] as number;
  }
  return sorted.slice(0, count);
}

/**
 * Reads one side: the keys present in each sentence (what the other side's items can
 * match) and each sentence's items. A word's items ask for the word itself or one of its
 * translations (`translate`); names, acronyms and numbers also count when the other side
 * has nothing like them. Work is cached per word, since a text repeats its words.
 */
function readSide(
  sentences: readonly string[],
  keys: KeyTable,
  english: boolean,
  translate: Translate,
): { present: Int32Array[]; items: Item[][]; words: string[] } {
  /** Everything about a token as written, worked out once per distinct token. */
  interface Known {
    present: number[];
    /** The word's item: itself or its translations; null for short untranslated words. */
    alternatives: number[];
    translated: boolean;
    short: boolean;
    /** Name-like when first in the sentence, and elsewhere. */
    nameFirst: boolean;
    nameInside: boolean;
  }
  const known = new Map<string, Known>();
  const learn = (text: string): Known => {
    const lower = text.toLowerCase();
    const forms = english ? englishForms(lower) : [lower];
    const present = forms.map((f) => keys.id(`w:${f}`));
    const translations = forms.flatMap((f) => translate(f));
    const info: Known = {
      present,
      alternatives: [...new Set([...present, ...translations.map((e) => keys.id(`w:${e}`))])],
      translated: translations.length > 0,
      short: lower.length < 4,
      nameFirst: isNameLike(text, true),
      nameInside: isNameLike(text, false),
    };
    known.set(text, info);
    return info;
  };
  const present: Int32Array[] = [];
  const items: Item[][] = [];
  for (const sentence of sentences) {
    const ids: number[] = [];
    const list: Item[] = [];
    const seen = new Set<number>();
    TOKEN.lastIndex = 0;
    let first = true;
    for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
      const text = m[0];
      const wasFirst = first;
      first = false;
      const code = text.charCodeAt(0);
      if ((code >= 48 && code <= 57) || (code > 127 && /^\p{N}/u.test(text))) {
        const id = keys.id(numberKey(text));
        ids.push(id);
        if (seen.has(id)) continue;
        seen.add(id);
        list.push({ keys: [id], pTrue: P_TRUE.number, strong: true });
        continue;
      }
      const info = known.get(text) ?? learn(text);
      for (const id of info.present) ids.push(id);
      const id = info.present[0] as number;
      if (seen.has(id)) continue;
      seen.add(id);
      const name = wasFirst ? info.nameFirst : info.nameInside;
      if (!name && !info.translated && info.short) continue;
      const pTrue = name ? P_TRUE.name : info.translated ? P_TRUE.translation : P_TRUE.identical;
      list.push({ keys: info.alternatives, pTrue, strong: name });
    }
    for (const mark of marks(sentence)) {
      const id = keys.id(`m:${mark}`);
      ids.push(id);
      list.push({ keys: [id], pTrue: P_TRUE.mark, strong: false });
    }
    present.push(sortedUnique(ids));
    items.push(list);
  }
  const words = new Set<string>();
  for (const text of known.keys()) words.add(text.toLowerCase());
  return { present, items, words: [...words] };
}

/**
 * English to Indonesian, for the words of this source text only: the translation
 * function read backwards, so an English sentence's words ask for their Indonesian
 * counterparts as the Indonesian words ask for their English ones.
 */
function reverse(sourceWords: readonly string[], translate: Translate): Translate {
  const inverse = new Map<string, string[]>();
  for (const word of sourceWords) {
    for (const e of translate(word)) {
      const list = inverse.get(e);
      if (list) list.push(word);
      else inverse.set(e, [word]);
    }
  }
  return (enWord) => inverse.get(enWord) ?? [];
}

export function extractFeatures(
  source: readonly string[],
  target: readonly string[],
  translate: Translate,
): { source: SideFeatures; target: SideFeatures; keyCount: number } {
  const keys = new KeyTable();
  const src = readSide(source, keys, false, translate);
  const tgt = readSide(target, keys, true, reverse(src.words, translate));
  return {
    source: { present: src.present, items: src.items },
    target: { present: tgt.present, items: tgt.items },
    keyCount: keys.size,
  };
}

/** For each key, the sorted indices of the sentences it is present in. */
export function postings(present: readonly Int32Array[], keyCount: number): Int32Array[] {
  const counts = new Int32Array(keyCount);
  for (const keys of present) for (const k of keys) counts[k] = (counts[k] as number) + 1;
  const lists = Array.from({ length: keyCount }, (_, k) => new Int32Array(counts[k] ?? 0));
  const fill = new Int32Array(keyCount);
  present.forEach((keys, sentence) => {
    for (const k of keys) {
      const at = fill[k] as number;
      (lists[k] as Int32Array)[at] = sentence;
      fill[k] = at + 1;
    }
  });
  return lists;
}
