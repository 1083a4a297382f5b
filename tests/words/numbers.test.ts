import { describe, expect, it } from 'vitest';
import { numberToWords, readNumber, withNumbers } from '../../src/features/words/language/numbers';
import { studyTargets, tokenize } from '../../src/features/words/language/tokenize';

describe('numberToWords', () => {
  it.each([
    ['0', 'nol'],
    ['1', 'satu'],
    ['10', 'sepuluh'],
    ['11', 'sebelas'],
    ['12', 'dua belas'],
    ['19', 'sembilan belas'],
    ['20', 'dua puluh'],
    ['27', 'dua puluh tujuh'],
    ['70', 'tujuh puluh'],
    ['100', 'seratus'],
    ['101', 'seratus satu'],
    ['110', 'seratus sepuluh'],
    ['115', 'seratus lima belas'],
    ['250', 'dua ratus lima puluh'],
    ['1000', 'seribu'],
    ['1953', 'seribu sembilan ratus lima puluh tiga'],
    ['2023', 'dua ribu dua puluh tiga'],
    ['11000', 'sebelas ribu'],
    ['100000', 'seratus ribu'],
    ['1000000', 'satu juta'],
    ['2000000000', 'dua miliar'],
  ])('%s is %s', (digits, words) => {
    expect(numberToWords(digits)).toBe(words);
  });

  it('reads dots as thousands separators', () => {
    expect(numberToWords('3.000')).toBe('tiga ribu');
    expect(numberToWords('1.500.000')).toBe('satu juta lima ratus ribu');
    expect(numberToWords('21.001')).toBe('dua puluh satu ribu satu');
  });

  it('reads a comma as the decimal mark, the decimals digit by digit', () => {
    expect(numberToWords('3,5')).toBe('tiga koma lima');
    expect(numberToWords('0,25')).toBe('nol koma dua lima');
    expect(numberToWords('1.250,75')).toBe('seribu dua ratus lima puluh koma tujuh lima');
  });

  it('refuses what is not a number written the Indonesian way', () => {
    expect(numberToWords('COVID-19')).toBeNull();
    expect(numberToWords('3.00')).toBeNull();
    expect(numberToWords('1,2,3')).toBeNull();
    expect(numberToWords('1234567890123456789')).toBeNull();
  });
});

describe('readNumber', () => {
  it('reads ke- + a number as an ordinal, written as one word', () => {
    expect(readNumber('ke-70')).toEqual({
      text: 'ke-70',
      kind: 'ordinal',
      value: '70',
      words: 'ketujuh puluh',
      base: 'tujuh puluh',
    });
    expect(readNumber('ke-2')?.words).toBe('kedua');
    expect(readNumber('ke-1')?.words).toBe('pertama');
  });

  it('reads a year as a number', () => {
    expect(readNumber('2023')).toMatchObject({
      kind: 'cardinal',
      words: 'dua ribu dua puluh tiga',
    });
  });
});

describe('withNumbers', () => {
  it('adds the readable numbers of a sentence to its targets, in order', () => {
    const text = 'Hari “Kemenangan” ke-70 pada 27 Juli 2023 dan COVID-19';
    const targets = withNumbers(studyTargets(tokenize(text), new Set()), text);
    expect(targets.map((target) => target.text)).toEqual([
      'Hari',
      'Kemenangan',
      'ke-70',
      'pada',
      '27',
      'Juli',
      '2023',
      'dan',
    ]);
  });
});
