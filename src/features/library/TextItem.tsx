import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { textPath } from '../../lib/routes';
import type { RootShare } from '../../lib/text/difficulty';
import { TEXT_SIDES } from '../../lib/text/types';
import type { LibraryEntry } from './entries';

const percentOf = (share: number) => Math.round(share * 100);

/** "3 days ago", in the UI language. */
function relativeTime(iso: string, lng: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const format = new Intl.RelativeTimeFormat(lng, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/**
 * One text of the library: its titles (each marked with its language), languages, length,
 * progress, share of roots known and when it was last opened, with its actions.
 */
export function TextItem({
  entry,
  roots,
  onRename,
  onExport,
  onDelete,
}: {
  entry: LibraryEntry;
  /** Undefined while counting, null when it cannot be counted. */
  roots: RootShare | null | undefined;
  onRename: (title: string) => Promise<boolean>;
  onExport: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation('library');
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.title);
  const field = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const fieldId = useId();
  const percent = percentOf(entry.progress);
  const lng = i18n.resolvedLanguage ?? 'en';

  useEffect(() => {
    if (renaming) field.current?.select();
  }, [renaming]);

  const stopRenaming = () => {
    setRenaming(false);
    // Back to the button that opened the field, once it is rendered again.
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const title = draft.trim();
    if (!title || title === entry.title) {
      stopRenaming();
      return;
    }
    if (await onRename(title)) stopRenaming();
  };

  return (
    <li className="library-item" aria-labelledby={titleId}>
      <div className="library-item-head">
        <h2 className="library-item-title" id={titleId}>
          <a href={textPath(entry.id)} lang={TEXT_SIDES.original}>
            {entry.title}
          </a>
        </h2>
        {entry.translatedTitle ? (
          <p className="library-item-translated" lang={TEXT_SIDES.translation}>
            {entry.translatedTitle}
          </p>
        ) : null}
        {entry.builtin ? <span className="library-badge">{t('builtin')}</span> : null}
      </div>

      <p className="library-item-meta">
        <span>{entry.hasTranslation ? t('languages') : t('languagesNone')}</span>
        <span>
          {t('length', {
            sentences: entry.stats.sentences.toLocaleString(lng),
            words: entry.stats.words.toLocaleString(lng),
          })}
        </span>
        <span>
          {entry.openedAt
            ? t('opened', { when: relativeTime(entry.openedAt, lng) })
            : t('neverOpened')}
        </span>
      </p>

      <div className="library-item-figures">
        <div className="library-progress">
          <progress max={100} value={percent} aria-label={t('progress')} />
          <span className="library-figure">{t('progressValue', { percent })}</span>
        </div>
        <p className="library-figure library-roots">
          {roots === undefined
            ? t('rootsPending')
            : roots === null || roots.total === 0
              ? t('rootsUnknown')
              : t('rootsValue', {
                  percent: Math.round((100 * roots.known) / roots.total),
                  total: roots.total.toLocaleString(lng),
                })}
        </p>
      </div>

      {renaming ? (
        <form className="library-rename" onSubmit={(event) => void submit(event)}>
          <label htmlFor={fieldId}>{t('renameField')}</label>
          <input
            id={fieldId}
            ref={field}
            lang={TEXT_SIDES.original}
            value={draft}
            required
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                stopRenaming();
              }
            }}
          />
          <button type="submit" className="chip-button">
            {t('save')}
          </button>
          <button type="button" className="chip-button" onClick={stopRenaming}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <div className="library-actions">
          <a
            className="chip-button library-open"
            href={textPath(entry.id)}
            aria-label={t('openLabel', { title: entry.title })}
          >
            {t('open')}
          </a>
          {entry.builtin ? null : (
            <button
              ref={renameButton}
              type="button"
              className="chip-button"
              aria-label={t('renameLabel', { title: entry.title })}
              onClick={() => {
                setDraft(entry.title);
                setRenaming(true);
              }}
            >
              {t('rename')}
            </button>
          )}
          <button
            type="button"
            className="chip-button"
            aria-label={t('exportLabel', { title: entry.title })}
            onClick={onExport}
          >
            {t('export')}
          </button>
          {entry.builtin ? null : (
            <button
              type="button"
              className="chip-button library-delete"
              aria-label={t('deleteLabel', { title: entry.title })}
              onClick={onDelete}
            >
              {t('delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
