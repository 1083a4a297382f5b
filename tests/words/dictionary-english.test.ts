/** English word forms and matching gloss words in a translation. */
import { describe, expect, it } from 'vitest';
import {
  englishForms,
  glossWords,
  matchEnglish,
  pastParticiple,
  presentParticiple,
  thirdPerson,
} from '../../src/features/words/language/dictionary/english';

describe('English inflection', () => {
  it.each([
    ['write', 'writes', 'writing', 'written'],
    ['stop', 'stops', 'stopping', 'stopped'],
    ['carry', 'carries', 'carrying', 'carried'],
    ['watch', 'watches', 'watching', 'watched'],
    ['lie', 'lies', 'lying', 'lain'],
    ['visit', 'visits', 'visiting', 'visited'],
  ])('%s', (base, third, ing, participle) => {
    expect(thirdPerson(base)).toBe(third);
    expect(presentParticiple(base)).toBe(ing);
    expect(pastParticiple(base)).toBe(participle);
  });

  it('covers irregular pasts and comparatives', () => {
    expect(englishForms('go')).toEqual(expect.arrayContaining(['went', 'gone', 'goes', 'going']));
    expect(englishForms('big')).toEqual(expect.arrayContaining(['bigger', 'biggest']));
    expect(englishForms('happy')).toEqual(expect.arrayContaining(['happier', 'happiest']));
    expect(englishForms('good')).toEqual(expect.arrayContaining(['better', 'best']));
  });
});

describe('matching gloss words in a translation', () => {
  it('takes the content words of a gloss, without notes or stopwords', () => {
    expect(glossWords('(of water) rise, go up; be high (base of tinggi)')).toEqual([
      'rise',
      'go',
      'high',
    ]);
  });

  it('finds inflected forms, as written, each once, in order', () => {
    expect(
      matchEnglish(['buy; purchase'], 'She bought rice and buys more; the purchases grew.'),
    ).toEqual(['bought', 'buys', 'purchases']);
  });

  it('skips stopwords even when the gloss has them', () => {
    expect(matchEnglish(['be the one'], 'It is the one.')).toEqual([]);
  });

  it('matches a possessive form', () => {
    expect(matchEnglish(['government'], 'The government’s plan.')).toEqual(['government’s']);
  });
});
