/**
 * `npm run check:locales`: validates every file under locales/ and fails with the file,
 * key and reason for each problem. The original language (id) is the reference.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEXT_SIDES as ARTICLE_LANGUAGES } from '../src/lib/text/types.ts';
import { validateLocales, type LocaleFiles } from '../src/lib/content/validateLocales.ts';

const root = join(import.meta.dirname, '..', 'locales');
const languages = readdirSync(root)
  .filter((name) => statSync(join(root, name)).isDirectory())
  // The original language first: it is what every translation is checked against.
  .sort(
    (a, b) => Number(b === ARTICLE_LANGUAGES.original) - Number(a === ARTICLE_LANGUAGES.original),
  );

const files: LocaleFiles = {};
for (const lng of languages) {
  files[lng] = {};
  for (const name of readdirSync(join(root, lng)).filter((n) => n.endsWith('.json'))) {
    const path = join(root, lng, name);
    files[lng][name.replace(/\.json$/, '')] = {
      path: relative(join(root, '..'), path),
      text: readFileSync(path, 'utf8'),
    };
  }
}

const problems = validateLocales(files);
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}: ${p.key}: ${p.reason}`);
  console.error(`check:locales: ${problems.length} problem(s)`);
  process.exit(1);
}
const count = Object.values(files).reduce((n, ns) => n + Object.keys(ns).length, 0);
console.log(`check:locales: ${count} files in ${languages.join(', ')} are valid and aligned`);
