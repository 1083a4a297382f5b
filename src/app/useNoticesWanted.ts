/**
 * Whether the app has anything to say: a new version waiting, a part that could not load,
 * settings that cannot be kept. The notices' code loads only then; once shown they stay
 * mounted, so a dismissal holds for the visit.
 */
import { useState, useSyncExternalStore } from 'react';
import { getUpdateState, subscribeToUpdates } from '../features/offline/updateStore';
import { loadFailures } from '../lib/loadFailures';
import { storageRefusals } from '../lib/storage';

const updateReady = () => getUpdateState().ready;
const never = () => false;

export function useNoticesWanted(): boolean {
  const update = useSyncExternalStore(subscribeToUpdates, updateReady, never);
  const failed = useSyncExternalStore(loadFailures.subscribe, loadFailures.getSnapshot, never);
  const refused = useSyncExternalStore(
    storageRefusals.subscribe,
    storageRefusals.getSnapshot,
    never,
  );
  const [wanted, setWanted] = useState(false);
  if (!wanted && (update || failed || refused)) setWanted(true);
  return wanted || update || failed || refused;
}
