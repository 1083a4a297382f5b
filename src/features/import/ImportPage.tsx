import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { alignForReview } from './alignForReview';
import { deleteDraft, loadDraft, saveDraft, type ImportDraft } from './draftStore';
import {
  MAX_IMPORT_BYTES,
  checkText,
  formatBytes,
  lengthMessage,
  readImportFile,
  type Field,
  type FieldMessage,
} from './fieldInput';
import { addImportStrings } from './importStrings';
import { correct, redo, rowsToBlocks, startHistory, undo, type History } from './review';
import { ReviewTable } from './ReviewTable';
import './import.css';

/** What the import page hands to the library: a text in the sanding-text shape. */
export interface ImportedText {
  format: 'sanding-text';
  version: 1;
  title: string;
  original: { lang: 'id'; blocks: ReturnType<typeof rowsToBlocks>['original'] };
  translation?: { lang: 'en'; blocks: ReturnType<typeof rowsToBlocks>['translation'] };
}

export interface ImportPageProps {
  /** Stores the text in the library; resolves with its id. */
  save: (text: ImportedText) => Promise<string>;
  /** Called once the text is saved (the app opens its reading page). */
  onSaved: (id: string) => void;
  /** Splits and aligns; by default in a Web Worker. */
  align?: typeof alignForReview;
}

/** How long typing may pause before the draft is written. */
const DRAFT_DELAY_MS = 400;

function Message({ id, message }: { id: string; message: FieldMessage | undefined }) {
  if (!message) return <p id={id} className="import-message" hidden />;
  return (
    <p
      id={id}
      className="import-message"
      data-kind={message.kind}
      role={message.kind === 'error' ? 'alert' : undefined}
    >
      {message.text}
    </p>
  );
}

interface TextFieldProps {
  field: Field;
  label: string;
  hint: ReactNode;
  value: string;
  message: FieldMessage | undefined;
  onChange: (value: string) => void;
  onFile: (file: File) => void;
}

