/**
 * Translation fidelity as testable facts. The Indonesian article is the verbatim source;
 * the English is checked against it segment by segment (blocks align by key, segments by
 * index). Every expectation is derived from the two JSON files and the glossary below, so
 * an edit that drops or alters a number, a date, a name, a key term or a quotation fails.
 */
import { describe, expect, it } from 'vitest';
import enArticle from '../../locales/en/article.json';
import idArticle from '../../locales/id/article.json';

interface Block {
  key: string;
  kind: string;
  segments: string[];
}

interface AlignedSegment {
  /** e.g. `p4[1]`, for failure messages. */
  label: string;
  kind: string;
  id: string;
  en: string;
}

const idBlocks: Block[] = idArticle.blocks;
const enBlocks: Block[] = enArticle.blocks;

function align(): AlignedSegment[] {
  const aligned: AlignedSegment[] = [];
  for (const block of idBlocks) {
    const translation = enBlocks.find((b) => b.key === block.key);
    block.segments.forEach((id, index) => {
      aligned.push({
        label: `${block.key}[${index}]`,
        kind: block.kind,
        id,
        en: translation?.segments[index] ?? '',
      });
    });
  }
  return aligned;
}

const segments = align();

// ---------------------------------------------------------------------------------------
// Glossary
// ---------------------------------------------------------------------------------------

interface Term {
  /** Indonesian forms (any of them counts as one occurrence). */
  id: string[];
  /** Accepted English renderings (any of them counts as one occurrence). */
  en: string[];
  /**
   * `exact`: the English segment has the term exactly as many times as the Indonesian one,
   * zero included (names, dates, titles: nothing dropped, nothing added).
   * `present`: where the Indonesian has the term, the English has it too (common words whose
   * English rendering may also appear elsewhere, e.g. "both", "delegation").
   */
  count: 'exact' | 'present';
  /** Match case-insensitively (common nouns that may start a sentence or a headline). */
  ci?: boolean;
}

const exact = (id: string | string[], en: string | string[], ci = false): Term => ({
  id: [id].flat(),
  en: [en].flat(),
  count: 'exact',
  ci,
});
const present = (id: string | string[], en: string | string[], ci = true): Term => ({
  id: [id].flat(),
  en: [en].flat(),
  count: 'present',
  ci,
});

