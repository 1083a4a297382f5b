/**
 * The word card against the real lexicon and a sentence in the DOM shaped like the reader's:
 * labelled by the word; root, affixes, nasal change, glosses and sense; proper nouns and
 * expressions; statuses saved to the store; keyboard use; words outside the lexicon.
 */
import 'fake-indexeddb/auto';
import { createWordStore } from '../../src/features/words/store/wordStore';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordCard } from '../../src/features/words/card/WordCard';
import type { CardRequest } from '../../src/features/words/entry/entryStore';
import type { WordSession } from '../../src/features/words/store/session';
import { provideDictionary } from '../../src/features/words/language/dictionary/appDictionary';
import { fixtureDictionary } from './dictionaryFixture';
import {
  articleWith,
  freshStore,
  mountSentence,
  renderWords,
  sentenceText,
  testSession,
  unmountSentences,
} from './helpers';

afterEach(unmountSentences);

let seq = 0;
/** Opens the card on `form` in sentence `id` (the first occurrence). */
async function openCard(
  id: string,
  form: string,
  { session = testSession(), by = 'pointer' as CardRequest['by'] } = {},
) {
  const element = mountSentence(id);
  await session.ready;
  const onClose = vi.fn();
  seq += 1;
  const request: CardRequest = {
    segmentId: id,
    element,
    offset: sentenceText(id, 'id').indexOf(form) + 1,
    by,
    seq,
  };
  const view = renderWords(<WordCard request={request} session={session} onClose={onClose} />);
  const card = await screen.findByRole('dialog', { name: form });
  return { ...view, card, element, onClose, session };
}

