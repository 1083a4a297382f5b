/**
 * Test helpers for word study: the app's real i18next instance and resources (with the
 * `words` namespace added the way the lazy chunk adds it), a reading cursor, sentences in the
 * DOM shaped like the reader's, and sessions over fake-indexeddb with the real lexicon.
 */
import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import idArticle from '../../locales/id/article.json';
import enArticle from '../../locales/en/article.json';
import lexiconJson from '../../lexicon/hari-kemenangan-2023.json';
import { parseLexicon } from '../../src/features/words/language/lexicon/lexicon';
import type { WordRecord, WordStatus } from '../../src/features/words/store/records';
import { emptyCard, recordId } from '../../src/features/words/store/records';
import { createWordSession, type WordSession } from '../../src/features/words/store/session';
import { createWordStore, type WordStore } from '../../src/features/words/store/wordStore';
import { SandingDatabase } from '../../src/lib/db/database';
import { addWordsStrings } from '../../src/features/words/entry/wordsStrings';
import { createI18n } from '../../src/lib/i18n/createI18n';
import type { UiLanguage } from '../../src/lib/i18n/languages';
import { resources } from '../../src/lib/i18n/resources';
import { segmentId } from '../../src/lib/text/addresses';
import { BUILTIN_TEXT_ID } from '../../src/lib/text/builtin';
import { pairText, textFromI18n } from '../../src/lib/text/i18nText';
import { sentenceOf } from '../../src/lib/text/lookup';
import { TextProvider } from '../../src/lib/text/TextContext';
import type { PairedText } from '../../src/lib/text/types';
import { PreferencesProvider, createBrowserPreferencesStore } from '../../src/lib/preferences';
import { ReadingCursorProvider, createReadingCursor } from '../../src/lib/readingCursor';

export const ARTICLE = 'hari-kemenangan-2023';
export const lexicon = parseLexicon(lexiconJson);

/** The article's sentence `id` (`s-p8-1`) in one language. */
export function sentenceText(id: string, lang: 'id' | 'en'): string {
  const blocks = (lang === 'id' ? idArticle : enArticle).blocks;
  for (const block of blocks) {
    for (const [index, text] of block.segments.entries()) {
      if (segmentId(block.key, index) === id) return text;
    }
  }
  throw new Error(`No sentence ${id}`);
}

/** The built-in article as the text model has it (what the app's `TextProvider` holds). */
export function articleText(): PairedText {
  return pairText(textFromI18n(createI18n('en', resources), BUILTIN_TEXT_ID));
}

/** The built-in article with sentence `id` (`s-p8-1`) and its translation replaced. */
export function articleWith(id: string, original: string, translation: string | null): PairedText {
  const text = articleText();
  return {
    ...text,
    blocks: text.blocks.map((block) => {
      const index = block.original.findIndex((_, n) => segmentId(block.key, n) === id);
      if (index === -1) return block;
      return {
        ...block,
        original: block.original.map((s, n) => (n === index ? original : s)),
        translation: block.translation.map((s, n) => (n === index ? translation : s)),
      };
    }),
  };
}

/**
 * Puts sentence `id` into the document the way the reader renders it: the original in
 * `.t-original` with the segment id as its id, the translation in `.t-translation` with
 * `<id>-t`. Returns the original's element. With `text`, the sentence is that text's.
 */
export function mountSentence(id: string, text?: PairedText): HTMLElement {
  const pair = text ? sentenceOf(text, id) : null;
  const container = document.createElement('div');
  container.className = 'pair';
  container.setAttribute('data-test-sentence', '');
  const original = document.createElement('p');
  original.lang = 'id';
  original.className = 't t-original';
  const seg = document.createElement('span');
  seg.className = 'seg';
  seg.id = id;
  seg.dataset.seg = id;
  seg.tabIndex = -1;
  seg.textContent = pair ? pair.original : sentenceText(id, 'id');
  original.append(seg);
  const translation = document.createElement('p');
  translation.lang = 'en';
  translation.className = 't t-translation';
  const segT = document.createElement('span');
  segT.className = 'seg';
  segT.id = `${id}-t`;
  segT.dataset.seg = id;
  segT.tabIndex = -1;
  segT.textContent = pair ? (pair.translation ?? '') : sentenceText(id, 'en');
  translation.append(segT);
  container.append(original, translation);
  document.body.append(container);
  return seg;
}

