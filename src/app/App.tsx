import { Suspense, lazy, useEffect } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ListenLauncher } from '../features/listen/ListenLauncher';
import {
  FinishText,
  KnownRootsSummary,
  WordsButton,
  activateWord,
} from '../features/words/WordStudyEntry';
import { ARTICLE_ELEMENT_ID, Article } from '../features/reader/Article';
import { FlagOfNorthKorea } from '../features/reader/FlagOfNorthKorea';
import { SourceCredit } from '../features/reader/SourceCredit';
import { ShortcutsHelp } from '../features/reader/ShortcutsHelp';
import { StudyBar } from '../features/reader/StudyBar';
import { ViewSwitcher } from '../features/reader/ViewSwitcher';
import { SettingsMenu } from '../features/settings/SettingsMenu';
import { UpdateNotice } from '../features/offline/UpdateNotice';
import { PreferencesProvider, usePreferences, type PreferencesStore } from '../lib/preferences';
import { ReadingCursorProvider, type ReadingCursor } from '../lib/readingCursor';
import { useHydrated } from '../lib/useHydrated';
import { ErrorBoundary } from './ErrorBoundary';

// Sentence-level reading (hover linking, the cursor, the peek) is an enhancement of the
// prerendered text: it loads after hydration, off the path to the first paint.
const SentenceLayer = lazy(() => import('../features/reader/SentenceLayer'));

/** Keeps i18next's UI language in step with the chosen one. */
function UiLanguageSync() {
  const { i18n } = useTranslation();
  const [{ uiLanguage }] = usePreferences();
  useEffect(() => {
    if (i18n.language !== uiLanguage) void i18n.changeLanguage(uiLanguage);
  }, [i18n, uiLanguage]);
  return null;
}

function Shell() {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  useEffect(() => {
    // Controls that need the app look ready from here on (see app.css).
    document.documentElement.setAttribute('data-hydrated', '');
  }, []);
  return (
    <>
      <a className="skip-link" href={`#${ARTICLE_ELEMENT_ID}`}>
        {t('app.skipToArticle')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <p className="brand">
            <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <rect x="2" y="4" width="9" height="16" rx="2" />
              <rect x="13" y="4" width="9" height="16" rx="2" />
            </svg>
            {t('app.name')}
          </p>
          <ViewSwitcher />
          <div className="topbar-end">
            <WordsButton articleId={ARTICLE_ID} />
            <ShortcutsHelp />
            <ListenLauncher />
            <SettingsMenu />
          </div>
        </div>
      </header>
      <main className="page">
        <StudyBar articleElementId={ARTICLE_ELEMENT_ID} />
        <Article
          illustration={<FlagOfNorthKorea title={t('article.flagAlt')} titleId="flag-title" />}
          headerExtra={<KnownRootsSummary articleId={ARTICLE_ID} />}
        />
        <FinishText articleId={ARTICLE_ID} />
        {hydrated ? (
          <Suspense fallback={null}>
            <SentenceLayer articleElementId={ARTICLE_ELEMENT_ID} onWordActivate={activateWord} />
          </Suspense>
        ) : null}
      </main>
      <footer className="page-footer">
        <SourceCredit />
        <ShortcutsHelp place="footer" />
      </footer>
      <UpdateNotice />
    </>
  );
}

/** The article being read; its id keys what is remembered about it (the cursor). */
export const ARTICLE_ID = 'hari-kemenangan-2023';

interface AppProps {
  i18n: I18n;
  store: PreferencesStore;
  cursor: ReadingCursor;
}

export function App({ i18n, store, cursor }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <PreferencesProvider value={store}>
        <ReadingCursorProvider value={cursor}>
          <ErrorBoundary>
            <UiLanguageSync />
            <Shell />
          </ErrorBoundary>
        </ReadingCursorProvider>
      </PreferencesProvider>
    </I18nextProvider>
  );
}
