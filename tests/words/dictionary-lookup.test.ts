/**
 * Looking words up in a fixture dictionary: roots, derived entries, composed meanings,
 * acronyms, expressions of the sentence, unknown words, English matching, and lazy loading.
 */
import { describe, expect, it } from 'vitest';
import { englishIn, lookupIn } from '../../src/features/words/language/dictionary/lookup';
import { fixtureDictionary } from './dictionaryFixture';

describe('lazy loading', () => {
  it('fetches nothing before the first lookup, then only the index and the word’s letter', async () => {
    const dictionary = fixtureDictionary();
    expect(dictionary.loadedParts()).toEqual([]);
    await lookupIn(dictionary, 'makan');
    expect(dictionary.loadedParts().sort()).toEqual(['derived/m', 'index', 'roots/m']);
    await lookupIn(dictionary, 'menulis');
    expect(dictionary.loadedParts()).toContain('roots/t');
    expect(dictionary.loadedParts()).not.toContain('roots/b');
    expect(dictionary.loadedParts()).not.toContain('expressions');
  });

  it('fetches a part once however often it is asked for', async () => {
    const dictionary = fixtureDictionary();
    await Promise.all([lookupIn(dictionary, 'makan'), lookupIn(dictionary, 'makanan')]);
    expect(dictionary.loadedParts().filter((part) => part === 'roots/m')).toHaveLength(1);
  });
});

describe('lookupWord', () => {
  it('gives a bare root its own gloss, not composed', async () => {
    const found = await lookupIn(fixtureDictionary(), 'Makan');
    expect(found.known).toBe(true);
    expect(found.root).toEqual({ headword: 'makan', pos: 'v', gloss: 'eat' });
    expect(found.meaning).toEqual({ text: 'eat', pos: 'v', composed: false });
  });

  it('prefers the derived word’s own entry, with its root', async () => {
    const found = await lookupIn(fixtureDictionary(), 'pemerintah');
    expect(found.derived?.gloss).toBe('government');
    expect(found.meaning).toMatchObject({ text: 'government', composed: false });
    expect(found.root?.headword).toBe('perintah');
  });

  it('keeps the derived entry under a possessive, and says what the possessive adds', async () => {
    const found = await lookupIn(fixtureDictionary(), 'pemerintahnya');
    expect(found.derived?.form).toBe('pemerintah');
    expect(found.meaning?.text).toMatch(/^government \(-nya: his, her, its/);
  });

  it('composes a meaning from the root and the affixes when there is no entry', async () => {
    const found = await lookupIn(fixtureDictionary(), 'diperkirakan');
    expect(found.analysis.root).toBe('kira');
    expect(found.meaning?.composed).toBe(true);
    expect(found.meaning?.pos).toBe('v');
    expect(found.meaning?.text).toContain('be made to guess, be guessed');
    expect(found.meaning?.text).toContain('be estimated');
  });

  it('finds acronyms only when written as acronyms', async () => {
    const dictionary = fixtureDictionary();
    const pbb = await lookupIn(dictionary, 'PBB');
    expect(pbb.acronym?.expansion).toBe('Perserikatan Bangsa-Bangsa');
    expect(pbb.meaning?.text).toBe('Perserikatan Bangsa-Bangsa: the United Nations');
    expect((await lookupIn(dictionary, 'Polri')).known).toBe(true);
    expect((await lookupIn(dictionary, 'pbb')).acronym).toBeUndefined();
  });

  it('finds the expressions of the sentence that hold the word', async () => {
    const found = await lookupIn(fixtureDictionary(), 'rumah', {
      text: 'Ia dibawa ke rumah sakit kemarin.',
    });
    expect(found.expressions.map((entry) => entry.gloss)).toEqual(['hospital']);
    const alone = await lookupIn(fixtureDictionary(), 'rumah', { text: 'Rumah itu sakit.' });
    expect(alone.expressions).toEqual([]);
  });

  it('says plainly when it does not know a word, and still gives the analysis', async () => {
    const found = await lookupIn(fixtureDictionary(), 'menggembirakan');
    expect(found.known).toBe(false);
    expect(found.meaning).toBeUndefined();
    expect(found.analysis.word).toBe('menggembirakan');
  });

  it('uses the derived entry to pick the analysis', async () => {
    const found = await lookupIn(fixtureDictionary(), 'pembangunan');
    expect(found.analysis.root).toBe('bangun');
    expect(found.analysis.affixes.map((affix) => affix.notation)).toEqual(['peN-...-an']);
  });
});

describe('English for a word', () => {
  it('finds the translation’s words that render the gloss, inflected', async () => {
    const found = await lookupIn(fixtureDictionary(), 'ditulis', {
      translation: 'The letter was written by hand, and he writes often.',
    });
    expect(found.en).toEqual(['written', 'writes']);
  });

  it('lists the English words of a word for the aligner', async () => {
    expect(await englishIn(fixtureDictionary(), 'pembangunan')).toEqual([
      'development',
      'construction',
    ]);
    expect(await englishIn(fixtureDictionary(), 'xyzzy')).toEqual([]);
  });
});

describe('the app’s dictionary', () => {
  it('is wired to the files by letter and fetches nothing until a word is looked up', async () => {
    const { appDictionary, lookupWord } =
      await import('../../src/features/words/language/dictionary/appDictionary');
    expect(appDictionary().loadedParts()).toEqual([]);
    const found = await lookupWord('kebutuhan');
    expect(appDictionary().loadedParts()).toEqual(
      expect.arrayContaining(['index', 'derived/k', `roots/${found.analysis.root[0] ?? ''}`]),
    );
    expect(appDictionary().loadedParts()).not.toContain('acronyms');
  });
});
