/**
 * Says once, when the browser first refuses to store a setting (localStorage full, turned
 * off, or throwing), that settings last only for this visit. Dismissed, it stays away for
 * the rest of the visit.
 */
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { storageRefusals } from '../lib/storage';
import { CloseButton } from './CloseButton';

export function StorageNotice() {
  const { t } = useTranslation();
  const refused = useSyncExternalStore(
    storageRefusals.subscribe,
    storageRefusals.getSnapshot,
    storageRefusals.getServerSnapshot,
  );
  const [dismissed, setDismissed] = useState(false);
  if (!refused || dismissed) return null;
  return (
    <div className="app-notice" role="status">
      <p>{t('storage.notRemembered')}</p>
      <CloseButton small label={t('storage.dismiss')} onClick={() => setDismissed(true)} />
    </div>
  );
}
