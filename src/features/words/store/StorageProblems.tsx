/**
 * What the learner must know about storage, in one place for the card and the word list:
 * why the word list cannot be saved (with a way to try again while changes are pending),
 * how many changes are still unsaved, and which stored roots could not be read.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordSession } from './session';

export function StorageProblems({
  session,
  skipped: showSkipped = true,
}: {
  session: WordSession;
  /** Name unreadable stored roots (the word list does; the card leaves it to the list). */
  skipped?: boolean;
}) {
  const { t } = useTranslation('words');
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { storageError, pending, skipped } = snapshot;
  return (
    <>
      {storageError || pending > 0 ? (
        <div className="words-error" role="alert">
          {storageError ? <p>{t(`storage.${storageError}`)}</p> : null}
          {pending > 0 ? (
            <p>
              {t('storage.pending', { count: pending })}{' '}
              <button type="button" className="chip-button" onClick={() => void session.retry()}>
                {t('storage.retry')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {showSkipped && skipped.length > 0 ? (
        <p className="words-error" role="status">
          {t('storage.skipped', {
            count: skipped.length,
            roots: skipped
              .slice(0, 10)
              .map((row) => row.id ?? t('storage.unnamed'))
              .join(', '),
          })}
        </p>
      ) : null}
    </>
  );
}
