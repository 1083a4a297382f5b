/**
 * Word study takes its sentences and translations from the text model, never from the page:
 * the page's elements say which sentence was tapped, where, and carry the highlights, but a
 * marker (a gap, a missing translation) or any other difference in what they show must not
 * change a card, a record or a colour. Each test below makes the page disagree with the model.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WordCard } from '../../src/features/words/card/WordCard';
import { entryStore } from '../../src/features/words/entry/entryStore';
import { WordsButton, loadWordsRuntime } from '../../src/features/words/entry/WordStudyEntry';
import { activateWord } from '../../src/features/words/entry/wordsRuntime';
import { provideDictionary } from '../../src/features/words/language/dictionary/appDictionary';
import type { WordRecord } from '../../src/features/words/store/records';
import { markRemainingKnown } from '../../src/features/words/text/newWords';
import { startStatusColouring } from '../../src/features/words/text/statusColouring';
import { sentenceOf } from '../../src/lib/text/lookup';
import { fixtureDictionary } from './dictionaryFixture';
import {
  articleText,
  articleWith,
  freshStore,
  makeRecord,
  mountSentence,
  renderWords,
  testSession,
  unmountSentences,
} from './helpers';

beforeAll(() => loadWordsRuntime());

afterEach(() => {
  act(() => {
    entryStore.closeCard();
    entryStore.setText(null);
  });
  unmountSentences();
  provideDictionary(undefined);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const SENTENCE = 'Pemerintah membuka kantor baru.';
const TRANSLATION = 'The government opened a new office.';

/** Replaces what the page shows for sentence `id` (or its translation, `<id>-t`). */
function showOnPage(id: string, text: string): void {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No element #${id}`);
  element.textContent = text;
}

describe('the word card', () => {
  it('matches the English in the model’s translation, not in what the page shows', async () => {
    provideDictionary(fixtureDictionary());
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const text = articleWith('s-p8-1', SENTENCE, TRANSLATION);
    const element = mountSentence('s-p8-1', text);
    showOnPage('s-p8-1-t', 'Something else is shown here.');
    const session = testSession();
    await session.ready;
    renderWords(
      <WordCard
        request={{ segmentId: 's-p8-1', element, offset: 2, by: 'pointer', seq: 1 }}
        session={session}
        onClose={() => {}}
      />,
      { text },
    );
    const card = await screen.findByRole('dialog', { name: 'Pemerintah' });
    const english = await within(card).findByText('In the English', { selector: 'dt' });
    expect(english.nextElementSibling).toHaveTextContent('“government”');
    // The translation the card shows (jsdom lays nothing out, so the page's is "hidden").
    expect(within(card).getByText(TRANSLATION)).toHaveAttribute('lang', 'en');
    // Development says loudly that the page and the model disagree.
    await waitFor(() => expect(errors).toHaveBeenCalledWith(expect.stringContaining('#s-p8-1-t')));
  });

  it('saves the model’s sentence and translation with the word', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const text = articleText();
    const pair = sentenceOf(text, 's-p8-1');
    const element = mountSentence('s-p8-1', text);
    // A translation missing on the page is shown as a marker beside the original.
    showOnPage('s-p8-1-t', 'Translation missing');
    const store = freshStore();
    const session = testSession(store);
    await session.ready;
    renderWords(
      <WordCard
        request={{
          segmentId: 's-p8-1',
          element,
          offset: (pair?.original ?? '').indexOf('menerapkan') + 1,
          by: 'pointer',
          seq: 2,
        }}
        session={session}
        onClose={() => {}}
      />,
      { text },
    );
    const card = await screen.findByRole('dialog', { name: 'menerapkan' });
    await userEvent.click(within(card).getByRole('radio', { name: 'Learning 1' }));
    await waitFor(async () => expect(await store.all()).toHaveLength(1));
    const [record] = await store.all();
    expect(record?.context).toMatchObject({
      segmentId: 's-p8-1',
      sentence: pair?.original,
      translation: pair?.translation,
    });
  });
});

describe('a tap and the w key', () => {
  it('find the word in the model’s sentence at the offset the page gave', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const text = articleWith('s-p8-1', SENTENCE, TRANSLATION);
    entryStore.setText(text);
    const element = mountSentence('s-p8-1', text);
    // On the page a decoration covers the first word; the model says it is a word.
    showOnPage('s-p8-1', '…………… membuka kantor baru.');
    expect(activateWord({ segmentId: 's-p8-1', element, offset: 3 })).toBe(true);
    expect(entryStore.getSnapshot().card).toMatchObject({ segmentId: 's-p8-1', offset: 0 });
  });

  it('take nothing from a sentence the text does not have', () => {
    entryStore.setText(articleText());
    const element = mountSentence('s-p8-1');
    element.dataset.seg = 's-nowhere-0';
    expect(activateWord({ segmentId: 's-nowhere-0', element, offset: 3 })).toBe(false);
    expect(entryStore.getSnapshot().card).toBeNull();
  });

  it('w opens the card on the model’s first word', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const text = articleWith('s-p8-1', SENTENCE, TRANSLATION);
    mountSentence('s-p8-1', text);
    // The page shows no word at all in the sentence.
    showOnPage('s-p8-1', '— — —');
    const { cursor } = renderWords(<WordsButton />, { text });
    cursor.set('s-p8-1', 'keyboard');
    await userEvent.keyboard('w');
    expect(await screen.findByRole('dialog', { name: 'Pemerintah' })).toBeInTheDocument();
  });
});

