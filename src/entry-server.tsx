import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { ARTICLE_ID, App } from './app/App';
import { bootScript } from './lib/boot';
import { ARTICLE_LANGUAGES, readBlocks } from './lib/content/article';
import { resources } from './lib/i18n/resources';
import { createI18n } from './lib/i18n/createI18n';
import { DEFAULT_PREFERENCES, createStaticPreferencesStore } from './lib/preferences';
import { createReadingCursor } from './lib/readingCursor';

/** Renders the page as it looks with the default preferences, for the build's prerender. */
export function render() {
  const i18n = createI18n(DEFAULT_PREFERENCES.uiLanguage, resources);
  const html = renderToString(
    <StrictMode>
      <App
        i18n={i18n}
        store={createStaticPreferencesStore()}
        cursor={createReadingCursor(ARTICLE_ID, { persist: false })}
      />
    </StrictMode>,
  );
  const headline = readBlocks(i18n.getResource(ARTICLE_LANGUAGES.original, 'article', 'blocks'))
    .find((block) => block.kind === 'headline')
    ?.segments.join(' ');
  const title = i18n.t('app.documentTitle', { headline: headline ?? '' });
  return { html, title, bootScript, resources, defaults: DEFAULT_PREFERENCES };
}