function fact(card: HTMLElement, term: string): string {
  const dt = within(card).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('the word card', () => {
  it('is labelled by the word and shows how it is built, with the nasal change', async () => {
    const { card } = await openCard('s-p8-1', 'menerapkan');
    expect(within(card).getByRole('heading', { name: 'menerapkan' })).toHaveAttribute('lang', 'id');
    expect(within(card).getByText('meN- + terap + -kan')).toBeInTheDocument();
    expect(fact(card, 'Root')).toMatch(/^terap apply/);
    expect(fact(card, 'Sound change')).toMatch(/meN- \+ t/);
    expect(fact(card, 'Meaning')).toBe('apply, implement, enforce');
    expect(fact(card, 'Here')).toBe('applying, enforcing');
    expect(fact(card, 'In the English')).toMatch(/“enforcing”/);
    expect(within(card).getByText('verb')).toBeInTheDocument();
  });

  it('writes a confix where its prefix stands', async () => {
    const { card } = await openCard('s-p7-0', 'perbatasannya');
    expect(within(card).getByText('per-...-an + batas + -nya')).toBeInTheDocument();
    expect(fact(card, 'Here')).toBe('its borders');
  });

  it('gives a proper noun a note instead of a morphology', async () => {
    const { card } = await openCard('s-p2-0', 'Pyongyang');
    expect(within(card).getByText('proper noun')).toBeInTheDocument();
    expect(fact(card, 'Who or what')).toMatch(/capital/i);
    expect(within(card).queryByText('Root', { selector: 'dt' })).toBeNull();
  });

  it('treats a multi-word expression as one word, with its parts', async () => {
    // The tap lands on "ibu"; the target is the whole expression.
    const { card } = await openCard('s-p8-0', 'ibu kota');
    expect(fact(card, 'Meaning')).toBe('capital (city)');
    const parts = within(card).getByRole('list');
    expect(
      within(parts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['ibu mother; (in compounds) main', 'kota city, town']);
  });

  it('saves the root’s status at once, states it in text, and remembers it', async () => {
    const store = freshStore();
    const { card, session } = await openCard('s-p8-1', 'menerapkan', {
      session: testSession(store),
    });
    const group = within(card).getByRole('group', { name: 'Your status for the root terap' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      'new',
      'learning-1',
      'learning-2',
      'learning-3',
      'learning-4',
      'known',
      'ignored',
    ]);
    expect(within(card).getByRole('status')).toHaveTextContent('Not in your word list yet');
    await userEvent.click(within(group).getByRole('radio', { name: 'Learning 2' }));
    await waitFor(() =>
      expect(within(card).getByRole('status')).toHaveTextContent('Saved as Learning 2.'),
    );
    expect(within(group).getByRole('radio', { name: 'Learning 2' })).toBeChecked();
    expect((await store.all()).map((record) => [record.id, record.status])).toEqual([
      ['terap', 'learning-2'],
    ]);
    expect(session.getSnapshot().records.get('terap')?.forms).toEqual(['menerapkan']);
  });

  it('moves word by word with the arrow keys, and Escape closes it', async () => {
    const { card, onClose } = await openCard('s-p8-1', 'menerapkan', { by: 'keyboard' });
    await waitFor(() => expect(card).toHaveFocus());
    await userEvent.keyboard('{ArrowRight}');
    expect(card).toHaveAccessibleName('sanksi');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(card).toHaveAccessibleName('dalam');
    await userEvent.click(within(card).getByRole('button', { name: 'Next word' }));
    expect(card).toHaveAccessibleName('menerapkan');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledWith(true);
  });

  it('closes without taking focus on a tap elsewhere, and stays open on a tap inside', async () => {
    const { card, onClose } = await openCard('s-p8-1', 'menerapkan');
    await userEvent.click(within(card).getByText('meN- + terap + -kan'));
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(document.body);
    expect(onClose).toHaveBeenCalledWith(false);
  });

  it('shows the sentence’s translation in the Indonesian-only view', async () => {
    window.history.replaceState(null, '', '/?view=id');
    const { card } = await openCard('s-p8-1', 'menerapkan');
    expect(within(card).getByText(sentenceText('s-p8-1', 'en'))).toHaveAttribute('lang', 'en');
  });

  it('says a word outside the lexicon and the dictionary is a machine analysis', async () => {
    provideDictionary(fixtureDictionary());
    const text = articleWith('s-p8-1', 'Mereka menggembirakan hasilnya.', 'They cheer it.');
    const element = mountSentence('s-p8-1', text);
    const session: WordSession = testSession();
    await session.ready;
    renderWords(
      <WordCard
        request={{ segmentId: 's-p8-1', element, offset: 9, by: 'pointer', seq: 99 }}
        session={session}
        onClose={() => {}}
      />,
      { text },
    );
    const card = await screen.findByRole('dialog', { name: 'menggembirakan' });
    await waitFor(() =>
      expect(
        within(card).getByText(/not in the dictionary: .*machine analysis/),
      ).toBeInTheDocument(),
    );
    expect(within(card).getByText('meN- + gembira + -kan')).toBeInTheDocument();
    provideDictionary(undefined);
  });

  it('shows a clear message when the word list cannot be saved', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: storage disabled (private mode).
    delete globalThis.indexedDB;
    try {
      const { card } = await openCard('s-p8-1', 'menerapkan', {
        session: testSession(createWordStore({ legacy: null })),
      });
      await act(async () => {
        await userEvent.click(within(card).getByRole('radio', { name: 'Known' }));
      });
      expect(await within(card).findByRole('alert')).toHaveTextContent(
        /can’t be saved.*Reading works as usual/,
      );
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('explains an ordinal: ke- + the number, and how it is read', async () => {
    const { card } = await openCard('s-p2-0', 'ke-70');
    expect(within(card).getByText('ordinal number')).toBeInTheDocument();
    expect(within(card).getByText('ke- + 70')).toBeInTheDocument();
    expect(fact(card, 'Read as')).toBe('ketujuh puluh');
    expect(fact(card, 'Note')).toMatch(/ke- before a number makes it an ordinal/);
    // A number is not a root for the word list.
    expect(within(card).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(card).getByText('Numbers are not kept in the word list.')).toBeInTheDocument();
  });

  it('says how a year is read in Indonesian', async () => {
    const { card } = await openCard('s-p2-0', '2023');
    expect(fact(card, 'Read as')).toBe('dua ribu dua puluh tiga');
    expect(within(card).getByRole('heading', { name: '2023' })).toHaveAttribute('lang', 'id');
  });

  it('says the word aloud once, in Indonesian, with the best Indonesian voice', async () => {
    const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
    const voices = [
      { voiceURI: 'en', name: 'English', lang: 'en-US', localService: true, default: true },
      { voiceURI: 'id', name: 'Damayanti', lang: 'id-ID', localService: true, default: false },
    ];
    class Utterance {
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      constructor(public text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => voices,
      cancel: () => {},
      speak: (utterance: Utterance) =>
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name }),
    });
    try {
      const { card } = await openCard('s-p8-1', 'menerapkan');
      await userEvent.click(within(card).getByRole('button', { name: 'Hear “menerapkan”' }));
      expect(spoken).toEqual([{ text: 'menerapkan', lang: 'id-ID', voice: 'Damayanti' }]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
