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
  loadWordsRuntime,
} from '../features/words/entry/WordStudyEntry';
import { useFirstUse } from '../lib/firstUse';
import { segmentFromHash } from '../lib/links';
import { useReadingCursor } from '../lib/readingCursor';
import { useText } from '../lib/text/TextContext';
import { useHydrated } from '../lib/useHydrated';
import { PageFrame } from './PageFrame';

// Sentence-level reading (hover linking, the cursor, the peek) is an enhancement of the
// prerendered text that only answers the reader: it loads on their first use of the page
// (see lib/firstUse), together with word study's runtime, which answers the taps it passes
// on. The end-of-text action waits for the reader too.
const FinishText = lazyWithRetry(() => import('../features/words/entry/FinishText'));
const SentenceLayer = lazyWithRetry(async () => {
  const [layer] = await Promise.all([
    import('../features/reader/SentenceLayer'),
    // Offline, the layer works without word study; a tap on a word tries it again.
    loadWordsRuntime().catch(() => null),
  ]);
  return layer;
});

/**
 * Whether the sentence layer has work before any input: a link to a sentence, or a place
 * remembered from an earlier visit, is shown as soon as the app runs.
 */
function layerWantedAtOnce(rememberedSentence: string | null): boolean {
  return rememberedSentence !== null || segmentFromHash(window.location.hash) !== null;
}

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
  const used = useFirstUse();
  const cursor = useReadingCursor();
  const { id } = useText();
  const layerWanted = hydrated && (used || layerWantedAtOnce(cursor.getSnapshot().segmentId));
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
      {hydrated && used ? (
        <LoadBoundary>
          <Suspense fallback={null}>
            <FinishText />
          </Suspense>
        </LoadBoundary>
      ) : null}
      {textTools}
      {layerWanted ? (
        <LoadBoundary>
          <Suspense fallback={null}>
            <SentenceLayer articleElementId={ARTICLE_ELEMENT_ID} onWordActivate={activateWord} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </PageFrame>
  );
}