describe('the end-of-text action', () => {
  it('marks the roots of every sentence of the text, even those not on the page', async () => {
    // Nothing of the text is on the page (a long stored text paints its beginning first).
    const text = articleText();
    const store = freshStore();
    const session = testSession(store);
    await session.ready;
    const { i18n } = renderWords(<p>page</p>, { text });
    const marked = await markRemainingKnown(i18n, text, session);
    expect(marked?.count).toBeGreaterThan(100);
    const records = await store.all();
    expect(records).toHaveLength(marked?.count ?? -1);
    for (const { context } of records) {
      const pair = sentenceOf(text, context.segmentId);
      expect(context.sentence).toBe(pair?.original);
      expect(context.translation).toBe(pair?.translation ?? '');
      expect(context.sentence.slice(context.start, context.end)).toBe(context.form);
    }
  });

  it('gives a sentence whose translation is a gap no translation, not the gap’s marker', async () => {
    const base = articleText();
    const original = sentenceOf(base, 's-p8-1')?.original ?? '';
    const text = articleWith('s-p8-1', original, '');
    // What the page shows for a gap, in the Indonesian interface.
    mountSentence('s-p8-1', text);
    showOnPage('s-p8-1-t', 'tanpa padanan');
    const store = freshStore();
    const session = testSession(store);
    await session.ready;
    const { i18n } = renderWords(<p>page</p>, { text, lng: 'id' });
    await markRemainingKnown(i18n, text, session);
    const here = (await store.all()).filter(
      (record: WordRecord) => record.context.segmentId === 's-p8-1',
    );
    expect(here.length).toBeGreaterThan(0);
    for (const record of here) expect(record.context.translation).toBe('');
  });
});

describe('the status colouring', () => {
  /** A stand-in for the CSS Custom Highlight API, which jsdom lacks. */
  function fakeHighlights(): Map<string, { ranges: Set<Range> }> {
    const registry = new Map<string, { ranges: Set<Range> }>();
    class FakeHighlight {
      ranges = new Set<Range>();
      add(range: Range) {
        this.ranges.add(range);
      }
      clear() {
        this.ranges.clear();
      }
    }
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { ...globalThis.CSS, highlights: registry });
    return registry;
  }

  it('colours the model’s words, and nothing in a gap’s marker', async () => {
    const registry = fakeHighlights();
    const text = articleWith('s-p7-0', '', 'A sentence only the English has.');
    const element = mountSentence('s-p8-1', text);
    // The original's gap, as the page shows it in the Indonesian interface.
    const gap = mountSentence('s-p7-0', text);
    showOnPage('s-p7-0', 'tanpa padanan');
    const store = freshStore();
    await store.putMany([
      makeRecord('terap', 'learning-2'),
      makeRecord('tanpa', 'learning-2', { forms: ['tanpa', 'padanan'] }),
    ]);
    const session = testSession(store);
    await session.ready;
    const stop = startStatusColouring(session, (id) => sentenceOf(text, id)?.original ?? null);
    const coloured = [...(registry.get('sanding-status-learning-2')?.ranges ?? [])];
    expect(coloured.map((range) => range.toString())).toEqual(['menerapkan']);
    expect(coloured[0]?.startContainer.parentNode).toBe(element);
    expect(coloured.some((range) => gap.contains(range.startContainer))).toBe(false);
    stop();
  });

  it('colours sentences that arrive after it started, as a long text renders in steps', async () => {
    const registry = fakeHighlights();
    const text = articleText();
    mountSentence('s-p8-1', text);
    const store = freshStore();
    await store.putMany([makeRecord('terap', 'learning-2'), makeRecord('akhir', 'learning-2')]);
    const session = testSession(store);
    await session.ready;
    const stop = startStatusColouring(session, (id) => sentenceOf(text, id)?.original ?? null);
    const coloured = () =>
      [...(registry.get('sanding-status-learning-2')?.ranges ?? [])].map((range) =>
        range.toString(),
      );
    expect(coloured()).toEqual(['menerapkan']);
    // A later block of the text is rendered.
    mountSentence('s-p2-1', text);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(coloured()).toContain('berakhirnya');
    stop();
  });
});
