/**
 * The static entry: its copy of the `entry` strings, the synchronous answer to a tap, the
 * same markup on the server and in the first client render, the header summary, and the
 * `w` key opening the (lazily loaded) card on the current sentence's first word.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enWords from '../../locales/en/words.json';
import idWords from '../../locales/id/words.json';
import idArticle from '../../locales/id/article.json';
import { readNumber } from '../../src/features/words/language/numbers';
import { tokenize } from '../../src/features/words/language/tokenize';
import {
  KnownRootsSummary,
  WordsButton,
  activateWord,
  loadWordsRuntime,
} from '../../src/features/words/entry/WordStudyEntry';
import { sentenceTargets } from '../../src/features/words/language/analysis';
import { entryStore } from '../../src/features/words/entry/entryStore';
import { ENTRY_STRINGS } from '../../src/features/words/entry/entryStrings';
import { FINISH_STRINGS } from '../../src/features/words/entry/finishStrings';
import { wordStartAt } from '../../src/features/words/entry/wordsRuntime';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import { ReadingCursorProvider, createReadingCursor } from '../../src/lib/readingCursor';
import { TextProvider } from '../../src/lib/text/TextContext';
import {
  articleText,
  lexicon,
  mountSentence,
  renderWords,
  sentenceText,
  unmountSentences,
} from './helpers';

// In the app the runtime loads right after hydration, before the reader can pass on a tap.
beforeAll(() => loadWordsRuntime());

afterEach(() => {
  act(() => {
    entryStore.closeCard();
    entryStore.closePanel();
    entryStore.setSummary(null);
    entryStore.setText(null);
  });
  unmountSentences();
});

describe('the entry strings', () => {
  it('are a copy of `entry` in every language', () => {
    expect(ENTRY_STRINGS.en).toEqual(enWords.entry);
    expect(ENTRY_STRINGS.id).toEqual(idWords.entry);
  });

  it('and of `finish`, for the end-of-text action', () => {
    expect(FINISH_STRINGS.en).toEqual(enWords.finish);
    expect(FINISH_STRINGS.id).toEqual(idWords.finish);
  });
});

describe('a tap in the text', () => {
  const text = 'Pada 25 Juli 2023, COVID-19 dan ke-70 tidak “ketat”.';

  it.each([
    ['inside a word', text.indexOf('Juli') + 2, text.indexOf('Juli')],
    ['on its first letter', text.indexOf('Pada'), 0],
    ['right after its last letter', text.indexOf('tidak') + 5, text.indexOf('tidak')],
    ['inside quotes', text.indexOf('ketat') + 1, text.indexOf('ketat')],
    ['on a year', text.indexOf('2023') + 1, text.indexOf('2023')],
    ['on an ordinal', text.indexOf('ke-70') + 1, text.indexOf('ke-70')],
  ])('finds the word %s', (_name, offset, start) => {
    expect(wordStartAt(text, offset)).toBe(start);
  });

  it.each([
    ['a code with letters', text.indexOf('COVID') + 1],
    ['the space after a code', text.indexOf(' dan')],
    ['punctuation after punctuation', text.length - 1],
  ])('finds nothing on %s', (_name, offset) => {
    expect(wordStartAt(text, offset)).toBeNull();
  });

  it('agrees with the tokenizer on every character of the article', () => {
    /** The same question answered with the full tokenizer (what the lazy card uses). */
    const viaTokenizer = (text: string, offset: number): number | null => {
      const tokens = tokenize(text);
      const token = tokens.find((t) => t.start <= offset && offset < t.end);
      const studied = (t: (typeof tokens)[number] | undefined) =>
        t?.kind === 'word' || (t?.kind === 'number' && readNumber(t.text) !== null);
      if (studied(token)) return token?.start ?? null;
      const before = tokens.find((t) => t.end === offset);
      return studied(before) ? (before?.start ?? null) : null;
    };
    const disagreements: string[] = [];
    for (const sentence of idArticle.blocks.flatMap((block) => block.segments)) {
      for (let offset = 0; offset <= sentence.length; offset++) {
        const expected = viaTokenizer(sentence, offset);
        const actual = wordStartAt(sentence, offset);
        if (actual !== expected) {
          disagreements.push(`${sentence.slice(0, offset)}|${sentence.slice(offset)}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('answers synchronously: true and a card request on a word, false elsewhere', () => {
    // The text on the page, as the Words button publishes it.
    entryStore.setText(articleText());
    const element = mountSentence('s-p8-1');
    const sentence = sentenceText('s-p8-1', 'id');
    const at = sentence.indexOf('menerapkan');
    expect(activateWord({ segmentId: 's-p8-1', element, offset: at + 3 })).toBe(true);
    expect(entryStore.getSnapshot().card).toMatchObject({
      segmentId: 's-p8-1',
      offset: at,
      by: 'pointer',
    });
    // A tap on the open card's word closes the card (still taking the tap).
    entryStore.reportOpen({ segmentId: 's-p8-1', start: at, end: at + 10 });
    expect(activateWord({ segmentId: 's-p8-1', element, offset: at + 5 })).toBe(true);
    expect(entryStore.getSnapshot().card).toBeNull();
    // Punctuation: the reader's sentence peek takes the tap.
    const space = sentence.indexOf(', ') + 1;
    expect(activateWord({ segmentId: 's-p8-1', element, offset: space })).toBe(false);
  });
});

describe('the entry components', () => {
  it('render the same markup on the server and when hydrating', async () => {
    const i18n = createI18n('en', resources);
    const cursor = createReadingCursor('test', { persist: false });
    const ui = (
      <I18nextProvider i18n={i18n}>
        <ReadingCursorProvider value={cursor}>
          <TextProvider value={articleText()}>
            <WordsButton />
            <KnownRootsSummary />
          </TextProvider>
        </ReadingCursorProvider>
      </I18nextProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, ui);
    });
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Words' })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    );
    expect(screen.getByText('Tap any Indonesian word to study it')).toBeInTheDocument();
    act(() => root?.unmount());
    container.remove();
  });

  it('show the known roots in the header once they are counted', async () => {
    renderWords(<KnownRootsSummary />);
    const line = screen.getByText('Tap any Indonesian word to study it');
    act(() => entryStore.setSummary({ known: 12, total: 143 }));
    expect(line).toHaveTextContent('12 of 143 roots known (8%)');
  });

  it('open the card on the first word of the current sentence with w', async () => {
    mountSentence('s-p8-1');
    const { cursor } = renderWords(<WordsButton />);
    cursor.set('s-p8-1', 'keyboard');
    await userEvent.keyboard('w');
    const first = sentenceTargets(sentenceText('s-p8-1', 'id'), lexicon)[0];
    const card = await screen.findByRole('dialog', { name: first?.text });
    expect(entryStore.getSnapshot().card?.by).toBe('keyboard');
    await userEvent.keyboard('{ArrowRight}');
    expect(card).toHaveAccessibleName(
      sentenceTargets(sentenceText('s-p8-1', 'id'), lexicon)[1]?.text,
    );
  });
});
