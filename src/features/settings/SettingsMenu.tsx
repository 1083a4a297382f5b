import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseButton } from '../../components/CloseButton';
import { LoadBoundary } from '../../components/LoadBoundary';
import { onFirstUse } from '../../lib/firstUse';
import { lazyWithRetry } from '../../lib/lazyWithRetry';

const SettingsControls = lazyWithRetry(() => import('./SettingsControls'));

/**
 * Reading settings in a popover (the native Popover API gives light dismiss, Escape and
 * top-layer stacking without code). The controls inside load on the reader's first use of
 * the page (so they are there when the popover opens) or when it first opens, so a first
 * visit that only looks does not fetch them.
 */
export function SettingsMenu() {
  const { t } = useTranslation();
  const panelId = useId();
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  // After a failed load, the next opening mounts the controls afresh (and loads them again).
  const [attempt, setAttempt] = useState(0);
  const failed = useRef(false);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const onToggle = () => {
      setWanted(true);
      if (failed.current) {
        failed.current = false;
        setAttempt((count) => count + 1);
      }
    };
    element.addEventListener('beforetoggle', onToggle);
    const cancelPrefetch = onFirstUse(() => void SettingsControls.preload().catch(() => {}));
    return () => {
      cancelPrefetch();
      element.removeEventListener('beforetoggle', onToggle);
    };
  }, []);

  return (
    <>
      <button type="button" className="settings-button needs-app" popoverTarget={panelId}>
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M3 5h8M15 5h2M3 10h2M9 10h8M3 15h10M17 15h0" />
          <circle cx="13" cy="5" r="2" />
          <circle cx="7" cy="10" r="2" />
          <circle cx="15" cy="15" r="2" />
        </svg>
        <span className="settings-button-label">{t('settings.open')}</span>
      </button>
      <div
        ref={panel}
        id={panelId}
        popover="auto"
        role="dialog"
        aria-labelledby={headingId}
        className="settings-panel"
      >
        <div className="settings-head">
          <h2 id={headingId}>{t('settings.heading')}</h2>
          <CloseButton
            label={t('settings.close')}
            popoverTarget={panelId}
            popoverTargetAction="hide"
          />
        </div>

        {wanted ? (
          <LoadBoundary key={attempt} onError={() => (failed.current = true)}>
            <Suspense fallback={<p className="settings-loading">{t('settings.loading')}</p>}>
              <SettingsControls />
            </Suspense>
          </LoadBoundary>
        ) : null}
      </div>
    </>
  );
}
