/**
 * Reports how well the morphological analyzer does on tests/morphology/eval-set.json.
 * Run with `npx tsx scripts/eval-morphology.ts` (npm run eval:morphology). It reports and never
 * gates: the exit code is 0 whatever the figures; the Vitest suite holds the thresholds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROOTS } from '../src/features/words/morphology/roots';
import { evaluate, formatAffixes, parseEvalSet } from '../src/features/words/morphology/evaluate';

const evalPath = fileURLToPath(new URL('../tests/morphology/eval-set.json', import.meta.url));
const items = parseEvalSet(readFileSync(evalPath, 'utf8'));
const report = evaluate(items);
const pct = (value: number) => `${value.toFixed(1)}%`;

console.log(`Morphology evaluation (${ROOTS.size} dictionary roots)`);
console.log(`Items:                 ${report.total}`);
console.log(
  `Root accuracy:         ${pct(report.rootAccuracy)} (${report.rootCorrect}/${report.total})`,
);
console.log(
  `Full-breakdown accuracy: ${pct(report.fullAccuracy)} (${report.fullCorrect}/${report.total})`,
);

console.log('\nBy category (root / full):');
for (const [category, s] of Object.entries(report.byCategory)) {
  console.log(
    `  ${category.padEnd(14)} ${String(s.total).padStart(4)}  ${pct(s.rootAccuracy).padStart(6)}  ${pct(s.fullAccuracy).padStart(6)}`,
  );
}

console.log(`\nMisses (${report.misses.length}):`);
for (const miss of report.misses) {
  const kind = miss.rootCorrect ? 'affixes' : 'root';
  console.log(
    `  [${kind}] ${miss.item.word}: expected ${miss.item.root} ${formatAffixes(miss.item.affixes)}, got ${miss.gotRoot} ${formatAffixes(miss.gotAffixes)}`,
  );
}