const GLOSSARY: Term[] = [
  // People
  exact('Sergei Shoigu', 'Sergei Shoigu'),
  exact('Shoigu', 'Shoigu'),
  exact('Li Hongzhong', 'Li Hongzhong'),
  exact('Vedant Patel', 'Vedant Patel'),
  exact('Patel', 'Patel'),
  // Places, countries, organisations
  exact('JAKARTA', 'JAKARTA'),
  exact('Pyongyang', 'Pyongyang'),
  exact('Beijing', 'Beijing'),
  exact('Moskow', 'Moscow'),
  exact('Ukraina', 'Ukraine'),
  exact('Korea Utara', ['North Korea', 'North Korean']),
  exact('Rusia', ['Russia', 'Russian', 'Russians']),
  exact('China', ['China', 'Chinese']),
  exact('Amerika Serikat', 'United States'),
  exact('AS', 'U.S.'),
  exact('PBB', 'U.N.'),
  exact('Uni Eropa', 'European Union'),
  exact('Kelompok Tujuh', 'Group of Seven'),
  exact('G7', 'G7'),
  exact('Federasi Rusia', 'Russian Federation'),
  exact('Reuters', 'Reuters'),
  exact(['Telegram', 'Telegramnya'], 'Telegram'),
  // Offices and titles
  exact('Menteri Pertahanan', ['Defense Minister', 'Minister of Defense']),
  exact('Kementerian Pertahanan', ['Defense Ministry', 'Ministry of Defense']),
  exact('Pertahanan', 'Defense'),
  exact('menteri', 'minister', true),
  exact('kementerian', 'ministry', true),
  exact('Partai Komunis China', ['Chinese Communist Party', 'Communist Party of China']),
  exact('Politbiro', 'Politburo'),
  exact('Departemen Luar Negeri', 'State Department'),
  exact('Juru bicara', ['spokesperson', 'spokesman', 'spokeswoman'], true),
  exact('Deputi', 'deputy', true),
  exact('Kamerad', 'Comrade'),
  // Official names and key terms
  exact('Perang Pembebasan Tanah Air', 'Fatherland Liberation War'),
  exact('Hari Kemenangan', 'Victory Day'),
  exact('Kemenangan', 'Victory'),
  exact('Perang Korea', 'Korean War'),
  exact('perang', 'war', true),
  exact('gencatan senjata', 'armistice', true),
  exact('imperialisme Barat', 'Western imperialism'),
  exact('militer', 'military', true),
  exact('parade militer', 'military parade', true),
  exact('ibu kota', 'capital', true),
  exact('sanksi', 'sanctions', true),
  exact('pandemi', 'pandemic', true),
  exact('program senjata nuklir', 'nuclear weapons program', true),
  exact('bantuan militer', 'military aid', true),
  exact('media pemerintah', 'state media', true),
  exact('kerja sama', 'cooperation', true),
  exact('pengaruh', 'influence', true),
  exact('meja perundingan', 'negotiating table', true),
  exact('ketat', 'strict', true),
  exact('Selamat datang', 'Welcome'),
  exact('bendera', 'flag', true),
  exact('Dunia', 'World'),
  present('delegasi', ['delegation', 'delegations']),
  present('kelompok', ['group']),
  present(['perbatasan', 'perbatasannya'], ['border', 'borders']),
  present('bahasa Korea', 'Korean'),
  present('spanduk merah', 'red banner'),
  present('karpet merah', 'red carpet'),
  present('landasan pacu', 'runway'),
  present('bandara', 'airport'),
  present('tentara', 'soldiers'),
  present('perdagangan', 'trade'),
  present('kebijakan', 'policy'),
  present('ekspor', 'exports'),
  present('surat', 'letter'),
  present('perairan', 'waters'),
  // Numbers written as words
  present('pertama', 'first'),
  present('delapan kali', 'eight times'),
  present('puluhan ribu', 'tens of thousands'),
  present('per hari', ['a day', 'per day']),
  // Days and months
  exact('Senin', 'Monday'),
  exact('Selasa', 'Tuesday'),
  exact('Rabu', 'Wednesday'),
  exact('Kamis', 'Thursday'),
  exact('Juni', 'June'),
  exact('Juli', 'July'),
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word matcher for any of `forms`, longest first so "North Korean" wins over "North Korea". */
function matcher(forms: string[], ci: boolean): RegExp {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, ci ? 'giu' : 'gu');
}

function count(text: string, forms: string[], ci: boolean): number {
  return [...text.matchAll(matcher(forms, ci))].length;
}

const idCount = (term: Term, text: string) => count(text, term.id, term.ci ?? false);
const enCount = (term: Term, text: string) => count(text, term.en, term.ci ?? false);
const termName = (term: Term) => `${term.id.join('/')} → ${term.en.join('/')}`;

/** Checks one Indonesian/English pair of texts against the glossary; returns the failures. */
function glossaryFailures(id: string, en: string, terms: Term[] = GLOSSARY): string[] {
  const failures: string[] = [];
  for (const term of terms) {
    const expected = idCount(term, id);
    const actual = enCount(term, en);
    if (term.count === 'exact' ? actual !== expected : expected > 0 && actual < 1) {
      failures.push(`${termName(term)}: Indonesian has ${expected}, English has ${actual}`);
    }
  }
  return failures;
}

// ---------------------------------------------------------------------------------------
// Quotations
// ---------------------------------------------------------------------------------------

