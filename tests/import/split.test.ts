import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  splitParagraphs,
  splitSentences,
  splitText,
  type SplitLanguage,
} from '../../src/features/import/split.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('sentences, Indonesian', () => {
  const id = (text: string) => splitSentences(text, 'id');

  it('splits plain sentences', () => {
    expect(id('Hujan turun. Sungai meluap! Apa kabar?')).toEqual([
      'Hujan turun.',
      'Sungai meluap!',
      'Apa kabar?',
    ]);
  });

  it('keeps titles and address abbreviations inside the sentence', () => {
    expect(id('Dr. Siti tinggal di Jl. Merdeka No. 5 bersama Prof. Budi. Mereka datang.')).toEqual([
      'Dr. Siti tinggal di Jl. Merdeka No. 5 bersama Prof. Budi.',
      'Mereka datang.',
    ]);
    expect(id('Ia lahir di Kab. Sleman, Kec. Depok. Harganya Rp. 5.000 saja.')).toEqual([
      'Ia lahir di Kab. Sleman, Kec. Depok.',
      'Harganya Rp. 5.000 saja.',
    ]);
  });

  it('keeps degrees and a.n. inside, and ends a sentence after dll. when a new one starts', () => {
    expect(
      id('Kepala dinas, Ir. H. Suwarso, M.Si., hadir. Surat itu a.n. Budi Santoso, S.H. dikirim.'),
    ).toEqual([
      'Kepala dinas, Ir. H. Suwarso, M.Si., hadir.',
      'Surat itu a.n. Budi Santoso, S.H. dikirim.',
    ]);
    expect(id('Ia membeli beras, gula, dll. Semua itu mahal.')).toEqual([
      'Ia membeli beras, gula, dll.',
      'Semua itu mahal.',
    ]);
    expect(id('Ia membeli beras, gula, dll. untuk pesta.')).toEqual([
      'Ia membeli beras, gula, dll. untuk pesta.',
    ]);
  });

  it('keeps decimals and thousands together', () => {
    expect(id('Inflasi 3,27 persen dan 10.000 ton beras hilang. Itu kata BPS.')).toEqual([
      'Inflasi 3,27 persen dan 10.000 ton beras hilang.',
      'Itu kata BPS.',
    ]);
  });

  it('keeps initials with the name', () => {
    expect(id('B.J. Habibie lahir di Parepare. J. R. R. Tolkien menulis buku.')).toEqual([
      'B.J. Habibie lahir di Parepare.',
      'J. R. R. Tolkien menulis buku.',
    ]);
  });

  it('keeps a lowercase attribution after !" or ?" in the sentence', () => {
    expect(id('"Malin, anakku!" serunya sambil berlari. Ia menangis.')).toEqual([
      '"Malin, anakku!" serunya sambil berlari.',
      'Ia menangis.',
    ]);
    expect(id('"Mau ke mana?" tanya lelaki itu.')).toEqual(['"Mau ke mana?" tanya lelaki itu.']);
  });

  it('treats ellipses as an end only before a capital', () => {
    expect(id('Ia menunggu... lalu pergi.')).toEqual(['Ia menunggu... lalu pergi.']);
    expect(id('Ia menunggu… lalu pergi.')).toEqual(['Ia menunggu… lalu pergi.']);
    expect(id('Ia menunggu… Tak ada yang datang.')).toEqual([
      'Ia menunggu…',
      'Tak ada yang datang.',
    ]);
  });
});

