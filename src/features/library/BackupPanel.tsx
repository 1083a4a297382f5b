/**
 * "Back up everything" and "Restore from a backup…": the whole library, word list and
 * settings in one file, and back. Before a restore the panel says what the file holds and
 * what Merge and Replace would do; after it, what was added, kept or replaced. The gathering
 * and writing come from the app layer (`service`), as they join features.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  backupFileName,
  planRestore,
  serializeBackup,
  type Backup,
  type BackupProblem,
  type CurrentData,
  type RestoreMode,
} from '../../lib/backup/backupFile';
import type { BackupService } from '../../lib/backup/backupService';
import { downloadFile } from '../../lib/download';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'confirm'; backup: Backup; current: CurrentData }
  | { kind: 'done'; message: string; bad?: boolean };

export function BackupPanel({
  service,
  onRestored,
}: {
  service: BackupService;
  /** Called after a restore wrote something (the library lists its texts again). */
  onRestored: () => void;
}) {
  const { t, i18n } = useTranslation('library');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const hintId = useId();

  // The confirmation takes the focus (its heading), so a screen reader reads what it asks.
  const confirming = step.kind === 'confirm';
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const problemText = (problem: BackupProblem): string => {
    const { index = 0, detail = '' } = problem;
    if (problem.code === 'bad-text') {
      if (!problem.textProblem) return t('backup.problem.bad-text-id', { index });
      const inner = problem.textProblem;
      const reason = t(`problem.${inner.code}`, {
        detail: inner.detail ?? '',
        key: inner.key ?? '',
        side: t(`side.${inner.side ?? 'original'}`),
      });
      return t('backup.problem.bad-text', { index, reason });
    }
    return t(`backup.problem.${problem.code}`, { index, detail });
  };

  const create = async () => {
    setStep({ kind: 'busy' });
    try {
      const backup = await service.create();
      const file = backupFileName(backup);
      downloadFile(file, serializeBackup(backup));
      setStep({ kind: 'done', message: t('backup.created', { file }) });
    } catch {
      setStep({ kind: 'done', message: t('backup.createFailed'), bad: true });
    }
  };

  const choose = async (file: File) => {
    setStep({ kind: 'busy' });
    let content: string;
    try {
      content = await file.text();
    } catch {
      setStep({
        kind: 'done',
        message: t('backup.bad', { file: file.name, reason: t('backup.problem.not-json') }),
        bad: true,
      });
      return;
    }
    const parsed = service.read(content);
    if (!parsed.ok) {
      const reason = problemText(parsed.problem);
      setStep({ kind: 'done', message: t('backup.bad', { file: file.name, reason }), bad: true });
      return;
    }
    try {
      setStep({ kind: 'confirm', backup: parsed.backup, current: await service.current() });
    } catch {
      setStep({ kind: 'done', message: t('backup.restoreFailed'), bad: true });
    }
  };

  const restore = async (backup: Backup, current: CurrentData, mode: RestoreMode) => {
    const plan = planRestore(backup, current, mode);
    setStep({ kind: 'busy' });
    try {
      await service.restore(backup, plan);
    } catch {
      setStep({ kind: 'done', message: t('backup.restoreFailed'), bad: true });
      return;
    }
    const { counts } = plan;
    const message =
      mode === 'merge'
        ? t('backup.merged', {
            textsAdded: t('backup.texts', { count: counts.textsAdded }),
            textsKept: counts.textsKept,
            wordsAdded: t('backup.words', { count: counts.wordsAdded }),
            wordsReplaced: counts.wordsReplaced,
            wordsKept: counts.wordsKept,
          })
        : t('backup.replaced', {
            texts: t('backup.texts', { count: counts.textsAdded }),
            words: t('backup.words', { count: counts.wordsAdded }),
            textsRemoved: counts.textsRemoved,
            wordsRemoved: counts.wordsRemoved,
          });
    setStep({ kind: 'done', message });
    onRestored();
  };

  const busy = step.kind === 'busy';
  return (
    <section className="library-backup" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backup.heading')}</h2>
      <p className="library-hint" id={hintId}>
        {t('backup.intro')}
      </p>
      <div className="library-backup-actions">
        <button
          type="button"
          className="chip-button"
          disabled={busy}
          aria-describedby={hintId}
          onClick={() => void create()}
        >
          {t('backup.create')}
        </button>
        {/* A real file input under its label: the picker opens by click, Enter or Space. */}
        <label className="chip-button library-backup-restore" data-disabled={busy ? '' : undefined}>
          <input
            type="file"
            className="visually-hidden"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void choose(file);
            }}
          />
          {t('backup.restore')}
        </label>
      </div>

      {step.kind === 'confirm' ? (
        <div className="library-backup-confirm" role="group" aria-labelledby={`${headingId}-c`}>
          <h3 id={`${headingId}-c`} ref={confirmHeading} tabIndex={-1}>
            {t('backup.confirmTitle')}
          </h3>
          <p>
            {t('backup.summary', {
              date: new Date(step.backup.createdAt).toLocaleString(i18n.language, {
                dateStyle: 'long',
                timeStyle: 'short',
              }),
              texts: t('backup.texts', { count: step.backup.texts.length }),
              words: t('backup.words', { count: step.backup.words.records.length }),
            })}
          </p>
          <p>{t('backup.mergeHint')}</p>
          <p>{t('backup.replaceHint')}</p>
          <div className="library-backup-actions">
            <button
              type="button"
              className="primary-button"
              onClick={() => void restore(step.backup, step.current, 'merge')}
            >
              {t('backup.merge')}
            </button>
            <button
              type="button"
              className="chip-button"
              onClick={() => void restore(step.backup, step.current, 'replace')}
            >
              {t('backup.replace')}
            </button>
            <button
              type="button"
              className="chip-button"
              onClick={() => setStep({ kind: 'done', message: t('backup.cancelled') })}
            >
              {t('backup.cancel')}
            </button>
          </div>
        </div>
      ) : null}

      <div role="status" className="library-backup-status">
        {step.kind === 'done' ? (
          <p className={step.bad ? 'library-notice library-notice--bad' : 'library-notice'}>
            {step.message}
          </p>
        ) : null}
      </div>
    </section>
  );
}
