import { Suspense, type ReactNode } from 'react';
import { LoadBoundary } from '../components/LoadBoundary';
import { lazyWithRetry } from '../lib/lazyWithRetry';
import { ListenLauncher } from '../features/listen/ListenLauncher';
import { ARTICLE_ELEMENT_ID, Article } from '../features/reader/Article';
import { ShortcutsHelp } from '../features/reader/ShortcutsHelp';
import { StudyBar } from '../features/reader/StudyBar';
import { ViewSwitcher } from '../features/reader/ViewSwitcher';
import { SettingsMenu } from '../features/settings/SettingsMenu';
import {
  KnownRootsSummary,
  WordsButton,
  activateWord,
} from '../features/words/entry/WordStudyEntry';
import { useText } from '../lib/text/TextContext';
import { useHydrated } from '../lib/useHydrated';
import { PageFrame } from './PageFrame';

// Sentence-level reading (hover linking, the cursor, the peek) is an enhancement of the
// prerendered text: it loads after hydration, off the path to the first paint.
// The end-of-text action is of no use before the app runs: it loads after hydration too.
const FinishText = lazyWithRetry(() => import('../features/words/entry/FinishText'));
const SentenceLayer = lazyWithRetry(() => import('../features/reader/SentenceLayer'));

/**
 * A text's page: every reading feature on the text of the `TextProvider` above it, the same
 * for the built-in article (prerendered) and a stored text (rendered from IndexedDB).
 */
export function ReaderPage({
  illustration,
  footer,
  renderLimit,
  textTools,
}: {
  illustration?: ReactNode;
  footer?: ReactNode;
  /** See `Article`: a stored text paints its beginning first. */
  renderLimit?: number;
  /** Actions on the text, after it (a stored text's export and correction). */
  textTools?: ReactNode;
}) {
  const hydrated = useHydrated();
  const { id } = useText();
  return (
    <PageFrame
      page="read"
      skipTarget={ARTICLE_ELEMENT_ID}
      centre={<ViewSwitcher />}
      tools={
        <>
          <WordsButton articleId={id} />
          <ShortcutsHelp />
          <ListenLauncher />
        </>
      }
      settings={<SettingsMenu />}
      footer={
        <>
          {footer} <ShortcutsHelp place="footer" />
        </>
      }
    >
      <StudyBar articleElementId={ARTICLE_ELEMENT_ID} />
      <Article
        illustration={illustration}
        headerExtra={<KnownRootsSummary articleId={id} />}
        renderLimit={renderLimit}
      />
      {hydrated ? (
        <LoadBoundary>
          <Suspense fallback={null}>
            <FinishText articleId={id} />
          </Suspense>
        </LoadBoundary>
      ) : null}
      {textTools}
      {hydrated ? (
        <LoadBoundary>
          <Suspense fallback={null}>
            <SentenceLayer articleElementId={ARTICLE_ELEMENT_ID} onWordActivate={activateWord} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </PageFrame>
  );
}
