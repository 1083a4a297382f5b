import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseButton } from '../../components/CloseButton';

/** Every shortcut, as listed to the reader. The handlers live with their features. */
const SHORTCUTS = [
  { keys: ['j', '↓'], label: 'shortcuts.next' },
  { keys: ['k', '↑'], label: 'shortcuts.previous' },
  { keys: ['J'], label: 'shortcuts.nextParagraph' },
  { keys: ['K'], label: 'shortcuts.previousParagraph' },
  { keys: ['t'], label: 'shortcuts.toggle' },
  { keys: ['Enter'], label: 'shortcuts.peek' },
  { keys: ['w'], label: 'shortcuts.word' },
  { keys: ['←', '→'], label: 'shortcuts.wordMove' },
  { keys: ['1', '2', '3', '4'], label: 'shortcuts.views' },
  { keys: ['p'], label: 'shortcuts.listen' },
  { keys: ['Esc'], label: 'shortcuts.close' },
  { keys: ['?'], label: 'shortcuts.help' },
] as const;

/**
 * The shortcut list as a modal <dialog>: opened as soon as it mounts, closed by Escape
 * (native), its close button, or a click on the backdrop. Loaded on first use.
 */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    element.addEventListener('close', onClose);
    return () => element.removeEventListener('close', onClose);
  }, [onClose]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      // Light dismiss: a click on the backdrop closes it, as Escape does.
      {...{ closedby: 'any' }}
    >
      <div className="settings-head">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <CloseButton label={t('shortcuts.closeDialog')} onClick={() => dialog.current?.close()} />
      </div>
      <dl className="shortcut-list">
        {SHORTCUTS.map(({ keys, label }) => (
          <div key={label} className="shortcut-row">
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 ? ' ' : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcut-note">{t('shortcuts.note')}</p>
    </dialog>
  );
}
