import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import './offline.css';
import { getUpdateState, subscribeToUpdates } from './updateStore';

const serverState = () => ({ ready: false, apply: null });

/**
 * "A new version is ready", with Reload and Later. Shown only when a new version is waiting;
 * Reload saves what is being edited, then switches over.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const update = useSyncExternalStore(subscribeToUpdates, getUpdateState, serverState);
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  if (!update.ready || dismissed) return null;
  return (
    <div className="app-notice update-notice" role="status">
      <p>{t('offline.updateReady')}</p>
      <button
        type="button"
        className="update-notice-button"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void update.apply?.();
        }}
      >
        {t('offline.reload')}
      </button>
      <button type="button" className="update-notice-button" onClick={() => setDismissed(true)}>
        {t('offline.later')}
      </button>
    </div>
  );
}
