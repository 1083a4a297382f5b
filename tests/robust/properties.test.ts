/**
 * Properties that must hold for any input, checked with fast-check: the tokenizer is
 * lossless (tokens tile the text exactly), and URL handling (the view and study mode in
 * `?view=`/`?study=`, a sentence in the hash) never throws and ignores junk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/features/words/language/tokenize';
import { wordStartAt } from '../../src/features/words/entry/wordsRuntime';
import { PREFERENCE_RULES } from '../../src/lib/boot';
import { safeDecode, segmentFromHash } from '../../src/lib/links';
import { SEGMENT_ADDRESS } from '../../src/lib/text/addresses';
import { STUDY_MODES, VIEWS, resolvePreferences } from '../../src/lib/preferenceRules';

/** Text like an article's: Indonesian letters, digits, hyphens, quotes, spaces, and anything. */
const articleText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'anak-anak',
        'diperkirakan',
        ' ',
        '  ',
        '\n',
        ',',
        '.',
        '"',
        '“',
        '”',
        '–',
        '-',
        'ke-70',
        'COVID-19',
        '2023',
        'é',
        'e\u0301',
        '🇮🇩',
        '\u00a0',
        'Jl.',
        "'",
        '…',
        'ibu kota',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

describe('the tokenizer', () => {
  it('is lossless: tokens tile the text, each token is its slice', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const tokens = tokenize(text);
        let at = 0;
        for (const token of tokens) {
          expect(token.start).toBe(at);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.text).toBe(text.slice(token.start, token.end));
          at = token.end;
        }
        expect(at).toBe(text.length);
        expect(tokens.map((token) => token.text).join('')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('URL handling', () => {
  const junk = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ maxLength: 60 }).map((text) => `%${text}`),
    fc.constantFrom('%', '%zz', '%E0%A4%A', 's-p1-0%', '#%', '%00', 's-p1-0%0A'),
  );

  it('reads a hash without throwing, and only ever returns a segment id', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          junk,
          junk.map((text) => `#${text}`),
        ),
        (hash) => {
          const id = segmentFromHash(hash);
          if (id !== null) expect(id).toMatch(SEGMENT_ADDRESS);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds a segment id however it is percent-encoded', () => {
    const ids = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.nat(40))
      .map(([block, index]) => `s-${block}-${index}`);
    fc.assert(
      fc.property(ids, fc.boolean(), (id, encodeAll) => {
        const encoded = encodeAll
          ? [...id].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')
          : encodeURIComponent(id);
        expect(segmentFromHash(`#${encoded}`)).toBe(id);
        expect(safeDecode(encoded)).toBe(id);
      }),
    );
  });

  it('resolves the view and study mode from any query string, ignoring junk', () => {
    const param = fc.oneof(fc.constantFrom(...VIEWS, ...STUDY_MODES), junk);
    fc.assert(
      fc.property(param, param, junk, (view, study, extra) => {
        const search = `?view=${view}&study=${study}&${extra}`;
        const prefs = resolvePreferences(PREFERENCE_RULES, null, search, ['en']);
        const params = new URLSearchParams(search);
        const wantedView = params.get('view');
        const wantedStudy = params.get('study');
        expect(prefs.view).toBe(
          (VIEWS as readonly string[]).includes(wantedView ?? '')
            ? wantedView
            : PREFERENCE_RULES.defaults.view,
        );
        expect(prefs.study).toBe(
          (STUDY_MODES as readonly string[]).includes(wantedStudy ?? '')
            ? wantedStudy
            : PREFERENCE_RULES.defaults.study,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any stored preferences or query string', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.json(), junk)),
        junk,
        fc.array(junk),
        (stored, search, langs) => {
          const prefs = resolvePreferences(PREFERENCE_RULES, stored, search, langs);
          expect(VIEWS).toContain(prefs.view);
          expect(STUDY_MODES).toContain(prefs.study);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a word start inside the text, or none, for any offset', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: -5, max: 250 }), (text, offset) => {
        const start = wordStartAt(text, offset);
        if (start !== null) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start).toBeLessThan(text.length);
        }
      }),
    );
  });
});