/** A text area that also takes a file, by picker or by drop. */
function TextField({ field, label, hint, value, message, onChange, onFile }: TextFieldProps) {
  const { t } = useTranslation('import');
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const lang = field === 'original' ? 'id' : 'en';
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    // Dropping a file is a shortcut for the file button below, which keyboards and screen
    // readers use; the area itself needs no role of its own.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="import-field"
      data-dragging={dragging ? '' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={`${id}-text`}>{label}</label>
      <p id={`${id}-hint`} className="import-hint">
        {hint} {t('form.fileTypes', { limit: formatBytes(MAX_IMPORT_BYTES) })}
      </p>
      <textarea
        id={`${id}-text`}
        lang={lang}
        value={value}
        rows={10}
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-message`}
        aria-invalid={message?.kind === 'error' ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="import-file">
        <button type="button" className="chip-button" onClick={() => fileInput.current?.click()}>
          {t(field === 'original' ? 'form.chooseOriginalFile' : 'form.chooseTranslationFile')}
        </button>
        {/* Hidden from everyone: the button above is the one way in (and drop). */}
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".txt,.md,.markdown,.srt,.vtt,.html,.htm,text/plain,text/html,text/markdown"
          data-field={field}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </div>
      <Message id={`${id}-message`} message={message} />
    </div>
  );
}

/**
 * The import page: a title, the Indonesian text and (optionally) its English translation,
 * pasted or from files; Align splits and pairs the sentences in the background; the pairs are
 * reviewed and corrected; Save puts the text in the library. Everything typed is kept as a
 * draft until it is saved or discarded.
 */
export function ImportPage({ save, onSaved, align: alignTexts = alignForReview }: ImportPageProps) {
  const { t, i18n } = useTranslation('import');
  addImportStrings(i18n);
  const [title, setTitle] = useState('');
  const [original, setOriginal] = useState('');
  const [translation, setTranslation] = useState('');
  const [messages, setMessages] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [history, setHistory] = useState<History | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [discarded, setDiscarded] = useState<ImportDraft | null>(null);
  const abort = useRef<AbortController | null>(null);
  const titleId = useId();

  // Restore the draft once; nothing is written until it has been read.
  useEffect(() => {
    let live = true;
    loadDraft()
      .then((draft) => {
        if (!live || !draft) return;
        setTitle(draft.title);
        setOriginal(draft.original);
        setTranslation(draft.translation);
        if (draft.rows) setHistory(startHistory(draft.rows));
        setStatus(t('page.draftRestored'));
      })
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [t]);

  const rows = history?.present ?? null;
  useEffect(() => {
    if (!loaded) return;
    const empty = !title && !original && !translation && !rows;
    const timer = window.setTimeout(() => {
      const write = empty
        ? deleteDraft()
        : saveDraft({ title, original, translation, rows: rows ? [...rows] : null });
      write.catch(() => undefined);
    }, DRAFT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [loaded, title, original, translation, rows]);

  useEffect(() => () => abort.current?.abort(), []);

  const setMessage = (field: Field, message: FieldMessage | undefined) =>
    setMessages((current) => ({ ...current, [field]: message }));

  const changeText = (field: Field, value: string) => {
    (field === 'original' ? setOriginal : setTranslation)(value);
    // Typing answers an error about the field; a new check runs on Align.
    if (messages[field]?.kind === 'error') setMessage(field, undefined);
    if (history) setHistory(null);
  };

  const readFile = async (field: Field, file: File) => {
    const result = await readImportFile(file, t);
    if (!result.ok) {
      setMessage(field, { kind: 'error', text: result.message });
      return;
    }
    changeText(field, result.text);
    setMessage(field, {
      kind: result.notice ? 'warning' : 'info',
      text: result.notice ?? t('form.loadedFile', { name: file.name }),
    });
  };

  const align = async () => {
    const originalCheck = checkText(original, 'original', t);
    const translationCheck = checkText(translation, 'translation', t);
    setMessages({ original: originalCheck.message, translation: translationCheck.message });
    if (originalCheck.message?.kind === 'error' || translationCheck.message?.kind === 'error') {
      return;
    }
    if (originalCheck.text !== original) setOriginal(originalCheck.text);
    if (translationCheck.text !== translation) setTranslation(translationCheck.text);
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setProgress(0);
    setStatus(t('form.aligning'));
    try {
      const result = await alignTexts(originalCheck.text, translationCheck.text, {
        signal: controller.signal,
        onProgress: setProgress,
      });
      const lengths = lengthMessage(originalCheck.text, translationCheck.text, t);
      if (lengths && !translationCheck.message) setMessage('translation', lengths);
      setHistory(startHistory(result.rows));
      // Take the learner (and a screen reader's focus) to the pairs to check.
      requestAnimationFrame(() => {
        const heading = document.getElementById('review-heading');
        heading?.scrollIntoView({ block: 'start' });
        heading?.focus({ preventScroll: true });
      });
      setStatus(
        t('form.stats', {
          original: result.originalSentences,
          translation: result.translationSentences,
        }),
      );
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      setStatus(cancelled ? t('form.cancelled') : t('errors.alignFailed'));
    } finally {
      if (abort.current === controller) abort.current = null;
      setProgress(null);
    }
  };

  const saveText = async () => {
    if (!rows) return;
    setSaving(true);
    setSaveError('');
    const { original: originalBlocks, translation: translationBlocks } = rowsToBlocks(rows);
    const hasTranslation = rows.some((row) => row.en.length > 0);
    const firstSentence = rows.find((row) => row.id.length > 0)?.id[0] ?? '';
    const text: ImportedText = {
      format: 'sanding-text',
      version: 1,
      title: title.trim() || firstSentence.slice(0, 120),
      original: { lang: 'id', blocks: originalBlocks },
      ...(hasTranslation ? { translation: { lang: 'en', blocks: translationBlocks } } : {}),
    };
    try {
      const id = await save(text);
      await deleteDraft().catch(() => undefined);
      onSaved(id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setSaveError(t('errors.notSaved', { reason }));
      setSaving(false);
    }
  };

  const discard = () => {
    setDiscarded({ title, original, translation, rows: rows ? [...rows] : null, updatedAt: '' });
    setTitle('');
    setOriginal('');
    setTranslation('');
    setHistory(null);
    setMessages({});
    setStatus(t('page.discarded'));
  };

  const restoreDiscarded = () => {
    if (!discarded) return;
    setTitle(discarded.title);
    setOriginal(discarded.original);
    setTranslation(discarded.translation);
    if (discarded.rows) setHistory(startHistory(discarded.rows));
    setDiscarded(null);
    setStatus('');
  };

  const aligning = progress !== null;
  return (
    <div className="import-page" data-reviewing={history ? '' : undefined}>
      <h1>{t('page.heading')}</h1>
      <p className="import-intro">{t('page.intro')}</p>
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void align();
        }}
      >
        <div className="import-field">
          <label htmlFor={titleId}>{t('form.title')}</label>
          <p id={`${titleId}-hint`} className="import-hint">
            {t('form.titleHint')}
          </p>
          <input
            id={titleId}
            type="text"
            value={title}
            aria-describedby={`${titleId}-hint`}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="import-texts">
          <TextField
            field="original"
            label={t('form.original')}
            hint={null}
            value={original}
            message={messages.original}
            onChange={(value) => changeText('original', value)}
            onFile={(file) => void readFile('original', file)}
          />
          <TextField
            field="translation"
            label={t('form.translation')}
            hint={t('form.translationHint')}
            value={translation}
            message={messages.translation}
            onChange={(value) => changeText('translation', value)}
            onFile={(file) => void readFile('translation', file)}
          />
        </div>
        <div className="import-actions">
          <button type="submit" className="chip-button import-primary" disabled={aligning}>
            {aligning ? t('form.aligning') : t('form.align')}
          </button>
          {aligning ? (
            <>
              <progress
                className="import-progress"
                max={1}
                value={progress}
                aria-label={t('form.progress')}
              />
              <button type="button" className="chip-button" onClick={() => abort.current?.abort()}>
                {t('form.cancel')}
              </button>
            </>
          ) : null}
          <button type="button" className="chip-button" onClick={discard} disabled={aligning}>
            {t('page.discard')}
          </button>
          {discarded ? (
            <button type="button" className="chip-button" onClick={restoreDiscarded}>
              {t('page.undoDiscard')}
            </button>
          ) : null}
        </div>
        <p className="import-status" role="status">
          {status}
        </p>
      </form>
      {history ? (
        <>
          <ReviewTable
            history={history}
            onCorrect={(correction) => setHistory((h) => (h ? correct(h, correction) : h))}
            onUndo={() => setHistory((h) => (h ? undo(h) : h))}
            onRedo={() => setHistory((h) => (h ? redo(h) : h))}
          />
          <div className="import-actions import-save">
            <button
              type="button"
              className="chip-button import-primary"
              disabled={saving}
              onClick={() => void saveText()}
            >
              {saving ? t('review.saving') : t('review.save')}
            </button>
            {saveError ? (
              <p className="import-message" data-kind="error" role="alert">
                {saveError}
              </p>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
