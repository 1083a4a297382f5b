/**
 * Reports how well the dictionary and the card's lookup do on the evaluation texts in
 * tests/fixtures/words/ (news, everyday, fiction; written for the purpose, with gold roots and
 * senses for their affixed words): token coverage, root accuracy on the affixed words, gloss
 * coverage, sense accuracy, a sample of misses, and the gold roots the dictionary lacks.
 * Run with `npm run eval:words`. It reports and never gates (exit code 0).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOTS } from '../src/features/words/morphology/roots';
import { diskDictionary } from './lib/disk-dictionary';
import { evaluateText, parseGold, type TextReport, type WordResult } from './lib/eval-words';

const dir = fileURLToPath(new URL('../tests/fixtures/words', import.meta.url));
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.gold.tsv'))
  .map((file) => file.replace(/\.gold\.tsv$/, ''))
  .sort();

const dictionary = diskDictionary();
const index = await dictionary.index();
const reports: TextReport[] = [];
for (const name of names) {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const gold = parseGold(readFileSync(join(dir, `${name}.gold.tsv`), 'utf8'));
  reports.push(await evaluateText(dictionary, name, text, gold));
}

const pct = (n: number, d: number) => `${d === 0 ? '–' : ((100 * n) / d).toFixed(1)}%`;
const count = (words: WordResult[], test: (w: WordResult) => boolean) => words.filter(test).length;

console.log(
  `Dictionary: ${index.roots.size} roots, ${index.acronyms.size} acronyms, ${index.expressions.size} expressions`,
);
console.log('\ntext        tokens  coverage  affixed  root     gloss    sense   (composed)');
const all: WordResult[] = [];
let tokens = 0;
let covered = 0;
for (const r of reports) {
  all.push(...r.words);
  tokens += r.tokens;
  covered += r.coveredTokens;
  const n = r.words.length;
  console.log(
    `${r.name.padEnd(10)} ${String(r.tokens).padStart(7)}  ${pct(r.coveredTokens, r.tokens).padStart(8)}  ${String(n).padStart(7)}  ${pct(
      count(r.words, (w) => w.rootRight),
      n,
    ).padStart(6)}  ${pct(
      count(r.words, (w) => w.hasGloss),
      n,
    ).padStart(6)}  ${pct(
      count(r.words, (w) => w.senseRight),
      n,
    ).padStart(6)}   ${count(r.words, (w) => w.composed)}`,
  );
}
const n = all.length;
console.log(
  `${'all'.padEnd(10)} ${String(tokens).padStart(7)}  ${pct(covered, tokens).padStart(8)}  ${String(n).padStart(7)}  ${pct(
    count(all, (w) => w.rootRight),
    n,
  ).padStart(6)}  ${pct(
    count(all, (w) => w.hasGloss),
    n,
  ).padStart(6)}  ${pct(
    count(all, (w) => w.senseRight),
    n,
  ).padStart(6)}   ${count(all, (w) => w.composed)}`,
);

const sample = (title: string, list: WordResult[], show: (w: WordResult) => string) => {
  console.log(`\n${title} (${list.length}):`);
  for (const w of list.slice(0, 25)) console.log(`  ${show(w)}`);
  if (list.length > 25) console.log(`  … and ${list.length - 25} more`);
};
sample(
  'Wrong root',
  all.filter((w) => !w.rootRight),
  (w) => `${w.item.form}: expected ${w.item.roots.join('|')}, got ${w.gotRoot}`,
);
sample(
  'No gloss',
  all.filter((w) => !w.hasGloss),
  (w) => `${w.item.form} (root ${w.item.roots.join('|')})`,
);
sample(
  'Wrong sense',
  all.filter((w) => w.hasGloss && !w.senseRight),
  (w) =>
    `${w.item.form}: wanted ${w.item.senses.slice(0, 4).join('|')}; card says ${w.composed ? '(composed) ' : ''}"${w.meaning ?? ''}"`,
);

const missingRoots = [
  ...new Set(
    all.flatMap((w) =>
      w.item.roots.some((r) => index.roots.has(r)) ? [] : [w.item.roots[0] ?? ''],
    ),
  ),
].sort();
console.log(
  `\nGold roots not in the dictionary (${missingRoots.length}): ${missingRoots.join(' ')}`,
);
const unknown = [...new Set(reports.flatMap((r) => r.unknownWords))].sort();
console.log(
  `\nWords of the texts the dictionary does not know (${unknown.length}): ${unknown.join(' ')}`,
);
console.log(
  `\n(The analyzer also stems against its own list of ${ROOTS.size} roots; coverage counts only the dictionary.)`,
);
