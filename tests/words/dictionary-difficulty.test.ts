/** A text's difficulty: distinct roots, known and new, and the dictionary's token coverage. */
import { describe, expect, it } from 'vitest';
import { difficultyWith } from '../../src/features/words/language/dictionary/difficulty';
import { stemmerFor } from '../../src/features/words/language/dictionary/lookup';
import { fixtureDictionary } from './dictionaryFixture';

async function difficulty(segments: string[], known: string[]) {
  const { analyze, index } = await stemmerFor(fixtureDictionary());
  return difficultyWith(analyze, index, segments, new Set(known));
}

describe('textDifficulty', () => {
  it('counts distinct roots across forms, known and new, and token coverage', async () => {
    const result = await difficulty(
      ['Pemerintah membangun rumah.', 'Rumah-rumah dibangun oleh PBB pada 2024.'],
      ['rumah'],
    );
    // Words: pemerintah membangun rumah rumah-rumah dibangun oleh PBB pada (the number is not one).
    expect(result.tokens).toBe(8);
    // oleh and pada are not in the fixture dictionary.
    expect(result.coveredTokens).toBe(6);
    expect(result.coverage).toBeCloseTo(6 / 8);
    // perintah, bangun, rumah, oleh, pbb, pada
    expect(result.distinctRoots).toBe(6);
    expect(result.knownRoots).toBe(1);
    expect(result.newRoots).toBe(5);
  });

  it('is all zero for a text without words', async () => {
    const result = await difficulty(['2024 — 10.000'], []);
    expect(result).toEqual({
      tokens: 0,
      coveredTokens: 0,
      coverage: 0,
      distinctRoots: 0,
      knownRoots: 0,
      newRoots: 0,
    });
  });
});
