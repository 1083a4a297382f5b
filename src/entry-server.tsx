import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { ARTICLE_ID, App } from './app/App';
import { bootScript } from './lib/boot';
import { resources } from './lib/i18n/resources';
import { createI18n } from './lib/i18n/createI18n';
import { DEFAULT_PREFERENCES, createStaticPreferencesStore } from './lib/preferences';
import { createReadingCursor } from './lib/readingCursor';
import { routeFromPath } from './lib/routes';
import { textFromI18n } from './lib/text/i18nText';

/**
 * Renders the page at `path` (the built-in article at `/` or at its own address) as it looks
 * with the default preferences, for the build's prerender.
 */
export function render(path = '/') {
  const route = routeFromPath(path);
  if (route.name !== 'read' || !route.builtin)
    throw new Error(`prerender: ${path} is no built-in text`);
  const i18n = createI18n(DEFAULT_PREFERENCES.uiLanguage, resources);
  const html = renderToString(
    <StrictMode>
      <App
        i18n={i18n}
        store={createStaticPreferencesStore()}
        cursor={createReadingCursor(ARTICLE_ID, { persist: false })}
        route={route}
      />
    </StrictMode>,
  );
  const headline = textFromI18n(i18n, route.textId).title;
  const title = i18n.t('app.documentTitle', { headline });
  return { html, title, bootScript, resources, defaults: DEFAULT_PREFERENCES };
}
