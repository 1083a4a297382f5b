/**
 * The library (`/library`): every text, built-in and the learner's own, with its progress and
 * share of roots known; sort, filter, open, rename, export, delete with undo, and import by
 * file picker or drag and drop. Loaded on first use, with its strings and the storage.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupService } from '../../lib/backup/backupService';
import {
  persistenceAnswer,
  requestPersistence,
  type PersistenceAnswer,
} from '../../lib/persistence';
import type { LoadRootKnowledge, RootShare } from '../../lib/text/difficulty';
import { useProgressive } from '../../lib/useProgressive';
import { whenIdle } from '../../lib/whenIdle';
import { textPath } from '../../lib/routes';
import { BUILTIN_TEXTS } from '../../lib/text/builtin';
import { textFromI18n } from '../../lib/text/i18nText';
import { serializeTextFile, textFileName, type TextFileProblem } from '../../lib/text/textFile';
import { allTexts, exportText, type DeletedText } from '../../lib/text/textStore';
import type { Text } from '../../lib/text/types';
import { downloadFile } from '../../lib/download';
import { SORTS, arrange, isLibrarySort, type LibrarySort } from './entries';
import { importFiles, type ImportOutcome } from './importFiles';
import { BackupPanel } from './BackupPanel';
import { addLibraryStrings } from './libraryStrings';
import { TextItem } from './TextItem';
import { useLibrary } from './useLibrary';
import './library.css';

type Notice =
  | { kind: 'deleted'; title: string; deleted: DeletedText }
  | { kind: 'message'; text: string }
  | { kind: 'imported'; outcomes: ImportOutcome[] };

const segmentsOf = (text: Text) => text.original.blocks.flatMap((block) => block.segments);

export function LibraryPage({
  loadRootKnowledge,
  backup,
}: {
  loadRootKnowledge?: LoadRootKnowledge;
  /** Backup and restore of everything (the app joins texts and words for it). */
  backup?: BackupService;
}) {
  const { i18n } = useTranslation();
  addLibraryStrings(i18n);
  const { t } = useTranslation('library');
  const library = useLibrary();
  const [sort, setSort] = useState<LibrarySort>('opened');
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const [persisted, setPersisted] = useState<PersistenceAnswer | null>(persistenceAnswer);
  const [roots, setRoots] = useState<ReadonlyMap<string, RootShare | null>>(new Map());
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const filterId = useId();
  const sortId = useId();
  const listId = useId();

  useEffect(() => {
    document.title = `${t('title')} · Sanding`;
  }, [t]);

  // After an undo, the focus goes to the restored text (the undo button is gone).
  const [restoredId, setRestoredId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!restoredId) return;
    const link = listRef.current?.querySelector<HTMLAnchorElement>(
      `h2 a[href="${textPath(restoredId)}"]`,
    );
    if (link) {
      link.focus();
      setRestoredId(null);
    }
  }, [restoredId, library.entries]);

  // A deleted text's item is gone with the focus it held: the focus goes to its undo.
  const deletedNotice = notice?.kind === 'deleted' ? notice : null;
  useEffect(() => {
    if (deletedNotice) undoButton.current?.focus();
  }, [deletedNotice]);

  const shown = useMemo(
    () => arrange(library.entries, sort, query),
    [library.entries, sort, query],
  );
  const own = library.entries.filter((entry) => !entry.builtin);
  // A long library paints its first screen of texts at once, the rest right after.
  const count = useProgressive(shown.length, 30);

  // The share of roots known: computed after the list is on screen, a few texts at a time
  // while the browser is idle (it reads and analyses every text), published as it goes.
  const { loaded, entries } = library;
  useEffect(() => {
    if (!loaded || !loadRootKnowledge) return;
    let live = true;
    let cancelIdle = () => {};
    const idle = () =>
      new Promise<IdleDeadline | null>((resolve) => {
        cancelIdle = whenIdle(() => resolve(null), { timeout: 1000, fallbackMs: 16 });
      });
    void (async () => {
      try {
        await idle();
        const knowledge = await loadRootKnowledge();
        const stored = entries.some((entry) => !entry.builtin) ? await allTexts() : [];
        const texts = [...BUILTIN_TEXTS.map(({ id }) => textFromI18n(i18n, id)), ...stored];
        const next = new Map<string, RootShare | null>();
        let sliceStart = performance.now();
        for (const text of texts) {
          if (!live) return;
          next.set(text.id, knowledge.textDifficulty(segmentsOf(text), knowledge.knownRoots));
          // Yield every few milliseconds, so the page stays responsive meanwhile.
          if (performance.now() - sliceStart > 12) {
            setRoots(new Map(next));
            await idle();
            sliceStart = performance.now();
          }
        }
        if (live) setRoots(next);
      } catch {
        if (live) setRoots(new Map(entries.map((entry) => [entry.id, null])));
      }
    })();
    return () => {
      live = false;
      cancelIdle();
    };
  }, [loaded, entries, loadRootKnowledge, i18n]);

  const problemText = (problem: TextFileProblem) =>
    t(`problem.${problem.code}`, {
      detail: problem.detail ?? '',
      key: problem.key ?? '',
      side: t(`side.${problem.side ?? 'original'}`),
    });

  const runImport = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const outcomes = await importFiles(files);
    setNotice({ kind: 'imported', outcomes });
    // A text of the learner's own is stored: ask the browser to keep it (the first time).
    if (outcomes.some((outcome) => outcome.ok)) void requestPersistence().then(setPersisted);
    await library.reload();
  };

  const exportEntry = async (id: string, builtin: boolean) => {
    const text = builtin ? textFromI18n(i18n, id) : await exportText(id).catch(() => null);
    if (text) downloadFile(textFileName(text), serializeTextFile(text));
    else setNotice({ kind: 'message', text: t('storage.failed') });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void runImport(Array.from(event.dataTransfer.files));
  };
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    // Dropping files is a pointer shortcut; the Import button is the way for everyone.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      className="library"
      aria-labelledby="library-title"
      data-dragging={dragging ? '' : undefined}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="library-header">
        <h1 id="library-title" ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <p className="library-intro">{t('intro')}</p>
      </header>

      {library.storageError ? (
        <p className="library-alert" role="alert">
          {t(`storage.${library.storageError}`)}
        </p>
      ) : null}

      <div className="library-tools">
        <div className="library-import">
          {/* A real file input under its label: the picker opens by click, Enter or Space. */}
          <label
            className="primary-button library-import-button"
            data-disabled={library.storageError === 'unavailable' ? '' : undefined}
          >
            <input
              type="file"
              className="visually-hidden"
              accept=".json,application/json"
              multiple
              disabled={library.storageError === 'unavailable'}
              aria-describedby={`${listId}-hint`}
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                event.target.value = '';
                void runImport(files);
              }}
            />
            {t('import')}
          </label>
          <p className="library-hint" id={`${listId}-hint`}>
            {t('importHint')}
          </p>
        </div>
        <div className="library-field">
          <label htmlFor={filterId}>{t('filter')}</label>
          <input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-controls={listId}
          />
        </div>
        <div className="library-field">
          <label htmlFor={sortId}>{t('sort')}</label>
          <select
            id={sortId}
            value={sort}
            onChange={(event) => {
              if (isLibrarySort(event.target.value)) setSort(event.target.value);
            }}
          >
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(
                  value === 'opened'
                    ? 'sortOpened'
                    : value === 'title'
                      ? 'sortTitle'
                      : 'sortProgress',
                )}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="library-notices" role="status">
        {notice?.kind === 'deleted' ? (
          <p className="library-notice">
            {t('deleted', { title: notice.title })}{' '}
            <button
              ref={undoButton}
              type="button"
              className="chip-button"
              onClick={() => {
                const { deleted, title } = notice;
                void library.restore(deleted).then((result) => {
                  setNotice(result.ok ? { kind: 'message', text: t('restored', { title }) } : null);
                  if (result.ok && typeof deleted.row.id === 'string')
                    setRestoredId(deleted.row.id);
                });
              }}
            >
              {t('undo')}
            </button>
          </p>
        ) : null}
        {notice?.kind === 'message' ? <p className="library-notice">{notice.text}</p> : null}
        {notice?.kind === 'imported' ? (
          <ul className="library-outcomes">
            {notice.outcomes.map((outcome, index) => (
              <li
                key={index}
                className={outcome.ok ? 'library-notice' : 'library-notice library-notice--bad'}
              >
                {outcome.ok
                  ? t('imported', { title: outcome.title })
                  : t('notImported', {
                      file: outcome.file,
                      reason:
                        'problem' in outcome
                          ? problemText(outcome.problem)
                          : t(`storage.${outcome.storage}`),
                    })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <p className="library-count" aria-live="polite">
        {query && shown.length === 0
          ? t('noMatch', { query })
          : t('count', { count: shown.length })}
      </p>
      <ul className="library-list" id={listId} ref={listRef}>
        {shown.slice(0, count).map((entry) => (
          <TextItem
            key={entry.id}
            entry={entry}
            roots={loadRootKnowledge ? roots.get(entry.id) : null}
            onRename={async (title) => {
              const result = await library.rename(entry.id, title);
              if (result.ok) setNotice({ kind: 'message', text: t('renamed', { title }) });
              return result.ok;
            }}
            onExport={() => void exportEntry(entry.id, entry.builtin)}
            onDelete={() => {
              void library.remove(entry.id).then((result) => {
                if (!result.ok) return;
                setNotice({ kind: 'deleted', title: entry.title, deleted: result.value });
              });
            }}
          />
        ))}
      </ul>

      {library.loaded && own.length === 0 && !library.storageError ? (
        <div className="library-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : null}

      {backup ? <BackupPanel service={backup} onRestored={() => void library.reload()} /> : null}
      {persisted === 'granted' || persisted === 'refused' ? (
        <p className="library-persist">{t(`persist.${persisted}`)}</p>
      ) : null}

      <div className="library-drop" aria-hidden="true">
        <p>{t('dropHere')}</p>
      </div>
    </section>
  );
}
