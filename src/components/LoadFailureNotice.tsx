/**
 * Says, once, that a part of the app could not load (offline for a moment, or a new version
 * replaced it), and that using it again will try again. Disappears when a later load works.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { loadFailures } from '../lib/loadFailures';
import { CloseButton } from './CloseButton';

export function LoadFailureNotice() {
  const { t } = useTranslation();
  const failed = useSyncExternalStore(
    loadFailures.subscribe,
    loadFailures.getSnapshot,
    loadFailures.getServerSnapshot,
  );
  if (!failed) return null;
  return (
    <div className="app-notice" role="alert">
      <p>{t('load.failed')}</p>
      <CloseButton small label={t('load.dismiss')} onClick={() => loadFailures.clear()} />
    </div>
  );
}
