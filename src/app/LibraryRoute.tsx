/**
 * The library's page (loaded on first use). The app hands the library word study's part of
 * "share of roots known" through the seam of lib/text/difficulty.ts, as features do not
 * import each other.
 */
import type { ReactNode } from 'react';
import { LibraryPage } from '../features/library/LibraryPage';
import type { LoadRootKnowledge } from '../lib/text/difficulty';
import { PageFrame } from './PageFrame';

const loadRootKnowledge: LoadRootKnowledge = () =>
  import('../features/words/entry/textRoots').then((module) => module.loadRootKnowledge());

export default function LibraryRoute({ settings }: { settings: ReactNode }) {
  return (
    <PageFrame page="library" settings={settings}>
      <LibraryPage loadRootKnowledge={loadRootKnowledge} />
    </PageFrame>
  );
}
