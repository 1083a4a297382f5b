/**
 * The tokenizer against the real article and against the cases `Intl.Segmenter` gets wrong
 * for Indonesian: hyphenated reduplication, ordinals and codes, abbreviations with a period.
 */
import { describe, expect, it } from 'vitest';
import enArticle from '../../locales/en/article.json';
import idArticle from '../../locales/id/article.json';
import { studyTargets, tokenize, type Token } from '../../src/features/words/language/tokenize';

const idSegments = idArticle.blocks.flatMap((block) => block.segments);
const enSegments = enArticle.blocks.flatMap((block) => block.segments);

/** The non-space tokens as `text/kind`, which reads well in a failure message. */
const shape = (text: string): string[] =>
  tokenize(text)
    .filter((token) => token.kind !== 'space')
    .map((token) => `${token.text}/${token.kind}`);

const words = (text: string): string[] =>
  tokenize(text)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text);

function expectLossless(text: string, tokens: Token[]): void {
  expect(tokens.map((token) => token.text).join('')).toBe(text);
  let offset = 0;
  for (const token of tokens) {
    expect(token.start).toBe(offset);
    expect(token.end).toBe(token.start + token.text.length);
    expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(token.text).not.toBe('');
    offset = token.end;
  }
  expect(offset).toBe(text.length);
}

describe('tokenize: lossless', () => {
  it.each(idSegments)('covers the Indonesian segment exactly: %s', (segment) => {
    expectLossless(segment, tokenize(segment));
  });

  it('covers the English segments too, and odd whitespace', () => {
    for (const segment of enSegments) expectLossless(segment, tokenize(segment));
    const odd = '  Dua  spasi,\ttab\ndan baris baru.  ';
    const tokens = tokenize(odd);
    expectLossless(odd, tokens);
    expect(tokens.filter((token) => token.kind === 'space').map((token) => token.text)).toEqual([
      '  ',
      '  ',
      '\t',
      '\n',
      ' ',
      ' ',
      '  ',
    ]);
  });

  it('returns nothing for an empty segment', () => {
    expect(tokenize('')).toEqual([]);
  });
});

describe('tokenize: reduplication', () => {
  it('keeps hyphenated reduplication as one word', () => {
    expect(words('Anak-anak melihat kupu-kupu; sebaiknya sebaik-baiknya tolong-menolong.')).toEqual(
      ['Anak-anak', 'melihat', 'kupu-kupu', 'sebaiknya', 'sebaik-baiknya', 'tolong-menolong'],
    );
  });

  it('keeps affixed and rhyming reduplication and hyphenated prefixes whole', () => {
    expect(words('anak-anaknya berlari-lari bolak-balik se-Asia')).toEqual([
      'anak-anaknya',
      'berlari-lari',
      'bolak-balik',
      'se-Asia',
    ]);
  });

  it('accepts the Unicode hyphen and non-breaking hyphen', () => {
    expect(words('anak\u2010anak kupu\u2011kupu')).toEqual(['anak\u2010anak', 'kupu\u2011kupu']);
  });

  it('does not join words across a spaced dash', () => {
    expect(shape('JAKARTA - Delegasi')).toEqual(['JAKARTA/word', '-/punct', 'Delegasi/word']);
    expect(shape('ya — tidak')).toEqual(['ya/word', '—/punct', 'tidak/word']);
  });
});

describe('tokenize: numbers and codes', () => {
  it('makes ordinals, codes, years and figures numbers, whole', () => {
    expect(shape('ke-70 COVID-19 G7 2023 3.000 1,5 ke-2')).toEqual([
      'ke-70/number',
      'COVID-19/number',
      'G7/number',
      '2023/number',
      '3.000/number',
      '1,5/number',
      'ke-2/number',
    ]);
  });

  it('leaves ranges and units apart', () => {
    expect(shape('1953–2023, 50%')).toEqual([
      '1953/number',
      '–/punct',
      '2023/number',
      ',/punct',
      '50/number',
      '%/punct',
    ]);
  });
});

