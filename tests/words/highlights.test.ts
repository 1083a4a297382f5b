/**
 * Word-level marks without spans: Ranges built from character offsets over a sentence's text
 * nodes, English renderings found as whole words, and the Highlight API used when present
 * and quietly skipped when not (jsdom has none, like an old browser).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HIGHLIGHTS,
  highlightsSupported,
  locatePhrases,
  rangeForOffsets,
  setHighlight,
  wholeWordMatches,
} from '../../src/features/words/text/highlights';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('ranges from offsets', () => {
  it('crosses text nodes and elements', () => {
    const element = document.createElement('span');
    element.append('Acara ', Object.assign(document.createElement('b'), { textContent: 'peri' }));
    element.append('ngatan tersebut');
    document.body.append(element);
    const text = element.textContent;
    const start = text.indexOf('peringatan');
    expect(rangeForOffsets(element, start, start + 10)?.toString()).toBe('peringatan');
    expect(rangeForOffsets(element, 0, 5)?.toString()).toBe('Acara');
    expect(rangeForOffsets(element, text.length - 8, text.length)?.toString()).toBe('tersebut');
    expect(rangeForOffsets(element, 3, text.length + 1)).toBeNull();
  });
});

describe('English renderings in the translation', () => {
  const english = 'The capital hosted the parade; the capital’s people watched the theatre.';

  it('are found as whole words only', () => {
    expect(wholeWordMatches(english, 'the')).toEqual([19, 31, 60]);
    expect(wholeWordMatches(english, 'capital')).toEqual([4, 35]);
    expect(wholeWordMatches(english, 'apit')).toEqual([]);
  });

  it('take the match nearest the Indonesian word’s place in its sentence', () => {
    const [early] = locatePhrases(english, ['capital'], 0.05);
    const [late] = locatePhrases(english, ['capital'], 0.6);
    expect(early?.start).toBe(4);
    expect(late?.start).toBe(35);
    expect(locatePhrases(english, ['missing', 'parade'], 0.5)).toEqual([{ start: 23, end: 29 }]);
  });
});

describe('drawing', () => {
  it('does nothing, without errors, where the Highlight API is missing', () => {
    expect(highlightsSupported()).toBe(false);
    expect(() => setHighlight(HIGHLIGHTS.word, [document.createRange()])).not.toThrow();
  });

  it('registers and removes highlights by name where it exists', () => {
    const registry = new Map<string, { ranges: Range[]; priority: number }>();
    class FakeHighlight {
      ranges: Range[];
      priority = 0;
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { ...globalThis.CSS, highlights: registry });
    expect(highlightsSupported()).toBe(true);
    const range = document.createRange();
    setHighlight(HIGHLIGHTS.english, [range], 1);
    expect(registry.get(HIGHLIGHTS.english)).toMatchObject({ ranges: [range], priority: 1 });
    setHighlight(HIGHLIGHTS.english, []);
    expect(registry.has(HIGHLIGHTS.english)).toBe(false);
  });
});
