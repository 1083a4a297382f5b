import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadBoundary } from '../../components/LoadBoundary';
import { lazyWithRetry } from '../../lib/lazyWithRetry';
import { shouldIgnoreShortcut } from '../../lib/shortcuts';

const ShortcutsDialog = lazyWithRetry(() => import('./ShortcutsDialog'));

/**
 * The shortcut-list button; `?` opens the list too. The list itself loads on first use.
 * The top bar has the icon (wide screens); the footer has a text button (narrow screens),
 * which leaves the `?` key to the top bar's.
 */
export function ShortcutsHelp({ place = 'topbar' }: { place?: 'topbar' | 'footer' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (place !== 'topbar') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || shouldIgnoreShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [place]);

  return (
    <>
      {place === 'footer' ? (
        <button
          type="button"
          className="chip-button shortcuts-button needs-app"
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          {t('shortcuts.open')}
        </button>
      ) : (
        <button
          type="button"
          className="icon-button toolbar-icon shortcuts-button needs-app"
          aria-label={t('shortcuts.open')}
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <rect x="2" y="5" width="16" height="11" rx="2" />
            <path d="M5 8.5h1M8 8.5h1M11 8.5h1M14 8.5h1M6 12.5h8" />
          </svg>
        </button>
      )}
      {open ? (
        <LoadBoundary onError={close}>
          <Suspense fallback={null}>
            <ShortcutsDialog onClose={close} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
