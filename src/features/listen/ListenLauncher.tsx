/**
 * The "Listen" button in the top bar, and the `p` shortcut. The only listen module the app
 * imports statically, so it stays tiny: the player (panel, engine, strings, styles) is
 * loaded with `import()` the first time it is used.
 */
import {
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { LoadBoundary } from '../../components/LoadBoundary';
import { lazyWithRetry } from '../../lib/lazyWithRetry';
import { shouldIgnoreShortcut } from '../../lib/shortcuts';
import { addLauncherStrings } from './launcherStrings';
import { isSpeechSupported } from '../../lib/speech/support';

const ListenPanel = lazyWithRetry(() => import('./ListenPanel'));

// Support never changes while the page is open: nothing to subscribe to.
const subscribeNever = () => () => {};
const supportedInBrowser = () => isSpeechSupported(window);
// The prerendered page (and so the first, hydrating render) always shows the button: most
// browsers can speak, so hiding it afterwards is the rare case and shifts nothing usually.
const supportedOnServer = () => true;

interface Opened {
  /** Opened by a click (move focus into the player) or by the `p` key (leave focus alone). */
  focus: boolean;
}

/**
 * Opens the read-aloud player and starts reading (from the reading cursor's sentence, or
 * the beginning); pressed again, closes it. `p` does the same as the player's play/pause
 * button, opening the player first if needed. Not shown where the browser cannot speak.
 */
export function ListenLauncher() {
  const { i18n } = useTranslation();
  addLauncherStrings(i18n);
  const { t } = useTranslation('listen');
  const supported = useSyncExternalStore(subscribeNever, supportedInBrowser, supportedOnServer);
  const [opened, setOpened] = useState<Opened | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const open = opened !== null;

  // While the player is open it handles `p` itself.
  useEffect(() => {
    if (open || !supported) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'p' || shouldIgnoreShortcut(event)) return;
      event.preventDefault();
      setOpened({ focus: false });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, supported]);

  const close = useCallback(() => {
    setOpened(null);
    // Focus may have been inside the player, which is going away.
    buttonRef.current?.focus();
  }, []);

  if (!supported) return null;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="settings-button listen-launcher"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-keyshortcuts="p"
        onClick={() => setOpened(open ? null : { focus: true })}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M3.5 7.8h2.7l4.3-3.6v11.6l-4.3-3.6H3.5z" strokeLinejoin="round" />
          <path d="M13.3 7.3a3.8 3.8 0 0 1 0 5.4M15.6 5a7.1 7.1 0 0 1 0 10" />
        </svg>
        <span className="settings-button-label">{t('launcher.open')}</span>
      </button>
      {opened ? (
        <LoadBoundary onError={close}>
          <Suspense fallback={null}>
            <ListenPanel id={panelId} autoPlay focusOnOpen={opened.focus} onClose={close} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