describe('tokenize: abbreviations', () => {
  it('keeps the period of an abbreviation', () => {
    expect(words('Dr. Ali tinggal di Jl. Sudirman No. 5 di A.S. bersama M. Hatta, dll.')).toEqual([
      'Dr.',
      'Ali',
      'tinggal',
      'di',
      'Jl.',
      'Sudirman',
      'No.',
      'di',
      'A.S.',
      'bersama',
      'M.',
      'Hatta',
      'dll.',
    ]);
  });

  it('leaves a sentence-final period as punctuation', () => {
    expect(shape('Mereka tiba.')).toEqual(['Mereka/word', 'tiba/word', './punct']);
    expect(shape('Ia melihat huruf a.')).toEqual([
      'Ia/word',
      'melihat/word',
      'huruf/word',
      'a/word',
      './punct',
    ]);
  });
});

describe('tokenize: quotes and punctuation', () => {
  it('separates curly double quotes from the word', () => {
    expect(shape('Hari “Kemenangan” ke-70')).toEqual([
      'Hari/word',
      '“/punct',
      'Kemenangan/word',
      '”/punct',
      'ke-70/number',
    ]);
  });

  it('separates straight single and double quotes from the word', () => {
    expect(shape(`Rayakan 'Hari Kemenangan', "diperkuat," ujar`)).toEqual([
      'Rayakan/word',
      "'/punct",
      'Hari/word',
      'Kemenangan/word',
      "'/punct",
      ',/punct',
      '"/punct',
      'diperkuat/word',
      ',/punct',
      '"/punct',
      'ujar/word',
    ]);
  });

  it('keeps an apostrophe inside a word, straight or curly', () => {
    expect(words("Jum'at Jum’at")).toEqual(["Jum'at", 'Jum’at']);
  });

  it('never makes punctuation a word', () => {
    for (const segment of idSegments) {
      for (const token of tokenize(segment)) {
        if (token.kind === 'word') expect(token.text).toMatch(/\p{L}/u);
        if (token.kind === 'punct') expect(token.text).not.toMatch(/[\p{L}\p{N}\s]/u);
        if (token.kind === 'number') expect(token.text).toMatch(/\p{N}/u);
      }
    }
  });
});

describe('studyTargets', () => {
  const expressions = new Set([
    'ibu kota',
    'korea utara',
    'hari kemenangan',
    'partai komunis china',
  ]);
  const targets = (text: string) => studyTargets(tokenize(text), expressions).map((t) => t.text);

  it('makes a known multi-word expression one target, case-insensitively', () => {
    expect(targets('di ibu kota Korea Utara.')).toEqual(['di', 'ibu kota', 'Korea Utara']);
    expect(targets('IBU KOTA')).toEqual(['IBU KOTA']);
  });

  it('prefers the longest expression', () => {
    const withShorter = new Set([...expressions, 'partai komunis']);
    expect(
      studyTargets(tokenize('Partai Komunis China hadir'), withShorter).map((t) => t.text),
    ).toEqual(['Partai Komunis China', 'hadir']);
    expect(
      studyTargets(tokenize('Partai Komunis Vietnam'), withShorter).map((t) => t.text),
    ).toEqual(['Partai Komunis', 'Vietnam']);
  });

  it('never spans punctuation', () => {
    expect(targets('perayaan Hari “Kemenangan” ke-70')).toEqual(['perayaan', 'Hari', 'Kemenangan']);
    expect(targets('“Hari Kemenangan” atas')).toEqual(['Hari Kemenangan', 'atas']);
  });

  it('leaves numbers, codes and punctuation out', () => {
    expect(targets('Pada 27 Juli 2023, kasus COVID-19 (G7) ke-70 naik.')).toEqual([
      'Pada',
      'Juli',
      'kasus',
      'naik',
    ]);
  });

  it('gives offsets, key and word-token indices', () => {
    const text = 'Bendera Korea  Utara';
    const tokens = tokenize(text);
    const [first, second] = studyTargets(tokens, expressions);
    expect(first).toEqual({ text: 'Bendera', key: 'bendera', start: 0, end: 7, tokens: [0] });
    expect(second).toMatchObject({ text: 'Korea  Utara', key: 'korea utara', start: 8, end: 20 });
    expect(second?.tokens.map((index) => tokens[index]?.text)).toEqual(['Korea', 'Utara']);
  });
});