interface Quoted {
  kind: 'double' | 'single';
  text: string;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Splits a segment into its quoted passages and the text outside them.
 *
 * The source is not typographically clean, so this is a small state machine rather than a
 * regex over balanced pairs; a passage is counted by its OPENING mark:
 * - p4[1] opens with a curly “ and closes with a straight " — any double mark closes an open
 *   double quotation, so that is one passage.
 * - p12[0] opens “ and never closes (the quotation runs to the end of the sentence) — an
 *   unclosed passage runs to the end of the segment, so that is one passage too, and the
 *   English, which does close it, has the same count.
 * - a “ met while a double quotation is open starts a new passage.
 * Single quotes ('Hari Kemenangan' in the headline) open only before a letter and after a
 * non-letter, so apostrophes such as "Russia's" are not mistaken for quotation marks.
 */
function splitQuotes(text: string): { quoted: Quoted[]; outside: string } {
  const quoted: Quoted[] = [];
  const outside: string[] = [];
  let open: Quoted | null = null;
  let buffer = '';
  const flush = () => {
    if (open) quoted.push({ kind: open.kind, text: buffer });
    else outside.push(buffer);
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const before = text[i - 1];
    const after = text[i + 1];
    const opensSingle = c === '‘' || (c === "'" && !isWordChar(before) && isWordChar(after));
    const closesSingle = c === '’' || (c === "'" && !isWordChar(after));
    if (open?.kind === 'double' && (c === '”' || c === '"' || c === '“')) {
      flush();
      open = null;
      if (c === '“') open = { kind: 'double', text: '' };
    } else if (open?.kind === 'single' && closesSingle) {
      flush();
      open = null;
    } else if (!open && (c === '“' || c === '"')) {
      flush();
      open = { kind: 'double', text: '' };
    } else if (!open && opensSingle) {
      flush();
      open = { kind: 'single', text: '' };
    } else {
      buffer += c;
    }
  }
  flush();
  return { quoted, outside: outside.join(' ') };
}

// ---------------------------------------------------------------------------------------
// Numbers and dates
// ---------------------------------------------------------------------------------------

function ordinal(n: number): string {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** Every token that contains a digit: "25", "2023", "ke-70", "G7", "COVID-19", "70th". */
function numericTokens(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[-.,][\p{L}\p{N}]+)*/gu)]
    .map((m) => m[0])
    .filter((token) => /\d/.test(token));
}

/** The English form of an Indonesian numeric token. */
function toEnglishNumber(token: string): string {
  const ord = /^ke-(\d+)$/i.exec(token);
  if (ord?.[1]) return ordinal(Number(ord[1]));
  if (/^\d{1,3}(?:\.\d{3})+$/.test(token)) return token.replaceAll('.', ','); // 1.000 → 1,000
  if (/^\d+,\d+$/.test(token)) return token.replace(',', '.'); // 2,5 → 2.5
  return token; // plain numbers and codes such as G7 or COVID-19 are carried over as is
}

const ID_DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ID_MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ID_DATE = new RegExp(
  `(?:(${ID_DAYS.join('|')}),? )?(\\d{1,2}) (${ID_MONTHS.join('|')})(?: (\\d{4}))?`,
  'g',
);
const EN_DATE = new RegExp(
  `(?:(${EN_DAYS.join('|')}), )?(${EN_MONTHS.join('|')}) (\\d{1,2})(?:, (\\d{4}))?`,
  'g',
);

