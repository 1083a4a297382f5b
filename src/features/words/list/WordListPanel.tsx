/**
 * The word list panel (a modal dialog, loaded on first use by `WordsButton`): every saved
 * root with its status, the forms seen and the sentence it was met in; search, a status
 * filter, status editing and deletion with undo; the review; export for Anki and as JSON,
 * and import of that JSON.
 */
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../lib/download';
import { CloseButton } from '../../../components/CloseButton';
import { ReviewSession } from '../study/ReviewSession';
import { entryStore } from '../entry/entryStore';
import { toAnkiTsv, toJsonExport, type ImportProblem } from './exchange';
import { readWordListFile } from './importClient';
import {
  STUDY_STATUSES,
  WORD_STATUSES,
  dueCount,
  isWordStatus,
  type WordRecord,
  type WordStatus,
} from '../store/records';
import { startWordStudy } from '../entry/startWordStudy';
import type { ImportOutcome, WordSession } from '../store/session';
import { StorageProblems } from '../store/StorageProblems';
import { normalizeKey } from '../language/tokenize';
import { useRowWindow } from './useRowWindow';

/** The status filter's choices: all, the learning levels together, or one status. */
const FILTERS = ['all', 'due', 'new', 'learning', 'known', 'ignored'] as const;
type Filter = (typeof FILTERS)[number];

function matchesFilter(record: WordRecord, filter: Filter, now: Date): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'due':
      return STUDY_STATUSES.has(record.status) && Date.parse(record.card.due) <= now.getTime();
    case 'learning':
      return record.status.startsWith('learning-');
    default:
      return record.status === filter;
  }
}

function matchesSearch(record: WordRecord, query: string): boolean {
  if (!query) return true;
  const haystack = normalizeKey(
    [record.root, ...record.forms, record.gloss, record.rootGloss ?? '', record.breakdown].join(
      ' ',
    ),
  );
  return haystack.includes(query);
}

const today = (now: Date) => now.toISOString().slice(0, 10);

type Message =
  | { kind: 'imported'; outcome: ImportOutcome }
  | { kind: 'importFailed'; problem: ImportProblem }
  | { kind: 'notStored' }
  | { kind: 'readFailed' };

/** Props of {@link WordListDialog}. */
export interface WordListDialogProps {
  session: WordSession;
  onClose: () => void;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

const systemNow = () => new Date();

/** The word list dialog over a session (the panel's body; tests render it directly). */
export function WordListDialog({ session, onClose, now = systemNow }: WordListDialogProps) {
  const { t } = useTranslation('words');
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const searchId = useId();
  const searchHintId = useId();
  const [mode, setMode] = useState<'list' | 'review'>('list');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filter, setFilter] = useState<Filter>('all');
  const [deleted, setDeleted] = useState<WordRecord | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const records = useMemo(
    // ISO dates sort as plain strings (far cheaper than localeCompare on 10,000 roots).
    () =>
      [...snapshot.records.values()].sort((a, b) =>
        a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0,
      ),
    [snapshot.records],
  );
  // Counted when the records change, not on every render (scrolling re-renders the panel).
  const due = useMemo(() => dueCount(records, now()), [records, now]);
  const needle = normalizeKey(deferredQuery);
  const shown = useMemo(() => {
    const at = now();
    return records.filter(
      (record) => matchesFilter(record, filter, at) && matchesSearch(record, needle),
    );
  }, [records, filter, needle, now]);
  const keys = useMemo(() => shown.map((record) => record.id), [shown]);

  // Only the rows near the visible part of the dialog are in the document, so 10,000 roots
  // open as fast as 20. The browser's find-in-page cannot see the others; the search field
  // above the list (searching every root) is the way to find one.
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useRowWindow(keys, dialogRef, listRef);

  const remove = useCallback(
    async (record: WordRecord) => {
      setMessage(null);
      const removed = await session.remove(record.id);
      if (removed) setDeleted(removed);
    },
    [session],
  );
  const changeStatus = useCallback(
    (id: string, status: WordStatus) => void session.changeStatus(id, status),
    [session],
  );
  const undo = async () => {
    if (!deleted) return;
    await session.saveRecord(deleted);
    setDeleted(null);
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    setDeleted(null);
    // Read, parsed and validated in a worker: a 20 MB file never freezes the page.
    const read = await readWordListFile(file, {
      onProgress: (done, total) => setProgress({ done, total }),
    });
    if (read.kind === 'readFailed') {
      setProgress(null);
      setMessage({ kind: 'readFailed' });
      return;
    }
    const { result } = read;
    setProgress(null);
    if (!result.ok) {
      setMessage({ kind: 'importFailed', problem: result.problem });
      return;
    }
    const outcome = await session.importRecords(result.records);
    setMessage(outcome ? { kind: 'imported', outcome } : { kind: 'notStored' });
  };

