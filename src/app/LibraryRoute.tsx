/**
 * The library's page (loaded on first use). The app hands the library word study's part of
 * "share of roots known" through the seam of lib/text/difficulty.ts, as features do not
 * import each other.
 */
import { useMemo, type ReactNode } from 'react';
import { LibraryPage } from '../features/library/LibraryPage';
import { PREFERENCE_RULES } from '../lib/boot';
import { resolvePreferences } from '../lib/preferenceRules';
import { usePreferences } from '../lib/preferences';
import type { LoadRootKnowledge } from '../lib/text/difficulty';
import { createBackupService } from './backupService';
import { PageFrame } from './PageFrame';

const loadRootKnowledge: LoadRootKnowledge = () =>
  import('../features/words/entry/textRoots').then((module) => module.loadRootKnowledge());

export default function LibraryRoute({ settings }: { settings: ReactNode }) {
  const [current, update] = usePreferences();
  const uiLanguage = current.uiLanguage;
  // Restored preferences are checked by the same rules as stored ones, then applied here.
  const backup = useMemo(
    () =>
      createBackupService((stored) => {
        update(resolvePreferences(PREFERENCE_RULES, JSON.stringify(stored), '', [uiLanguage]));
      }),
    [update, uiLanguage],
  );
  return (
    <PageFrame page="library" settings={settings}>
      <LibraryPage loadRootKnowledge={loadRootKnowledge} backup={backup} />
    </PageFrame>
  );
}
