import { Suspense, useEffect, useMemo } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { FlagOfNorthKorea } from '../features/reader/FlagOfNorthKorea';
import { SourceCredit } from '../features/reader/SourceCredit';
import { SettingsMenu } from '../features/settings/SettingsMenu';
import { PreferencesProvider, usePreferences, type PreferencesStore } from '../lib/preferences';
import { ReadingCursorProvider, type ReadingCursor } from '../lib/readingCursor';
import type { Route } from '../lib/routes';
import { BUILTIN_TEXT_ID } from '../lib/text/builtin';
import { markBuiltinOpened } from '../lib/text/builtinOpened';
import { pairText, textFromI18n } from '../lib/text/i18nText';
import { TextProvider } from '../lib/text/TextContext';
import { useHydrated } from '../lib/useHydrated';
import { lazyWithRetry } from '../lib/lazyWithRetry';
import { LoadBoundary } from '../components/LoadBoundary';
import { ErrorBoundary } from './ErrorBoundary';
import { ReaderPage } from './ReaderPage';
import { useNoticesWanted } from './useNoticesWanted';

// Pages other than the built-in text's load on first use: neither the library, nor the
// storage behind it, nor the text file's code weighs on the article's first visit.
const StoredTextPage = lazyWithRetry(() => import('./StoredTextPage'));
const LibraryRoute = lazyWithRetry(() => import('./LibraryRoute'));
const ImportRoute = lazyWithRetry(() => import('./ImportRoute'));
const AppNotices = lazyWithRetry(() => import('./AppNotices'));
const UnknownPage = lazyWithRetry(() => import('./UnknownPage'));

/** Keeps i18next's UI language in step with the chosen one. */
function UiLanguageSync() {
  const { i18n } = useTranslation();
  const [{ uiLanguage }] = usePreferences();
  useEffect(() => {
    if (i18n.language !== uiLanguage) void i18n.changeLanguage(uiLanguage);
  }, [i18n, uiLanguage]);
  return null;
}

/** The built-in article: from i18next resources, prerendered, hydrated. */
function BuiltinText({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const text = useMemo(() => pairText(textFromI18n(i18n, id)), [i18n, id]);
  useEffect(() => markBuiltinOpened(id), [id]);
  return (
    <TextProvider value={text}>
      <ReaderPage
        illustration={<FlagOfNorthKorea title={t('article.flagAlt')} titleId="flag-title" />}
        footer={<SourceCredit />}
      />
    </TextProvider>
  );
}

/** While a page's code loads: a quiet status (the full frame comes with the page). */
function Busy({ label }: { label: string }) {
  return (
    <main className="page">
      <p className="notice-busy" role="status">
        {label}
      </p>
    </main>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <Busy label={t('settings.loading')} />;
}

function RouteView({ route }: { route: Route }) {
  const { t } = useTranslation();
  if (route.name === 'read' && route.builtin) return <BuiltinText id={route.textId} />;
  if (route.name === 'read') {
    return (
      <Suspense fallback={<Busy label={t('text.opening')} />}>
        <StoredTextPage id={route.textId} />
      </Suspense>
    );
  }
  if (route.name === 'import') {
    return (
      <Suspense fallback={<Loading />}>
        <ImportRoute settings={<SettingsMenu />} />
      </Suspense>
    );
  }
  if (route.name === 'library') {
    return (
      <Suspense fallback={<Loading />}>
        <LibraryRoute settings={<SettingsMenu />} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <UnknownPage />
    </Suspense>
  );
}

function Shell({ route }: { route: Route }) {
  const hydrated = useHydrated();
  const noticesWanted = useNoticesWanted();
  useEffect(() => {
    // Controls that need the app look ready from here on (see app.css).
    document.documentElement.setAttribute('data-hydrated', '');
  }, []);
  return (
    <>
      <RouteView route={route} />
      {hydrated && noticesWanted ? (
        <LoadBoundary>
          <Suspense fallback={null}>
            <AppNotices />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}

/** The built-in article's id: its cursor is remembered under it. */
export const ARTICLE_ID = BUILTIN_TEXT_ID;

const ARTICLE_ROUTE: Route = { name: 'read', textId: BUILTIN_TEXT_ID, builtin: true };

interface AppProps {
  i18n: I18n;
  store: PreferencesStore;
  /** The built-in text's cursor (a stored text's page makes its own). */
  cursor: ReadingCursor;
  /** What to show; the built-in article by default. */
  route?: Route;
}

export function App({ i18n, store, cursor, route = ARTICLE_ROUTE }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <PreferencesProvider value={store}>
        <ReadingCursorProvider value={cursor}>
          <ErrorBoundary>
            <UiLanguageSync />
            <Shell route={route} />
          </ErrorBoundary>
        </ReadingCursorProvider>
      </PreferencesProvider>
    </I18nextProvider>
  );
}
