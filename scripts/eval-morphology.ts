/**
 * Reports how well the morphological analyzer does on tests/morphology/eval-set.json, twice:
 * with its own root list alone, and as the app runs it, stemming against the dictionary's
 * headwords too (more roots make more wrong stems possible) and preferring the readings the
 * dictionary's derived entries give. Run with `npm run eval:morphology`. It reports and never
 * gates: the exit code is 0 whatever the figures; the Vitest suite holds the thresholds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROOTS } from '../src/features/words/language/morphology/roots';
import { evaluate, formatAffixes, parseEvalSet, type EvalReport } from './lib/eval-morphology';
import { stemmerFor } from '../src/features/words/language/dictionary/lookup';
import { parseDerived } from '../src/features/words/language/dictionary/parse';
import { readDictionaryTexts } from './lib/dictionary-files';
import { diskDictionary } from './lib/disk-dictionary';

const evalPath = fileURLToPath(new URL('../tests/morphology/eval-set.json', import.meta.url));
const items = parseEvalSet(readFileSync(evalPath, 'utf8'));
const pct = (value: number) => `${value.toFixed(1)}%`;

function print(title: string, report: EvalReport): void {
  console.log(`\n${title}`);
  console.log(`Items:                 ${report.total}`);
  console.log(
    `Root accuracy:         ${pct(report.rootAccuracy)} (${report.rootCorrect}/${report.total})`,
  );
  console.log(
    `Full-breakdown accuracy: ${pct(report.fullAccuracy)} (${report.fullCorrect}/${report.total})`,
  );
  console.log('By category (root / full):');
  for (const [category, s] of Object.entries(report.byCategory)) {
    console.log(
      `  ${category.padEnd(14)} ${String(s.total).padStart(4)}  ${pct(s.rootAccuracy).padStart(6)}  ${pct(s.fullAccuracy).padStart(6)}`,
    );
  }
  console.log(`Misses (${report.misses.length}):`);
  for (const miss of report.misses) {
    const kind = miss.rootCorrect ? 'affixes' : 'root';
    console.log(
      `  [${kind}] ${miss.item.word}: expected ${miss.item.root} ${formatAffixes(miss.item.affixes)}, got ${miss.gotRoot} ${formatAffixes(miss.gotAffixes)}`,
    );
  }
}

print(`Morphology evaluation, analyzer's own list (${ROOTS.size} roots)`, evaluate(items));

// The app prefers the reading of a derived entry of the form's letter; all letters here.
const derived = new Map<string, string>();
for (const text of Object.values(readDictionaryTexts().derived))
  for (const entry of parseDerived(text).entries) derived.set(entry.form, entry.root);
const { analyze, index } = await stemmerFor(diskDictionary());
print(
  `Morphology evaluation, with the dictionary (${index.roots.size} headwords, ${derived.size} derived forms)`,
  evaluate(items, (word) => analyze(word, derived)),
);
