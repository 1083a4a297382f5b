/**
 * The word card on words outside the article's lexicon, with a fixture dictionary: the root's
 * gloss, the form's meaning (its own entry, or composed and marked so), the part of speech, the
 * English words highlighted, expressions of the sentence, and words the dictionary lacks.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WordCard } from '../../src/features/words/card/WordCard';
import { provideDictionary } from '../../src/features/words/language/dictionary/appDictionary';
import { fixtureDictionary } from './dictionaryFixture';
import { articleWith, mountSentence, renderWords, testSession, unmountSentences } from './helpers';

beforeEach(() => provideDictionary(fixtureDictionary()));
afterEach(() => {
  provideDictionary(undefined);
  unmountSentences();
});

let seq = 1000;
/** Opens the card on `form` in a sentence of our own, with its translation. */
async function openOn(
  sentence: string,
  translation: string,
  form: string,
  lng: 'en' | 'id' = 'en',
) {
  const text = articleWith('s-p8-1', sentence, translation);
  const element = mountSentence('s-p8-1', text);
  const session = testSession();
  await session.ready;
  seq += 1;
  renderWords(
    <WordCard
      request={{
        segmentId: 's-p8-1',
        element,
        offset: sentence.indexOf(form) + 1,
        by: 'pointer',
        seq,
      }}
      session={session}
      onClose={() => {}}
    />,
    { lng, text },
  );
  const card = await screen.findByRole('dialog', { name: form });
  await waitFor(() => expect(within(card).queryByText(/Looking up|Mencari/)).toBeNull());
  return card;
}

function fact(card: HTMLElement, term: string): string {
  const dt = within(card).getByText(term, { selector: 'dt' });
  return [...(dt.parentElement?.querySelectorAll('dd') ?? [])]
    .map((dd) => dd.textContent)
    .join(' | ');
}

describe('the word card with the dictionary', () => {
  it('shows a derived word’s own meaning, its root’s gloss and the English it matches', async () => {
    const card = await openOn(
      'Pemerintah membuka kantor baru.',
      'The government opened a new office.',
      'Pemerintah',
    );
    expect(within(card).getByText('peN- + perintah')).toBeInTheDocument();
    expect(fact(card, 'Root')).toMatch(/^perintah command, order/);
    expect(fact(card, 'Meaning')).toBe('government');
    expect(within(card).getByText(/^noun · dictionary$/)).toBeInTheDocument();
    expect(fact(card, 'In the English')).toMatch(/“government”/);
    expect(within(card).getByText(/From Sanding’s dictionary/)).toBeInTheDocument();
  });

  it('marks a composed meaning as composed', async () => {
    const card = await openOn(
      'Kebutuhan warga dibangun bersama.',
      'The needs of the residents are built together.',
      'Kebutuhan',
    );
    expect(fact(card, 'Meaning')).toBe(
      'need (the state or fact of needing)composed from the root and its affixes',
    );
    expect(within(card).getByText(/^noun · dictionary$/)).toBeInTheDocument();
    expect(fact(card, 'In the English')).toMatch(/“needs”/);
  });

  it('names the expression of the sentence that holds the word', async () => {
    const card = await openOn('Ia dibawa ke rumah sakit.', 'He was taken to hospital.', 'rumah');
    expect(fact(card, 'Part of')).toBe('rumah sakit hospital');
    expect(fact(card, 'In the English')).toMatch(/“hospital”/);
  });

  it('says so plainly when the dictionary does not know the word', async () => {
    const card = await openOn(
      'Kabar itu menggembirakan.',
      'The news was cheering.',
      'menggembirakan',
    );
    expect(within(card).getByText(/not in the dictionary: .*machine analysis/)).toBeInTheDocument();
    expect(within(card).getByText('meN- + gembira + -kan')).toBeInTheDocument();
    expect(within(card).queryByText('Meaning', { selector: 'dt' })).toBeNull();
  });

  it('speaks the interface language around the dictionary’s English', async () => {
    const card = await openOn('Rumah itu dibangun.', 'The house was built.', 'dibangun', 'id');
    expect(within(card).getByText('disusun dari akar dan imbuhannya')).toBeInTheDocument();
    expect(within(card).getByText(/^be woken up; be built/)).toHaveAttribute('lang', 'en');
  });
});
