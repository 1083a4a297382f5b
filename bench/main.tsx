/**
 * The benchmark entry (`npm run bench`): renders the real App, as src/main.tsx does, from
 * the real UI strings and a generated article fetched from the bench server. `?text=2000`
 * loads /data/text-2000.json; `?text=seed` uses the seed article. The time to the first
 * frame is measured here, around `render()`, and published on `window.__benchRender`.
 */
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Resource } from 'i18next';
import enUi from '../locales/en/ui.json';
import idUi from '../locales/id/ui.json';
import type { BenchRender } from '../scripts/lib/bench-protocol.ts';
import type { ParallelText } from '../scripts/lib/parallel-text.ts';
import { ARTICLE_ID, App } from '../src/app/App';
import '../src/app/app.css';
import { createI18n } from '../src/lib/i18n/createI18n';
import { resources as seedResources } from '../src/lib/i18n/resources';
import { createBrowserPreferencesStore } from '../src/lib/preferences';
import { createReadingCursor } from '../src/lib/readingCursor';

/** Marks the end of the first commit: a parent's layout effect runs after all its children's. */
function CommitProbe({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useLayoutEffect(onCommit, [onCommit]);
  return children;
}

async function loadArticle(text: string): Promise<ParallelText> {
  if (text === 'seed') {
    // The JSON modules' literal types are narrower than TextBlock's `kind`; same shape.
    return {
      id: seedResources.id.article,
      en: seedResources.en.article,
    } as unknown as ParallelText;
  }
  const response = await fetch(`/data/text-${encodeURIComponent(text)}.json`);
  if (!response.ok) throw new Error(`bench: /data/text-${text}.json: ${response.status}`);
  return (await response.json()) as ParallelText;
}

async function start() {
  const params = new URLSearchParams(location.search);
  const text = params.get('text') ?? 'seed';
  // `render=0`: everything but the render, so the heap of the text alone can be told apart
  // from the heap of the rendered page.
  const render = params.get('render') !== '0';
  const container = document.getElementById('root');
  if (!container) throw new Error('bench: #root is missing');
  const frames = window.__benchFrames;
  if (!frames) throw new Error('bench: the frame helpers were not injected');

  const loadStart = performance.now();
  const article = await loadArticle(text);
  const resources = {
    en: { ui: enUi, article: article.en },
    id: { ui: idUi, article: article.id },
  } as unknown as Resource;
  const loadMs = performance.now() - loadStart;

  // As in src/main.tsx (client-render branch).
  const store = createBrowserPreferencesStore();
  const i18n = createI18n('en', resources);
  const cursor = createReadingCursor(ARTICLE_ID);
  const paragraphs = article.id.blocks.filter((b) => b.kind === 'paragraph').length;

  if (!render) {
    // Kept reachable, as the rendered page keeps them.
    Object.assign(window, { benchKeep: { store, i18n, cursor } });
    window.__benchRender = { text, paragraphs, loadMs, commitMs: 0, firstRenderMs: 0 };
    return;
  }

  let committed = false;
  const t0 = performance.now();
  const onCommit = () => {
    if (committed) return;
    committed = true;
    const commitMs = performance.now() - t0;
    void frames.nextFrame().then(() => {
      const result: BenchRender = {
        text,
        paragraphs,
        loadMs,
        commitMs,
        firstRenderMs: performance.now() - t0,
      };
      window.__benchRender = result;
    });
  };
  createRoot(container).render(
    <StrictMode>
      <CommitProbe onCommit={onCommit}>
        <App i18n={i18n} store={store} cursor={cursor} />
      </CommitProbe>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  window.__benchRender = {
    text: '',
    paragraphs: 0,
    loadMs: 0,
    commitMs: 0,
    firstRenderMs: 0,
    error: String(error),
  };
});