  const problemText = (problem: ImportProblem) =>
    t(`import.problem.${problem.code}`, { field: problem.field, value: problem.value });

  return (
    <dialog ref={dialogRef} className="words-panel" aria-labelledby={headingId} onClose={onClose}>
      <div className="words-panel-head">
        <h2 id={headingId}>{t('panel.title')}</h2>
        <CloseButton label={t('panel.close')} onClick={() => dialogRef.current?.close()} />
      </div>

      <StorageProblems session={session} />

      {mode === 'review' ? (
        <ReviewSession session={session} now={now} onDone={() => setMode('list')} />
      ) : (
        <>
          <div className="words-review-bar">
            <p className="words-due">
              {due > 0 ? t('panel.due', { count: due }) : t('panel.noneDue')}
            </p>
            <button
              type="button"
              className="primary-button"
              disabled={due === 0}
              onClick={() => {
                setMessage(null);
                setMode('review');
              }}
            >
              {t('panel.review')}
            </button>
          </div>

          <div className="words-actions">
            <button
              type="button"
              className="chip-button"
              disabled={records.length === 0}
              onClick={() =>
                downloadFile(
                  `sanding-words-${today(now())}.txt`,
                  toAnkiTsv(records),
                  'text/tab-separated-values;charset=utf-8',
                )
              }
            >
              {t('panel.exportAnki')}
            </button>
            <button
              type="button"
              className="chip-button"
              disabled={records.length === 0}
              onClick={() =>
                downloadFile(
                  `sanding-words-${today(now())}.json`,
                  toJsonExport(records, now()),
                  'application/json;charset=utf-8',
                )
              }
            >
              {t('panel.exportJson')}
            </button>
            <button type="button" className="chip-button" onClick={() => fileRef.current?.click()}>
              {t('panel.importJson')}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              // Hidden from everyone (the button above opens it), so assistive technology
              // does not meet a second "Import JSON" button.
              hidden
              aria-label={t('panel.importJson')}
              onChange={(event) => void onImport(event)}
            />
          </div>
          <p className="words-hint">{t('panel.ankiHint')}</p>
          <div role="status" className="words-message">
            {progress ? t('import.progress', progress) : null}
            {message?.kind === 'imported' ? <ImportSummary outcome={message.outcome} /> : null}
          </div>
          {message && message.kind !== 'imported' ? (
            <p className="words-error" role="alert">
              {message.kind === 'importFailed'
                ? t('import.failed', { problem: problemText(message.problem) })
                : t(`import.${message.kind}`)}
            </p>
          ) : null}
          <div className="words-tools">
            {/* The way to find a root: the list renders only the rows near view, so the
                browser's find-in-page cannot see the others; this field searches them all. */}
            <div className="words-field">
              <label htmlFor={searchId}>{t('panel.search')}</label>
              <input
                id={searchId}
                type="search"
                value={query}
                aria-describedby={searchHintId}
                onChange={(event) => setQuery(event.currentTarget.value)}
              />
              <small id={searchHintId} className="words-search-hint">
                {t('panel.searchHint')}
              </small>
            </div>
            <label className="words-field">
              <span>{t('panel.filter')}</span>
              <select
                value={filter}
                onChange={(event) => setFilter(event.currentTarget.value as Filter)}
              >
                {FILTERS.map((option) => (
                  <option key={option} value={option}>
                    {t(`filter.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="words-check">
              <input
                type="checkbox"
                checked={snapshot.colouring}
                onChange={(event) => void session.setColouring(event.currentTarget.checked)}
              />
              {t('panel.colouring')}
            </label>
            <label className="words-check">
              <input
                type="checkbox"
                checked={snapshot.markNew}
                onChange={(event) => void session.setMarkNew(event.currentTarget.checked)}
              />
              {t('panel.markNew')}
            </label>
          </div>

          <p className="words-count" aria-live="polite">
            {records.length === 0
              ? ''
              : t('panel.count', { count: shown.length, total: records.length })}
          </p>

          {deleted ? (
            <div className="words-undo" role="status">
              <span>
                {t('panel.deleted')}{' '}
                <span lang="id" className="words-root">
                  {deleted.root}
                </span>
              </span>
              <button type="button" className="chip-button" onClick={() => void undo()}>
                {t('panel.undo')}
              </button>
            </div>
          ) : null}

          {records.length === 0 ? (
            <p className="words-empty">
              {!snapshot.ready ? t('panel.loading') : snapshot.loaded ? t('panel.empty') : null}
            </p>
          ) : (
            <ul
              ref={listRef}
              className="words-list"
              aria-label={t('panel.listLabel')}
              style={{ paddingTop: rows.before, paddingBottom: rows.after }}
            >
              {shown.slice(rows.start, rows.end).map((record, index) => (
                <WordItem
                  key={record.id}
                  record={record}
                  position={rows.start + index + 1}
                  total={shown.length}
                  measure={rows.measure}
                  onStatus={changeStatus}
                  onDelete={remove}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </dialog>
  );
}

/** What an import did: how many came in, how many were replaced, which were kept. */
function ImportSummary({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation('words');
  const { added, replaced, kept } = outcome;
  return (
    <>
      {t('import.done', { count: added + replaced })}{' '}
      {t('import.merged', { added, replaced, kept: kept.length })}
      {kept.length > 0 ? (
        <>
          {' '}
          {t('import.keptRoots', {
            roots: kept
              .slice(0, 10)
              .map((record) => record.root)
              .join(', '),
          })}
        </>
      ) : null}
    </>
  );
}

/**
 * One root in the list, with its place in the whole (filtered) list for screen readers, since
 * only a window of rows is in the document. Memoised: scrolling re-renders only new rows.
 */
const WordItem = memo(function WordItem({
  record,
  position,
  total,
  measure,
  onStatus,
  onDelete,
}: {
  record: WordRecord;
  position: number;
  total: number;
  measure: (key: string) => (element: HTMLElement | null) => void;
  onStatus: (id: string, status: WordStatus) => void;
  onDelete: (record: WordRecord) => Promise<void>;
}) {
  const { t } = useTranslation('words');
  const { context } = record;
  const valid = context.sentence.slice(context.start, context.end) === context.form;
  const ref = useMemo(() => measure(record.id), [measure, record.id]);
  return (
    <li
      ref={ref}
      className="words-item"
      data-status={record.status}
      aria-setsize={total}
      aria-posinset={position}
    >
      <div className="words-item-head">
        <p className="words-item-title">
          <span className="words-swatch" data-status={record.status} aria-hidden="true" />
          <span lang="id" className="words-root">
            {record.root}
          </span>
        </p>
        <select
          className="words-status-select"
          aria-label={t('panel.statusOf', { root: record.root })}
          value={record.status}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isWordStatus(value)) onStatus(record.id, value);
          }}
        >
          {WORD_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-label={t('panel.delete', { root: record.root })}
          onClick={() => void onDelete(record)}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M4.5 6h11M8 6V4.5h4V6M6 6l.7 9.5h6.6L14 6M8.5 8.5v4.5M11.5 8.5v4.5" />
          </svg>
        </button>
      </div>
      <p className="words-item-meta">
        <span lang="id">{record.breakdown}</span>
        {record.gloss ? (
          <>
            {' · '}
            <span lang="en">{record.gloss}</span>
          </>
        ) : null}
      </p>
      <p className="words-item-forms">
        {t('panel.forms')} <span lang="id">{record.forms.join(', ')}</span>
      </p>
      <blockquote className="words-item-context">
        <p lang="id">
          {valid ? (
            <>
              {context.sentence.slice(0, context.start)}
              <mark>{context.form}</mark>
              {context.sentence.slice(context.end)}
            </>
          ) : (
            context.sentence
          )}
        </p>
        {context.translation ? <p lang="en">{context.translation}</p> : null}
      </blockquote>
    </li>
  );
});

/** The panel as `WordsButton` loads it (default export, for `React.lazy`). */
export default function WordListPanel({ onClose }: { onClose: () => void }) {
  const { i18n } = useTranslation();
  const { articleId } = useSyncExternalStore(entryStore.subscribe, entryStore.getSnapshot);
  const session = useMemo(() => startWordStudy(i18n, articleId), [i18n, articleId]);
  return <WordListDialog session={session} onClose={onClose} />;
}
