/** The dictionary checker's order rule and the evaluation's sense matching. */
import { describe, expect, it } from 'vitest';
import { checkOrder, compareKeys } from '../../scripts/lib/dictionary-checks';
import { containsSense, parseGold } from '../../scripts/lib/eval-words';

const keyed = (keys: string[]) => keys.map((key, index) => ({ entry: key, key, line: index + 1 }));

describe('the order of dictionary files', () => {
  it('is code-point order: capitals before small letters, hyphen and space before letters', () => {
    const sorted = ['PPPK', 'PPh', 'a.n.', 'anak', 'anak buah', 'anak-anak', 'anakan'];
    expect([...sorted].reverse().sort(compareKeys)).toEqual(sorted);
    expect(checkOrder(keyed(sorted))).toEqual([]);
  });

  it('names duplicates and lines out of order at their line', () => {
    expect(checkOrder(keyed(['baca', 'baca', 'ada']))).toEqual([
      { line: 2, message: '"baca" is listed twice' },
      { line: 3, message: '"ada" should come before "baca" (not sorted)' },
    ]);
  });
});

describe('the word evaluation', () => {
  it('counts a sense only as whole words', () => {
    expect(containsSense('thing eaten, food', 'food')).toBe(true);
    expect(containsSense('be made to write, be written', 'write')).toBe(true);
    expect(containsSense('seafood', 'food')).toBe(false);
    expect(containsSense('take care of', 'take care')).toBe(true);
  });

  it('reads gold lines with alternative roots and senses', () => {
    expect(parseGold('mengerti\terti|arti\tunderstand\n')).toEqual([
      { form: 'mengerti', roots: ['erti', 'arti'], senses: ['understand'] },
    ]);
    expect(() => parseGold('mengerti\terti\n')).toThrow(/line 1/);
  });
});
