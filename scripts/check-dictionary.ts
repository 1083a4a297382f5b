/**
 * Validates the dictionary in `dictionary/` (format in dictionary/README.md) and prints its
 * counts. Run with `npm run check:dictionary`; part of `npm test`. Exits 1 when a file has a
 * problem: a malformed line (columns, spaces, unknown part of speech or affix), a duplicate, a
 * line out of order, a word in the wrong letter's file, or a derived word whose root is not a
 * root of the dictionary. An empty or missing dictionary is not an error (it only warns).
 * `--sizes` lists every part's size, raw and gzip.
 */
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIndexData } from '../src/features/words/language/dictionary/dictionaryIndex';
import {
  letterOf,
  parseAcronyms,
  parseDerived,
  parseExpressions,
  parseRoots,
  type Parsed,
} from '../src/features/words/language/dictionary/parse';
import { DICTIONARY_DIR, readDictionaryTexts } from './lib/dictionary-files';
import { checkOrder, type Keyed } from './lib/dictionary-checks';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? DICTIONARY_DIR;
const texts = readDictionaryTexts(dir);
const errors: string[] = [];
const warnings: string[] = [];
const where = (file: string, line?: number) =>
  `${relative(process.cwd(), join(dir, file))}${line ? `:${line}` : ''}`;

function collect<T>(file: string, parsed: Parsed<T>, key: (entry: T) => string): Keyed<T>[] {
  for (const problem of parsed.problems)
    errors.push(`${where(file, problem.line)}: ${problem.reason}`);
  return parsed.entries.map((entry, index) => ({
    entry,
    key: key(entry),
    line: parsed.lines[index] ?? 0,
  }));
}

function checkFile<T>(file: string, keyed: Keyed<T>[], letter?: string): void {
  for (const { line, message } of checkOrder(keyed))
    errors.push(`${where(file, line)}: ${message}`);
  if (letter)
    for (const { key, line } of keyed)
      if (letterOf(key) !== letter)
        errors.push(`${where(file, line)}: "${key}" belongs in ${letterOf(key)}.tsv`);
}

// Roots
const rootFiles = new Map<string, string>();
let rootCount = 0;
for (const [letter, text] of Object.entries(texts.roots)) {
  const file = `roots/${letter}.tsv`;
  const keyed = collect(file, parseRoots(text), (entry) => entry.headword);
  checkFile(file, keyed, letter);
  for (const { key, line } of keyed) {
    const lower = key.toLowerCase();
    if (rootFiles.has(lower) && rootFiles.get(lower) !== file)
      errors.push(`${where(file, line)}: "${key}" is also in ${rootFiles.get(lower)}`);
    rootFiles.set(lower, file);
  }
  rootCount += keyed.length;
}
const isRoot = (root: string) =>
  rootFiles.has(root.toLowerCase()) ||
  root.split(' ').every((part) => rootFiles.has(part.toLowerCase()));

// Derived words
let derivedCount = 0;
const derivedForms = new Set<string>();
const missingRoots = new Map<string, string[]>();
for (const [letter, text] of Object.entries(texts.derived)) {
  const file = `derived/${letter}.tsv`;
  const keyed = collect(file, parseDerived(text), (entry) => entry.form);
  checkFile(file, keyed, letter);
  for (const { entry, line } of keyed) {
    if (derivedForms.has(entry.form))
      errors.push(`${where(file, line)}: "${entry.form}" is listed twice`);
    derivedForms.add(entry.form);
    if (entry.affixes.length === 0)
      errors.push(`${where(file, line)}: "${entry.form}" has no affixes`);
    if (!isRoot(entry.root)) {
      const forms = missingRoots.get(entry.root) ?? [];
      forms.push(entry.form);
      missingRoots.set(entry.root, forms);
    }
    if (rootFiles.has(entry.form.toLowerCase()))
      warnings.push(`${where(file, line)}: "${entry.form}" is also a root headword`);
  }
  derivedCount += keyed.length;
}
for (const [root, forms] of missingRoots)
  errors.push(
    `derived: root "${root}" (of ${forms.slice(0, 3).join(', ')}) is not a root of the dictionary`,
  );

// Acronyms and expressions
const acronyms = collect('acronyms.tsv', parseAcronyms(texts.acronyms), (entry) => entry.acronym);
checkFile('acronyms.tsv', acronyms);
const expressions = collect(
  'expressions.tsv',
  parseExpressions(texts.expressions),
  (entry) => entry.expression,
);
checkFile('expressions.tsv', expressions);

if (rootCount === 0) warnings.push('no roots: dictionary/roots/ is empty or missing');
for (const warning of warnings.slice(0, 20)) console.warn(`warning: ${warning}`);
if (warnings.length > 20) console.warn(`… and ${warnings.length - 20} more warnings`);

console.log(
  `Dictionary: ${rootCount} roots in ${Object.keys(texts.roots).length} files, ${derivedCount} derived words in ${Object.keys(texts.derived).length} files, ${acronyms.length} acronyms, ${expressions.length} expressions`,
);
// Sizes as shipped: each part is its own chunk, gzip-compressed by the server.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const size = (text: string) => [Buffer.byteLength(text), gzipSync(text, { level: 9 }).length];
const index = buildIndexData(texts);
const parts: [string, string][] = [
  ['index (first tap)', JSON.stringify(index)],
  ...Object.entries(texts.roots).map(([l, t]): [string, string] => [`roots/${l}.tsv`, t]),
  ...Object.entries(texts.derived).map(([l, t]): [string, string] => [`derived/${l}.tsv`, t]),
  ['acronyms.tsv', texts.acronyms],
  ['expressions.tsv', texts.expressions],
];
let raw = 0;
let gzip = 0;
const rows = parts.map(([name, text]) => {
  const [r = 0, g = 0] = size(text);
  if (!name.startsWith('index')) {
    raw += r;
    gzip += g;
  }
  return `  ${name.padEnd(20)} ${kb(r).padStart(9)} ${kb(g).padStart(9)}`;
});
if (process.argv.includes('--sizes')) {
  console.log(`  ${'part'.padEnd(20)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}`);
  for (const row of rows) console.log(row);
}
console.log(
  `Size: ${kb(raw)} raw, ${kb(gzip)} gzip in parts (index ${rows[0]?.trim().replace(/^index \(first tap\)\s+/, '')})`,
);

if (errors.length > 0) {
  for (const error of errors.slice(0, 100)) console.error(error);
  if (errors.length > 100) console.error(`… and ${errors.length - 100} more`);
  console.error(`\n${errors.length} problem(s) in the dictionary.`);
  process.exit(1);
}
console.log('No problems.');
