/** Parsing the dictionary's TSV files, and the index built from them. */
import { describe, expect, it } from 'vitest';
import {
  buildIndexData,
  frontCode,
  frontDecode,
  parseIndexData,
} from '../../src/features/words/language/dictionary/dictionaryIndex';
import {
  letterOf,
  parseAcronyms,
  parseDerived,
  parseExpressions,
  parseRoots,
} from '../../src/features/words/language/dictionary/parse';
import { senses } from '../../src/features/words/language/dictionary/types';
import { FIXTURE_TEXTS } from './dictionaryFixture';

describe('parsing the dictionary files', () => {
  it('reads roots, skipping blank lines and comments', () => {
    const { entries, problems } = parseRoots(
      '# roots\nbaca\tv\tread\n\nbangun\tv\twake up; build\n',
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { headword: 'baca', pos: 'v', gloss: 'read' },
      { headword: 'bangun', pos: 'v', gloss: 'wake up; build' },
    ]);
  });

  it('names the line and the reason of every bad line', () => {
    const { entries, problems } = parseRoots('baca\tverb\tread\nbangun\tv\nsiap\tadj\t ready\n');
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      { line: 1, reason: 'unknown part of speech "verb"' },
      { line: 2, reason: 'expected 3 columns, found 2' },
      { line: 3, reason: 'an empty field or spaces around a field' },
    ]);
  });

  it('reads derived words with their affixes, and rejects an unknown affix', () => {
    const good = parseDerived('diperkirakan\tkira\tdi- per- -kan\tv\tbe estimated\n');
    expect(good.entries[0]).toMatchObject({ root: 'kira', affixes: ['di-', 'per-', '-kan'] });
    const bad = parseDerived('kebutuhan\tbutuh\tke-..-an\tn\tneed\n');
    expect(bad.problems[0]?.reason).toBe('unknown affix "ke-..-an"');
  });

  it('reads acronyms (a dash for a plain name) and multi-word expressions', () => {
    const acronyms = parseAcronyms(
      'BMKG\tBadan Meteorologi\tweather agency\nBulog\t-\tfood agency\n',
    );
    expect(acronyms.entries).toEqual([
      { acronym: 'BMKG', expansion: 'Badan Meteorologi', gloss: 'weather agency' },
      { acronym: 'Bulog', gloss: 'food agency' },
    ]);
    const expressions = parseExpressions('ibu kota\tn\tcapital\nkota\tn\ttown\n');
    expect(expressions.entries).toHaveLength(1);
    expect(expressions.problems[0]?.reason).toMatch(/more than one word/);
  });

  it('splits a gloss into senses and synonyms', () => {
    expect(senses('wake up, get up; build')).toEqual([['wake up', 'get up'], ['build']]);
  });

  it('files a word under its first letter', () => {
    expect(letterOf('Éra')).toBe('e');
    expect(letterOf('makan')).toBe('m');
    expect(letterOf('123')).toBeUndefined();
  });
});

describe('the index', () => {
  it('holds every headword and the acronym and expression keys, but no gloss', () => {
    const data = buildIndexData(FIXTURE_TEXTS);
    expect(JSON.stringify(data)).not.toMatch(/hospital|government/);
    const index = parseIndexData(data);
    expect(index.roots.has('makan')).toBe(true);
    expect(index.roots.size).toBe(12);
    expect(index.acronyms.get('polri')).toBe('Polri');
    expect(index.expressions.has('rumah sakit')).toBe(true);
  });
});

describe('front coding', () => {
  it('shares each line’s prefix with the line before, and decodes back', () => {
    const lines = ['makan', 'makanan', 'maksud', 'PBB', 'Polri'];
    const coded = frontCode(lines);
    expect(coded).toBe('0,makan\n5,an\n3,sud\n0,PBB\n1,olri');
    expect(frontDecode(coded)).toEqual(lines);
  });
});
