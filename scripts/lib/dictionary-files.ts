/**
 * Reads the dictionary's TSV files from disk (for the Vite plugin and the Node scripts). A
 * missing folder or file reads as empty, like the app's chunks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DictionaryTexts } from '../../src/features/words/language/dictionary/dictionaryIndex.ts';

/** The repository's `dictionary/` folder. */
export const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionary', import.meta.url));

/** Every `<letter>.tsv` of a folder, by letter. */
export function readLetters(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const match = /^([a-z])\.tsv$/.exec(name);
    if (match?.[1]) out[match[1]] = readFileSync(join(dir, name), 'utf8');
  }
  return out;
}

const readOptional = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** All the dictionary's texts under `dir`. */
export function readDictionaryTexts(dir = DICTIONARY_DIR): DictionaryTexts {
  return {
    roots: readLetters(join(dir, 'roots')),
    derived: readLetters(join(dir, 'derived')),
    acronyms: readOptional(join(dir, 'acronyms.tsv')),
    expressions: readOptional(join(dir, 'expressions.tsv')),
  };
}

/** Every file path of the dictionary under `dir` (for the plugin's file watching). */
export function dictionaryFiles(dir = DICTIONARY_DIR): string[] {
  const files: string[] = [];
  for (const sub of ['roots', 'derived']) {
    const folder = join(dir, sub);
    if (existsSync(folder))
      for (const name of readdirSync(folder))
        if (name.endsWith('.tsv')) files.push(join(folder, name));
  }
  for (const name of ['acronyms.tsv', 'expressions.tsv'])
    if (existsSync(join(dir, name))) files.push(join(dir, name));
  return files;
}
