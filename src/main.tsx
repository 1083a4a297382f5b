import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ARTICLE_ID, App } from './app/App';
import './app/app.css';
import { createI18n } from './lib/i18n/createI18n';
import { DEFAULT_PREFERENCES, createBrowserPreferencesStore } from './lib/preferences';
import { createReadingCursor } from './lib/readingCursor';

const container = document.getElementById('root');
if (!container) throw new Error('Sanding: #root is missing from index.html');

const store = createBrowserPreferencesStore();
// A prerendered page is hydrated with the language it was rendered in; the reader's own
// UI language then takes over in an effect, so hydration never mismatches.
const prerendered = container.firstElementChild !== null;
const i18n = createI18n(
  prerendered ? DEFAULT_PREFERENCES.uiLanguage : store.getSnapshot().uiLanguage,
);
const app = (
  <StrictMode>
    <App i18n={i18n} store={store} cursor={createReadingCursor(ARTICLE_ID)} />
  </StrictMode>
);

if (prerendered) hydrateRoot(container, app);
else createRoot(container).render(app);
