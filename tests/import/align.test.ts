import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignParagraphs,
  alignSentences,
  type AlignedPair,
  UNSURE_BELOW,
} from '../../src/features/import/align.ts';
import { numberKey } from '../../src/features/import/features.ts';
import { seedTranslations } from '../../src/features/import/seedLexicon.ts';

const shape = (pairs: AlignedPair[]) =>
  pairs.map((p) => `${p.source.join(',')}-${p.target.join(',')}`);

/** Every sentence of both sides in exactly one pair, in order on both sides. */
function expectPartition(pairs: AlignedPair[], n: number, m: number) {
  const source = pairs.flatMap((p) => p.source);
  const target = pairs.flatMap((p) => p.target);
  expect(source).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(target).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const p of pairs) {
    expect(p.source.length + p.target.length).toBeGreaterThan(0);
    expect(p.source.length).toBeLessThanOrEqual(2);
    expect(p.target.length).toBeLessThanOrEqual(2);
    expect(p.confidence).toBeGreaterThanOrEqual(0);
    expect(p.confidence).toBeLessThanOrEqual(1);
  }
}

const ID = [
  'Banjir setinggi 1,5 meter merendam 12 kelurahan di Samarinda sejak Selasa malam.',
  'Hujan deras selama sepuluh jam membuat Sungai Karang Mumus meluap.',
  'Sedikitnya 4.350 rumah terendam dan 1.127 warga mengungsi ke masjid dan sekolah.',
  'Siti Rahmah kini tinggal bersama tiga anaknya di sebuah ruang kelas.',
  'Dinas Kesehatan mendirikan enam posko kesehatan di kota itu.',
  'Hingga Rabu siang, 213 warga mengeluhkan gatal-gatal, diare, dan demam.',
];
const EN = [
  'Floods 1.5 metres deep have covered 12 urban villages in Samarinda since Tuesday night.',
  'Ten hours of heavy rain made the Karang Mumus River burst its banks.',
  'At least 4,350 houses are under water and 1,127 residents have fled to mosques and schools.',
  'Siti Rahmah is now staying with her three children in a classroom.',
  'The health office has set up six health posts in the city.',
  'By Wednesday noon, 213 people had reported itching, diarrhoea or fever.',
];