/** "Selasa 25 Juli 2023" → "Tuesday, July 25, 2023" (AP style, as the house uses). */
function expectedEnglishDates(id: string): string[] {
  return [...id.matchAll(ID_DATE)].map(([, day, date, month, year]) => {
    const weekday = day ? `${EN_DAYS[ID_DAYS.indexOf(day)]}, ` : '';
    const en = `${weekday}${EN_MONTHS[ID_MONTHS.indexOf(month ?? '')]} ${Number(date)}`;
    return year ? `${en}, ${year}` : en;
  });
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

describe('structure', () => {
  it('has the same blocks, in the same order, with the same kinds and segment counts', () => {
    const shape = (blocks: Block[]) =>
      blocks.map((b) => ({ key: b.key, kind: b.kind, segments: b.segments.length }));
    expect(shape(enBlocks)).toEqual(shape(idBlocks));
  });

  it('translates identical Indonesian sentences identically', () => {
    for (const a of segments) {
      for (const b of segments) {
        if (a.id === b.id) expect(a.en, `${a.label} vs ${b.label}`).toBe(b.en);
      }
    }
  });

  it('leaves the byline (a person’s name) untranslated', () => {
    const bylines = segments.filter((s) => s.kind === 'byline');
    expect(bylines.length).toBeGreaterThan(0);
    for (const s of bylines) expect(s.en, s.label).toBe(s.id);
  });
});

describe('numbers', () => {
  it.each(segments)('$label carries every number of the Indonesian and adds none', (s) => {
    const expected = numericTokens(s.id).map(toEnglishNumber).sort();
    expect(numericTokens(s.en).sort()).toEqual(expected);
  });

  it.each(segments)('$label renders each Indonesian date as an AP-style English date', (s) => {
    for (const date of expectedEnglishDates(s.id)) expect(s.en).toContain(date);
  });

  it('names the right weekday for every full English date', () => {
    for (const s of segments) {
      for (const [text, day, month, date, year] of s.en.matchAll(EN_DATE)) {
        if (!day || !year) continue;
        const weekday = new Date(
          Date.UTC(Number(year), EN_MONTHS.indexOf(month ?? ''), Number(date)),
        ).getUTCDay();
        expect(EN_DAYS[weekday], `${s.label}: ${text}`).toBe(day);
      }
    }
  });
});

describe('glossary', () => {
  it('lists only terms that occur in the source, with renderings that occur in the translation', () => {
    const source = segments.map((s) => s.id).join('\n');
    const translation = segments.map((s) => s.en).join('\n');
    for (const term of GLOSSARY) {
      expect(idCount(term, source), termName(term)).toBeGreaterThan(0);
      expect(enCount(term, translation), termName(term)).toBeGreaterThan(0);
    }
  });

  it.each(segments)('$label renders every glossary term of the Indonesian', (s) => {
    expect(glossaryFailures(s.id, s.en)).toEqual([]);
  });

  it.each(segments.filter((s) => ['headline', 'subheading', 'caption'].includes(s.kind)))(
    'the $kind ($label) carries the names and terms of the Indonesian',
    (s) => {
      const terms = GLOSSARY.filter((term) => idCount(term, s.id) > 0);
      // The check must not pass vacuously: each of these blocks names something.
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) expect(enCount(term, s.en), termName(term)).toBeGreaterThan(0);
    },
  );
});

describe('quotations', () => {
  it.each(segments)('$label quotes as many passages as the Indonesian', (s) => {
    const id = splitQuotes(s.id).quoted.map((q) => q.kind);
    const en = splitQuotes(s.en).quoted.map((q) => q.kind);
    expect(en).toEqual(id);
  });

  it.each(segments.filter((s) => splitQuotes(s.id).quoted.length > 0))(
    '$label quotes the same words: glossary terms stay inside or outside the quotation',
    (s) => {
      const id = splitQuotes(s.id);
      const en = splitQuotes(s.en);
      id.quoted.forEach((passage, i) => {
        const translated = en.quoted[i]?.text ?? '';
        expect(translated.trim(), `passage ${i}`).not.toBe('');
        expect(glossaryFailures(passage.text, translated), `passage ${i}`).toEqual([]);
      });
      // Outside the quotations only exact terms are compared: a common word such as
      // "delegation" may legitimately move between the reporting clause and the quote.
      const exactTerms = GLOSSARY.filter((t) => t.count === 'exact');
      expect(glossaryFailures(id.outside, en.outside, exactTerms), 'outside').toEqual([]);
    },
  );

  it('uses curly double quotes only, each opened and closed within its segment', () => {
    for (const s of segments) {
      expect(s.en, s.label).not.toContain('"');
      expect(s.en, s.label).toMatch(/^[^“”]*(?:“[^“”]+”[^“”]*)*$/);
    }
  });
});

describe('typography and house style', () => {
  it.each(segments)('$label is non-empty, trimmed and has no doubled spaces', (s) => {
    expect(s.en.trim()).not.toBe('');
    expect(s.en).toBe(s.en.trim());
    expect(s.en).not.toMatch(/\s{2,}|[\t\n\r]/);
  });

  it.each(segments)(
    '$label ends with sentence punctuation exactly where the Indonesian does',
    (s) => {
      const endsSentence = (text: string) => /[.!?]['"’”]?$/.test(text);
      expect(endsSentence(s.en)).toBe(endsSentence(s.id));
    },
  );

  it('uses US spelling and AP abbreviations', () => {
    const british =
      /\b(?:defence|programme|signalled|behaviour|symbolises?|organis(?:e|ation)|centre|labour)\b/i;
    for (const s of segments) {
      expect(s.en, s.label).not.toMatch(british);
      expect(s.en, s.label).not.toMatch(/\b(?:US|UN|USA)\b/);
    }
  });
});
