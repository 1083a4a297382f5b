import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Resource } from 'i18next';
import { ARTICLE_ID, App } from './app/App';
import './app/app.css';
import { createI18n } from './lib/i18n/createI18n';
import { EMBEDDED_RESOURCES_ID } from './lib/i18n/embedded';
import { DEFAULT_PREFERENCES, createBrowserPreferencesStore } from './lib/preferences';
import { createReadingCursor } from './lib/readingCursor';
import { routeFromPath } from './lib/routes';
import { whenIdle } from './lib/whenIdle';

/**
 * The prerendered page carries its i18next resources as JSON; the development server's
 * page does not, and gets them as a separate chunk instead.
 */
async function loadResources(): Promise<Resource> {
  const embedded = document.getElementById(EMBEDDED_RESOURCES_ID)?.textContent;
  if (embedded) return JSON.parse(embedded) as Resource;
  return (await import('./lib/i18n/resources')).resources as unknown as Resource;
}

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('Sanding: #root is missing from index.html');
  const store = createBrowserPreferencesStore();
  const route = routeFromPath(window.location.pathname);
  // A stored text: its page's code and the text itself start loading now, alongside the app.
  if (route.name === 'read' && !route.builtin) {
    void import('./app/StoredTextPage').then((page) => page.preloadText(route.textId));
  }
  const root = document.documentElement;
  // At any other address than a built-in text's, a static host serves the built-in article's
  // HTML; the boot script has hidden it (`data-shell`) before the first paint. It is replaced.
  if (root.hasAttribute('data-shell')) {
    container.replaceChildren();
    root.removeAttribute('data-shell');
  }
  // A prerendered page is hydrated with the language it was rendered in; the reader's own
  // UI language then takes over in an effect, so hydration never mismatches.
  const prerendered = container.firstElementChild !== null;
  const i18n = createI18n(
    prerendered ? DEFAULT_PREFERENCES.uiLanguage : store.getSnapshot().uiLanguage,
    await loadResources(),
  );
  const app = (
    <StrictMode>
      <App
        i18n={i18n}
        store={store}
        cursor={createReadingCursor(route.name === 'read' ? route.textId : ARTICLE_ID)}
        route={route}
      />
    </StrictMode>
  );
  // As a transition, hydration yields to the browser in small tasks instead of one long
  // one, so it never blocks input.
  if (prerendered) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
  // Offline support is registered once the page is idle, so it never competes with the
  // first paint; the development server has no service worker.
  if (import.meta.env.PROD) {
    whenIdle(
      () =>
        void import('./features/offline/serviceWorker').then((module) =>
          module.registerServiceWorker(),
        ),
      { timeout: 10_000, fallbackMs: 3_000 },
    );
  }
}

void start();
