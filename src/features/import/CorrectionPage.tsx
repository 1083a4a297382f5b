import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addImportStrings } from './importStrings';
import { correct, redo, rowsToBlocks, startHistory, undo, type ReviewRow } from './review';
import { ReviewTable } from './ReviewTable';
import './import.css';

export interface CorrectionPageProps {
  /** The text's title, in its original language. */
  title: string;
  /** The text's alignment as rows (see textRows.ts). */
  rows: readonly ReviewRow[];
  /** Stores the corrected blocks in place of the text's own. */
  save: (blocks: ReturnType<typeof rowsToBlocks>, hasTranslation: boolean) => Promise<void>;
  /** Called once saved (the app goes back to the text). */
  onSaved: () => void;
  /** Where "Back to the text" goes. */
  backHref: string;
}

/** Correcting a saved text's alignment: the import page's review, on the stored pairs. */
export function CorrectionPage({ title, rows, save, onSaved, backHref }: CorrectionPageProps) {
  const { t, i18n } = useTranslation('import');
  addImportStrings(i18n);
  const [history, setHistory] = useState(() => startHistory(rows));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');

  const onSave = async () => {
    setSaving(true);
    setError('');
    try {
      const present = history.present;
      await save(
        rowsToBlocks(present),
        present.some((row) => row.en.length > 0),
      );
      onSaved();
    } catch (failure) {
      const reason = failure instanceof Error ? failure.message : String(failure);
      setError(t('errors.notSaved', { reason }));
      setSaving(false);
    }
  };

  return (
    <div className="import-page" data-reviewing="">
      <h1>{t('correct.heading')}</h1>
      <p className="import-intro">
        <span lang="id">{title}</span>
      </p>
      <ReviewTable
        history={history}
        onCorrect={(correction) => setHistory((h) => correct(h, correction))}
        onUndo={() => setHistory((h) => undo(h))}
        onRedo={() => setHistory((h) => redo(h))}
      />
      <div className="import-actions import-save">
        <button
          type="button"
          className="chip-button import-primary"
          disabled={saving || history.past.length === 0}
          onClick={() => void onSave()}
        >
          {saving ? t('review.saving') : t('correct.save')}
        </button>
        <a className="chip-button" href={backHref}>
          {t('correct.back')}
        </a>
        {error ? (
          <p className="import-message" data-kind="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
