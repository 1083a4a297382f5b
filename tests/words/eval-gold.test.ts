/**
 * The evaluation texts' gold files stay usable: every line parses, each form is listed once,
 * and each form is a word of its own text (a form the text lacks would be scored against no
 * context and say nothing about the card).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../scripts/lib/eval-words';
import { tokenize } from '../../src/features/words/language/tokenize';

const folders = ['words', 'words-heldout'];

describe.each(folders)('the gold files in tests/fixtures/%s', (folder) => {
  const dir = join(__dirname, '..', 'fixtures', folder);
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.gold.tsv'))
    .map((file) => file.replace(/\.gold\.tsv$/, ''));

  it('exist', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s lists each form once, each a word of its text', (name) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const gold = parseGold(readFileSync(join(dir, `${name}.gold.tsv`), 'utf8'));
    const words = new Set(
      text
        .split('\n')
        .flatMap((paragraph) => tokenize(paragraph))
        .filter((token) => token.kind === 'word')
        .map((token) => token.text.toLowerCase()),
    );
    const forms = gold.map((item) => item.form);
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
    expect(forms.filter((form) => !words.has(form))).toEqual([]);
  });
});
