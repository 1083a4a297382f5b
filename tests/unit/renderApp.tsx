import { act, fireEvent, render } from '@testing-library/react';
import { ARTICLE_ID, App } from '../../src/app/App';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import { createBrowserPreferencesStore } from '../../src/lib/preferences';
import { createReadingCursor } from '../../src/lib/readingCursor';

/**
 * Renders the whole app as the browser would, with the real i18next instance, the real
 * resources and the real preferences store (over jsdom's localStorage and URL).
 */
export function renderApp({ url = '/', stored }: { url?: string; stored?: unknown } = {}) {
  window.history.replaceState(null, '', url);
  if (stored !== undefined) {
    window.localStorage.setItem(
      'sanding:preferences:v1',
      typeof stored === 'string' ? stored : JSON.stringify(stored),
    );
  }
  const store = createBrowserPreferencesStore();
  const i18n = createI18n(store.getSnapshot().uiLanguage, resources);
  const cursor = createReadingCursor(ARTICLE_ID);
  return { store, i18n, cursor, ...render(<App i18n={i18n} store={store} cursor={cursor} />) };
}

/**
 * A text matcher for an element marked with `lang` whose whole text is `text`: the way a
 * screen reader decides which voice reads a sentence.
 */
export function inLanguage(lang: 'id' | 'en', text: string | RegExp) {
  return (_content: string, element: Element | null) =>
    element?.getAttribute('lang') === lang &&
    (typeof text === 'string' ? element.textContent === text : text.test(element.textContent));
}

/**
 * `renderApp`, then the reader's first use of the page, and waits for the parts that load
 * then (the sentence layer, the settings controls, word study's runtime) so a test can use
 * them straight away.
 */
export async function renderAppSettled(options: Parameters<typeof renderApp>[0] = {}) {
  const view = renderApp(options);
  // The reader's first use of the page (a pointer moving) loads the parts that answer them.
  fireEvent.pointerMove(document.body);
  await act(async () => {
    await Promise.all([
      import('../../src/features/reader/SentenceLayer'),
      import('../../src/features/settings/SettingsControls'),
      import('../../src/features/words/entry/wordsRuntime'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return view;
}
