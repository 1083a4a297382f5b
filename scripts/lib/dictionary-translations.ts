/**
 * The root dictionary (dictionary/*.tsv) as the aligner's `translations`, for evaluation
 * until the app passes it in: a word is looked up as written (derived forms, roots,
 * acronyms), then by its root from the morphological analyzer, and its English glosses
 * become single lowercase words (function words and bracketed notes dropped). The seed
 * list is kept as well, since the dictionary glosses roots, not function words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../src/features/import/features.ts';
import { seedTranslations } from '../../src/features/import/seedLexicon.ts';
import { analyzeBest } from '../../src/features/words/language/morphology/analyzer.ts';

const STOP = new Set(
  'a an the to of or and be in on at for with by as is are something someone sth sb one etc'.split(
    ' ',
  ),
);

function glossWords(gloss: string): string[] {
  return gloss
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

export function dictionaryTranslations(root: string): Translate {
  const dir = join(root, 'dictionary');
  const table = new Map<string, Set<string>>();
  const add = (word: string, gloss: string | undefined) => {
    if (!gloss) return;
    const key = word.toLowerCase();
    let set = table.get(key);
    if (!set) table.set(key, (set = new Set()));
    for (const w of glossWords(gloss)) set.add(w);
  };
  const roots = new Set<string>();
  for (const f of readdirSync(join(dir, 'roots'))) {
    for (const [word = '', , gloss] of tsv(join(dir, 'roots', f))) {
      roots.add(word);
      add(word, gloss);
    }
  }
  for (const f of readdirSync(join(dir, 'derived'))) {
    for (const [word = '', , , , gloss] of tsv(join(dir, 'derived', f))) add(word, gloss);
  }
  for (const [word = '', , gloss] of tsv(join(dir, 'expressions.tsv'))) add(word, gloss);
  for (const [acronym = '', , gloss] of tsv(join(dir, 'acronyms.tsv'))) add(acronym, gloss);

  const cache = new Map<string, readonly string[]>();
  return (word) => {
    const hit = cache.get(word);
    if (hit) return hit;
    let found = table.get(word);
    if (!found && word.length > 3) {
      const stem = analyzeBest(word, roots).root;
      found = table.get(stem);
    }
    const result = [...new Set([...seedTranslations(word), ...(found ?? [])])];
    cache.set(word, result);
    return result;
  };
}