describe('alignSentences', () => {
  it('pairs a faithful translation one to one', () => {
    const { pairs } = alignSentences(ID, EN);
    expect(shape(pairs)).toEqual(['0-0', '1-1', '2-2', '3-3', '4-4', '5-5']);
    expect(Math.min(...pairs.map((p) => p.confidence))).toBeGreaterThanOrEqual(UNSURE_BELOW);
  });

  it('finds a 1-2 pair when the translator split a sentence', () => {
    const en = [
      ...EN.slice(0, 2),
      'At least 4,350 houses are under water.',
      'Some 1,127 residents have fled to mosques and schools.',
      ...EN.slice(3),
    ];
    expect(shape(alignSentences(ID, en).pairs)).toEqual([
      '0-0',
      '1-1',
      '2-2,3',
      '3-4',
      '4-5',
      '5-6',
    ]);
  });

  it('finds a 2-1 pair when the translator merged two sentences', () => {
    const id = [
      ...ID.slice(0, 2),
      'Sedikitnya 4.350 rumah terendam.',
      'Sebanyak 1.127 warga mengungsi ke masjid dan sekolah.',
      ...ID.slice(3),
    ];
    expect(shape(alignSentences(id, EN).pairs)).toEqual([
      '0-0',
      '1-1',
      '2,3-2',
      '4-3',
      '5-4',
      '6-5',
    ]);
  });

  it('finds a 2-2 pair when two sentences are recast as two others', () => {
    const id = [
      ...ID.slice(0, 2),
      'Sedikitnya 4.350 rumah terendam dan 1.127 warga',
      'mengungsi ke masjid dan sekolah, kata Siti Rahmah yang tinggal bersama tiga anaknya di sebuah ruang kelas.',
      ...ID.slice(4),
    ];
    const en = [
      ...EN.slice(0, 2),
      'At least 4,350 houses are under water and 1,127 residents have fled to mosques and schools, said Siti Rahmah,',
      'who is now staying with her three children in a classroom.',
      ...EN.slice(4),
    ];
    expect(shape(alignSentences(id, en).pairs)).toContain('2,3-2,3');
  });

  it('leaves a sentence without counterpart on either side', () => {
    const id = [
      ...ID.slice(0, 3),
      'Informasi lebih lanjut: BPBD Kaltim (ANT/RZ/2023).',
      ...ID.slice(3),
    ];
    const dropped = shape(alignSentences(id, EN).pairs);
    expect(dropped).toContain('3-');
    const en = [
      ...EN.slice(0, 1),
      'Samarinda, the capital of East Kalimantan, lies on the Mahakam, the second-longest river of Borneo.',
      ...EN.slice(1),
    ];
    expect(shape(alignSentences(ID, en).pairs)).toContain('-1');
  });

  it('uses numbers written the other way as anchors', () => {
    expect(numberKey('10.000')).toBe(numberKey('10,000'));
    expect(numberKey('10000')).toBe(numberKey('10.000'));
    expect(numberKey('3,27')).toBe(numberKey('3.27'));
    expect(numberKey('2019')).not.toBe(numberKey('2020'));
    // An English sentence with no counterpart, as long as its neighbours: only the
    // numbers (written the other way) tell whether it comes before them or after.
    const id = [...ID, 'Harga naik 3,27 persen tahun ini.', 'Ada 10.000 ton beras di gudang.'];
    const numbers = ['Prices rose 3.27 percent this year.', 'There are 10,000 tonnes in store.'];
    const extra = 'Nobody had seen that coming at all.';
    const before = shape(alignSentences(id, [...EN, extra, ...numbers]).pairs);
    expect(before.slice(-3)).toEqual(['-6', '6-7', '7-8']);
    const after = shape(alignSentences(id, [...EN, ...numbers, extra]).pairs);
    expect(after.slice(-3)).toEqual(['6-6', '7-7', '-8']);
  });

  it('uses word translations, and takes its own', () => {
    expect(seedTranslations('rumah')).toContain('house');
    expect(seedTranslations('rumahnya')).toContain('house');
    const calls: string[] = [];
    alignSentences(ID, EN, {
      translations: (w) => {
        calls.push(w);
        return [];
      },
    });
    expect(calls).toContain('banjir');
  });

  it('widens the band and searches again when the path runs along its edge', () => {
    // Twenty Indonesian sentences the translation leaves out push the path off the diagonal.
    const extra = Array.from(
      { length: 20 },
      (_, k) => `Catatan redaksi nomor ${k + 100} tentang arsip Kalimantan Timur.`,
    );
    const id = [...extra, ...ID, ...ID, ...ID];
    const en = [...EN, ...EN, ...EN];
    const result = alignSentences(id, en, { initialBand: 4 });
    expect(result.passes).toBeGreaterThan(1);
    expect(result.band).toBeGreaterThan(4);
    expectPartition(result.pairs, id.length, en.length);
    expect(shape(result.pairs).slice(-6)).toEqual([
      '32-12',
      '33-13',
      '34-14',
      '35-15',
      '36-16',
      '37-17',
    ]);
  });

  it('reports progress and handles empty sides', () => {
    const seen: number[] = [];
    alignSentences(ID, EN, { onProgress: (p) => seen.push(p.fraction) });
    expect(seen.at(-1)).toBe(1);
    expect(shape(alignSentences(ID.slice(0, 2), []).pairs)).toEqual(['0-', '1-']);
    expect(shape(alignSentences([], EN.slice(0, 1)).pairs)).toEqual(['-0']);
    expect(alignSentences([], []).pairs).toEqual([]);
  });

  it('counts paragraph starts through alignParagraphs', () => {
    const result = alignParagraphs([ID.slice(0, 3), ID.slice(3)], [EN.slice(0, 2), EN.slice(2)]);
    expect(shape(result.pairs)).toEqual(['0-0', '1-1', '2-2', '3-3', '4-4', '5-5']);
  });
});

describe('alignment properties', () => {
  const sentence = fc
    .array(
      fc.constantFrom(
        'rumah',
        'air',
        'Samarinda',
        '10.000',
        'jalan',
        'the',
        'house',
        'kota',
        '3,27',
        'BPS',
        'hujan',
      ),
      {
        minLength: 1,
        maxLength: 12,
      },
    )
    .map((w) => `${w.join(' ')}.`);
  const side = fc.array(sentence, { maxLength: 30 });

  it('is monotonic and uses every sentence exactly once', () => {
    fc.assert(
      fc.property(side, side, fc.integer({ min: 1, max: 8 }), (source, target, band) => {
        const { pairs } = alignSentences(source, target, { initialBand: band });
        expectPartition(pairs, source.length, target.length);
      }),
      { numRuns: 150 },
    );
  });

  it('pairs identical inputs one to one', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), (text) => {
        const { pairs } = alignSentences(text, text);
        expect(shape(pairs)).toEqual(text.map((_, k) => `${k}-${k}`));
      }),
      { numRuns: 100 },
    );
  });
});