describe('sentences, English', () => {
  const en = (text: string) => splitSentences(text, 'en');

  it('keeps titles, U.S., a.m. and months inside the sentence', () => {
    expect(
      en('Mr. and Mrs. Smith met Dr. Jones at 9 a.m. on Jan. 5 in St. Louis. They talked.'),
    ).toEqual([
      'Mr. and Mrs. Smith met Dr. Jones at 9 a.m. on Jan. 5 in St. Louis.',
      'They talked.',
    ]);
    expect(en('The U.S. President met U.N. officials. No. 10 said nothing.')).toEqual([
      'The U.S. President met U.N. officials.',
      'No. 10 said nothing.',
    ]);
  });

  it('ends a sentence after an abbreviation when a new sentence clearly starts', () => {
    expect(en('She studied in the U.S. The work was hard.')).toEqual([
      'She studied in the U.S.',
      'The work was hard.',
    ]);
    expect(en('She came back from the U.S. Dr. Putri smiled.')).toEqual([
      'She came back from the U.S.',
      'Dr. Putri smiled.',
    ]);
    expect(en('It opens at 3 p.m. (Reporting by the Yogyakarta bureau.)')).toEqual([
      'It opens at 3 p.m.',
      '(Reporting by the Yogyakarta bureau.)',
    ]);
    expect(en('They sold rice, sugar, etc. It was all dear.')).toEqual([
      'They sold rice, sugar, etc.',
      'It was all dear.',
    ]);
  });

  it('reads "No." as a word unless a number follows', () => {
    expect(en('"No." She shook her head.')).toEqual(['"No."', 'She shook her head.']);
  });

  it('keeps decimals, initials and lowercase attributions', () => {
    expect(en('Growth was 1.6 percent. J. R. R. Tolkien agreed.')).toEqual([
      'Growth was 1.6 percent.',
      'J. R. R. Tolkien agreed.',
    ]);
    expect(en('"Who are you?" she asked. "A friend!" he said.')).toEqual([
      '"Who are you?" she asked.',
      '"A friend!" he said.',
    ]);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and collapses whitespace', () => {
    expect(splitParagraphs('One  two.\n\n\nThree.\r\n\r\nFour.')).toEqual([
      'One two.',
      'Three.',
      'Four.',
    ]);
  });

  it('joins a line that does not end a sentence, or is followed by lowercase', () => {
    expect(splitParagraphs('Hujan turun sejak\nsore hari.\nSungai meluap.')).toEqual([
      'Hujan turun sejak sore hari.',
      'Sungai meluap.',
    ]);
    expect(splitParagraphs('Ia berkata,\n"Tunggu."\nlalu pergi.')).toEqual([
      'Ia berkata, "Tunggu." lalu pergi.',
    ]);
  });

  it('joins the lines of a text hard-wrapped at a fixed width', () => {
    const wrapped = [
      'Kami berangkat dari dermaga ketika langit masih ungu dan sungai masih',
      'tenang. Pak Udin sudah menunggu sejak pukul empat pagi di ujung dermaga.',
      'Ia tidak banyak bicara dan hanya menunjuk bangku kayu di haluan kapal.',
      'Lalu mesin dinyalakan.',
      '',
      'Sungai Martapura lebar dan cokelat, dan rumah panggung berdiri di tepi.',
      'Anak-anak melambai dari tangga kayu setiap kali perahu kami lewat sana.',
    ].join('\n');
    expect(splitParagraphs(wrapped)).toHaveLength(2);
  });

  it('keeps one line per paragraph apart when the text is not wrapped', () => {
    expect(splitParagraphs('Judul.\nParagraf pertama.\nParagraf kedua.')).toEqual([
      'Judul.',
      'Paragraf pertama.',
      'Paragraf kedua.',
    ]);
  });
});

describe('splitting is lossless', () => {
  const pieces = fc.constantFrom(
    'Dr.',
    'Jl.',
    'No.',
    'U.S.',
    'a.m.',
    'dll.',
    '3,27',
    '10.000',
    '1.6',
    '"Malin!"',
    'serunya',
    'Who?"',
    'she',
    'asked.',
    'B.J.',
    'Habibie',
    '...',
    '…',
    'Hujan',
    'turun.',
    'the',
    'Rain',
    'fell!',
    '\n',
    '\n\n',
    '(ANT)',
    '—',
  );
  const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(' '));

  for (const lang of ['id', 'en'] as SplitLanguage[]) {
    it(`gives back the input up to whitespace (${lang})`, () => {
      fc.assert(
        fc.property(fc.oneof(texts, fc.string({ maxLength: 200 })), (text) => {
          const joined = splitText(text, lang)
            .flatMap((p) => p.sentences)
            .join('');
          expect(squash(joined)).toBe(squash(text));
        }),
        { numRuns: 300 },
      );
    });

    it(`never gives an empty sentence or paragraph (${lang})`, () => {
      fc.assert(
        fc.property(texts, (text) => {
          for (const p of splitText(text, lang)) {
            expect(p.sentences.length).toBeGreaterThan(0);
            for (const s of p.sentences) expect(s.trim()).not.toBe('');
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
