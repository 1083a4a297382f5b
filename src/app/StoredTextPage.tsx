/**
 * A stored text's page (`/read/<id>`, loaded on first use): reads the text and its reading
 * state from IndexedDB, adds the text to i18next as a bundle of its own namespace, and renders
 * the same reader as the built-in article, with a cursor remembered in the text's state.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEWS, type View } from '../lib/preferenceRules';
import { usePreferences, usePreferencesStore } from '../lib/preferences';
import { createReadingCursor, ReadingCursorProvider } from '../lib/readingCursor';
import { LIBRARY_PATH, correctionPath } from '../lib/routes';
import { layoutBlocks, readingOrder } from '../lib/text/readingOrder';
import { useProgressive } from '../lib/useProgressive';
import { BLOCKS_PER_GROUP } from '../features/reader/Article';
import { TextProvider } from '../lib/text/TextContext';
import { addTextBundle, pairText, textFromI18n } from '../lib/text/i18nText';
import { BUILTIN_TEXT_ID } from '../lib/text/builtin';
import { exportText, getText, saveTextState, type TextState } from '../lib/text/textStore';
import { serializeTextFile, textFileName } from '../lib/text/textFile';
import { downloadFile } from '../lib/download';
import type { PairedText } from '../lib/text/types';
import { NoticePage } from './NoticePage';
import { ReaderPage } from './ReaderPage';

type Load =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; text: PairedText; state: TextState };

/** How long the cursor rests before its position is written (j held down moves it often). */
const SAVE_DELAY_MS = 400;

/** After a stored text: download it as a text file, or correct its alignment. */
function TextTools({ id }: { id: string }) {
  const { t } = useTranslation();
  const exportFile = async () => {
    const text = await exportText(id).catch(() => null);
    if (text) downloadFile(textFileName(text), serializeTextFile(text));
  };
  return (
    <nav className="text-tools" aria-label={t('text.tools')}>
      <button type="button" className="chip-button" onClick={() => void exportFile()}>
        {t('text.export')}
      </button>
      <a className="chip-button" href={correctionPath(id)}>
        {t('text.correct')}
      </a>
    </nav>
  );
}

function StoredReader({ text, state }: { text: PairedText; state: TextState }) {
  // A long text paints its first groups at once, the rest in a transition.
  const bodyBlocks = useMemo(() => layoutBlocks(text.blocks).body.length, [text.blocks]);
  const renderLimit = useProgressive(bodyBlocks, 2 * BLOCKS_PER_GROUP);
  const cursor = useMemo(
    () => createReadingCursor(text.id, { persist: false, initial: state.cursor }),
    [text.id, state.cursor],
  );
  useEffect(() => {
    const order = readingOrder(text.blocks);
    const indexOf = new Map(order.map((id, index) => [id, index]));
    let timer: ReturnType<typeof setTimeout> | undefined;
    void saveTextState(text.id, { openedAt: new Date().toISOString() }).catch(() => {});
    const unsubscribe = cursor.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { segmentId } = cursor.getSnapshot();
        const index = segmentId ? (indexOf.get(segmentId) ?? -1) : -1;
        const progress = order.length > 0 && index >= 0 ? (index + 1) / order.length : 0;
        // A failed write costs only the remembered place; reading goes on.
        void saveTextState(text.id, { cursor: segmentId, progress }).catch(() => {});
      }, SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [cursor, text]);
  // The view is remembered per text: a link's `?view=` wins, then the text's own, then the
  // reader's general preference.
  const [{ view }, update] = usePreferences();
  const preferences = usePreferencesStore();
  // While this text is open, its view is its own, not saved as the general one.
  useEffect(() => preferences.holdView(), [preferences]);
  const remembered = state.view;
  useEffect(() => {
    const linked = new URLSearchParams(window.location.search).has('view');
    if (!linked && remembered && (VIEWS as readonly string[]).includes(remembered)) {
      update({ view: remembered as View });
    }
  }, [remembered, update]);
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    void saveTextState(text.id, { view }).catch(() => {});
  }, [text.id, view]);
  useEffect(() => {
    const previous = document.title;
    document.title = `${text.title} · Sanding`;
    return () => {
      document.title = previous;
    };
  }, [text.title]);
  return (
    <ReadingCursorProvider value={cursor}>
      <TextProvider value={text}>
        <ReaderPage renderLimit={renderLimit} textTools={<TextTools id={text.id} />} />
      </TextProvider>
    </ReadingCursorProvider>
  );
}

let preloaded: { id: string; found: ReturnType<typeof getText> } | null = null;

/**
 * Starts reading the text `id` from storage at once (src/main.tsx calls it on start, so the
 * read overlaps the app's first render instead of following it).
 */
export function preloadText(id: string): void {
  if (preloaded?.id === id) return;
  const found = getText(id);
  found.catch(() => {});
  preloaded = { id, found };
}

function readText(id: string): ReturnType<typeof getText> {
  const cached = preloaded?.id === id ? preloaded.found : null;
  preloaded = null;
  return cached ?? getText(id);
}

/** The page of the stored text `id` (default export, for `React.lazy`). */
export default function StoredTextPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // For the bench and the browser's performance panel: opening starts with this read.
    performance.mark('sanding:text-read');
    readText(id).then(
      (found) => {
        if (!live) return;
        performance.mark('sanding:text-got');
        if (!found) {
          setLoad({ status: 'missing' });
          return;
        }
        addTextBundle(i18n, found.text);
        // Read back through i18next: built-in and stored texts take one path to the page.
        setLoad({
          status: 'ready',
          text: pairText(textFromI18n(i18n, found.text.id)),
          state: found.state,
        });
      },
      () => {
        if (live) setLoad({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [id, i18n]);

  if (load.status === 'loading') return <NoticePage busy title={t('text.opening')} />;
  if (load.status === 'ready') return <StoredReader text={load.text} state={load.state} />;
  const missing = load.status === 'missing';
  return (
    <NoticePage title={missing ? t('text.notFoundTitle') : t('text.storageTitle')}>
      <p>{missing ? t('text.notFoundBody') : t('text.storageBody')}</p>
      <p className="notice-actions">
        <a className="primary-link" href={LIBRARY_PATH}>
          {t('text.toLibrary')}
        </a>
        <a href={`/read/${BUILTIN_TEXT_ID}`}>{t('text.toBuiltin')}</a>
      </p>
    </NoticePage>
  );
}