/** Removes what {@link mountSentence} added. */
export function unmountSentences(): void {
  for (const element of document.querySelectorAll('[data-test-sentence]')) element.remove();
}

let databases = 0;
/** A name for a database no other test uses. */
export function freshName(): string {
  databases += 1;
  return `sanding-test-${databases}`;
}

/** Faults a test can switch on: every write fails with this DOMException name. */
export interface Faults {
  writes: string | null;
}

/**
 * The app's Dexie database over fake-indexeddb, with a middleware at Dexie's lowest layer
 * that fails writes the way the browser does (a QuotaExceededError from the transaction)
 * while `faults.writes` is set.
 */
export function faultyDatabase(name: string = freshName()): {
  database: SandingDatabase;
  faults: Faults;
} {
  const faults: Faults = { writes: null };
  const database = new SandingDatabase(name);
  database.use({
    stack: 'dbcore',
    name: 'injected-faults',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) =>
            faults.writes
              ? Promise.reject(new DOMException('Injected failure', faults.writes))
              : table.mutate(request),
        };
      },
    }),
  });
  return { database, faults };
}

/** A word store over its own fresh fake-indexeddb database (no idb-keyval migration). */
export function freshStore(
  database: SandingDatabase = new SandingDatabase(freshName()),
): WordStore {
  return createWordStore({ database, legacy: null });
}

/** A session over `store` with the real lexicon and a fixed clock. */
export function testSession(
  store: WordStore = freshStore(),
  now: () => Date = () => new Date('2026-11-25T10:00:00Z'),
): WordSession {
  return createWordSession({
    articleId: ARTICLE,
    store,
    lexicon: async () => lexicon,
    now,
    channel: null,
  });
}

/**
 * Renders word-study UI under the app's i18next instance, the preferences store (over the
 * URL and localStorage, as in the app), a reading cursor and the text on the page (the
 * built-in article unless `text` is given).
 */
export function renderWords(
  ui: ReactElement,
  { lng = 'en', text = articleText() }: { lng?: UiLanguage; text?: PairedText } = {},
) {
  const i18n = createI18n(lng, resources);
  addWordsStrings(i18n);
  const cursor = createReadingCursor('test-article', { persist: false });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <PreferencesProvider value={createBrowserPreferencesStore()}>
        <ReadingCursorProvider value={cursor}>
          <TextProvider value={text}>{ui}</TextProvider>
        </ReadingCursorProvider>
      </PreferencesProvider>
    </I18nextProvider>,
  );
  return { i18n, cursor, text, ...result };
}

/** A complete record, for seeding stores. */
export function makeRecord(
  root: string,
  status: WordStatus,
  overrides: Partial<WordRecord> = {},
): WordRecord {
  const sentence = `Mereka ${root} itu.`;
  return {
    id: recordId(root),
    root,
    status,
    forms: [recordId(root)],
    breakdown: root,
    gloss: `gloss of ${root}`,
    context: {
      articleId: ARTICLE,
      segmentId: 's-p1-0',
      sentence,
      translation: `They ${root} it.`,
      form: root,
      start: 7,
      end: 7 + root.length,
    },
    card: emptyCard(new Date('2026-11-20T10:00:00Z')),
    created: '2026-11-20T10:00:00.000Z',
    updated: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** A record of `root` broken by `breakIt` (a field deleted or mistyped), as storage may hold. */
export function malformedRecord(
  root: string,
  breakIt: (record: { [field: string]: unknown; context: Record<string, unknown> }) => void,
): Record<string, unknown> {
  const record = structuredClone(makeRecord(root, 'new')) as unknown as {
    [field: string]: unknown;
    context: Record<string, unknown>;
  };
  breakIt(record);
  return record;
}
