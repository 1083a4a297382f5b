import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canApply,
  isUnsure,
  splitPoints,
  type Correction,
  type History,
  type ReviewRow,
  type Side,
} from './review';

/**
 * Pairs rendered at once, then per step: a long text's table grows in steps between which
 * the browser paints and answers input, so no task blocks the page (2,400 pairs in one
 * commit would take most of a second).
 */
const FIRST_ROWS = 80;
const ROWS_PER_STEP = 100;

interface ReviewTableProps {
  history: History;
  onCorrect: (correction: Correction) => void;
  onUndo: () => void;
  onRedo: () => void;
}

/** The row's strings, translated once for the whole table (not once per row). */
interface RowLabels {
  noCounterpart: string;
  unsure: string;
  unsureLabel: string;
  select: (number: number) => string;
}

function Sentences({
  sentences,
  lang,
  gap,
}: {
  sentences: readonly string[];
  lang: Side;
  gap: string;
}) {
  if (sentences.length === 0) return <span className="pairs-gap">{gap}</span>;
  return (
    <>
      {sentences.map((sentence, index) => (
        <span key={index} className="pairs-sentence" lang={lang}>
          {sentence}
        </span>
      ))}
    </>
  );
}

interface RowProps {
  row: ReviewRow;
  index: number;
  selected: boolean;
  labels: RowLabels;
  onSelect: (index: number) => void;
}

/**
 * One pair. Memoised, and free of hooks: a correction re-renders only the rows it changed,
 * and a 2,400-pair table renders without 2,400 translation lookups.
 */
const Row = memo(function Row({ row, index, selected, labels, onSelect }: RowProps) {
  const unsure = isUnsure(row);
  return (
    <tr
      className="pairs-row"
      data-selected={selected ? '' : undefined}
      data-unsure={unsure ? '' : undefined}
      data-row={index}
    >
      <th scope="row" className="pairs-number">
        <label className="pairs-select">
          <input
            type="radio"
            name="review-pair"
            checked={selected}
            aria-label={labels.select(index + 1)}
            onChange={() => onSelect(index)}
          />
          <span aria-hidden="true">{index + 1}</span>
        </label>
        {unsure ? (
          <span className="pairs-unsure" title={labels.unsureLabel}>
            {labels.unsure}
          </span>
        ) : null}
      </th>
      <td className="pairs-cell" data-side="id">
        <Sentences sentences={row.id} lang="id" gap={labels.noCounterpart} />
      </td>
      <td className="pairs-cell" data-side="en">
        <Sentences sentences={row.en} lang="en" gap={labels.noCounterpart} />
      </td>
    </tr>
  );
});

type SideActionKey = 'moveUp' | 'moveDown' | 'detachFirst' | 'detachLast';

/** The corrections for one side of the selected pair: moves and "no counterpart". */
function sideCorrections(
  row: number,
  side: Side,
  sentences: number,
): { key: SideActionKey; correction: Correction }[] {
  const last = Math.max(0, sentences - 1);
  const actions: { key: SideActionKey; correction: Correction }[] = [
    { key: 'moveUp', correction: { type: 'move-up', row, side } },
    { key: 'moveDown', correction: { type: 'move-down', row, side } },
    { key: 'detachFirst', correction: { type: 'detach', row, side, sentence: 0 } },
  ];
  if (last > 0) {
    actions.push({
      key: 'detachLast',
      correction: { type: 'detach', row, side, sentence: last },
    });
  }
  return actions;
}

/**
 * The alignment for review: one row per pair, unsure pairs marked and reachable with "Next
 * pair to check", and a toolbar of corrections for the selected pair. The selection is a
 * native radio group, so ↑/↓ move through the pairs; M merges, Ctrl+Z and Ctrl+Y undo and
 * redo.
 */
export function ReviewTable({ history, onCorrect, onUndo, onRedo }: ReviewTableProps) {
  const { t } = useTranslation('import');
  const rows = history.present;
  const [selected, setSelected] = useState(0);
  const [splitting, setSplitting] = useState(false);
  const [notice, setNotice] = useState('');
  const [shown, setShown] = useState(FIRST_ROWS);
  const labels = useMemo<RowLabels>(
    () => ({
      noCounterpart: t('review.noCounterpart'),
      unsure: t('review.unsure'),
      unsureLabel: t('review.unsureLabel'),
      select: (number) => t('review.select', { number }),
    }),
    [t],
  );
  const tableRef = useRef<HTMLTableElement>(null);
  const current = Math.min(selected, rows.length - 1);
  const row = rows[current];
  const unsureCount = rows.filter(isUnsure).length;

  useEffect(() => {
    if (shown >= rows.length) return;
    const timer = setTimeout(() => setShown((count) => count + ROWS_PER_STEP), 0);
    return () => clearTimeout(timer);
  }, [shown, rows.length]);

  const focusRow = (index: number) => {
    const radio = tableRef.current?.querySelector<HTMLInputElement>(
      `[data-row="${index}"] input[type="radio"]`,
    );
    radio?.focus({ preventScroll: true });
    radio?.closest('tr')?.scrollIntoView({ block: 'center' });
  };

  const apply = (correction: Correction) => {
    setSplitting(false);
    onCorrect(correction);
  };

  const nextUnsure = () => {
    const order = [...rows.keys()].map((k) => (current + 1 + k) % rows.length);
    const found = order.find((k) => {
      const candidate = rows[k];
      return candidate !== undefined && isUnsure(candidate);
    });
    if (found === undefined) {
      setNotice(t('review.noMoreUnsure'));
      return;
    }
    setNotice('');
    setShown((count) => Math.max(count, found + 1));
    setSelected(found);
    // After the selection renders, put focus and the row in view.
    requestAnimationFrame(() => focusRow(found));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const onRadio = target instanceof HTMLInputElement && target.type === 'radio';
    if (target instanceof HTMLTextAreaElement) return;
    if (target instanceof HTMLInputElement && !onRadio) return;
    const key = event.key.toLowerCase();
    const command = event.ctrlKey || event.metaKey;
    if (command && !event.altKey && key === 'z') {
      event.preventDefault();
      if (event.shiftKey) onRedo();
      else onUndo();
    } else if (command && !event.altKey && key === 'y') {
      event.preventDefault();
      onRedo();
    } else if (!command && !event.altKey && key === 'm' && onRadio) {
      event.preventDefault();
      apply({ type: 'merge', row: current });
    }
  };

  if (!row) return null;
  const sides = [
    {
      side: 'id',
      name: t('review.original'),
      actions: sideCorrections(current, 'id', row.id.length),
    },
    {
      side: 'en',
      name: t('review.translation'),
      actions: sideCorrections(current, 'en', row.en.length),
    },
  ] as const;
  const points = splitPoints(row);

  return (
    // Key handling is delegated from the pairs' radios and the toolbar's buttons.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section className="pairs" aria-labelledby="review-heading" onKeyDown={onKeyDown}>
      <h2 id="review-heading" tabIndex={-1}>
        {t('review.heading')}
      </h2>
      <p className="pairs-summary">
        {unsureCount > 0
          ? t('review.summary', { pairs: rows.length, unsure: unsureCount })
          : t('review.summaryNone', { pairs: rows.length })}
      </p>
      <div
        className="pairs-toolbar"
        role="toolbar"
        aria-label={t('review.actions', { number: current + 1 })}
      >
        <div className="pairs-tools">
          <button
            type="button"
            className="chip-button"
            onClick={onUndo}
            disabled={history.past.length === 0}
          >
            {t('review.undo')}
          </button>
          <button
            type="button"
            className="chip-button"
            onClick={onRedo}
            disabled={history.future.length === 0}
          >
            {t('review.redo')}
          </button>
          <button type="button" className="chip-button" onClick={nextUnsure}>
            {t('review.nextUnsure')}
          </button>
          <button
            type="button"
            className="chip-button"
            onClick={() => apply({ type: 'merge', row: current })}
            disabled={!canApply(rows, { type: 'merge', row: current })}
            aria-keyshortcuts="M"
          >
            {t('review.merge')}
          </button>
          <button
            type="button"
            className="chip-button"
            aria-expanded={splitting}
            onClick={() => setSplitting(!splitting)}
            disabled={points.length === 0}
          >
            {t('review.split')}
          </button>
        </div>
        {splitting ? (
          <div className="pairs-tools pairs-split">
            {points.map((point) => (
              <button
                key={`${point.id}-${point.en}`}
                type="button"
                onClick={() => apply({ type: 'split', row: current, ...point })}
              >
                {t('review.splitAt', { original: point.id, translation: point.en })}
              </button>
            ))}
            <button type="button" className="chip-button" onClick={() => setSplitting(false)}>
              {t('review.splitCancel')}
            </button>
          </div>
        ) : null}
        <div className="pairs-sides">
          {sides.map(({ side, name, actions }) => (
            <div key={side} className="pairs-tools pairs-side" role="group" aria-label={name}>
              <span className="pairs-side-name" aria-hidden="true">
                {name}
              </span>
              {actions.map(({ key, correction }) => (
                <button
                  key={key}
                  type="button"
                  className="chip-button"
                  disabled={!canApply(rows, correction)}
                  onClick={() => apply(correction)}
                >
                  {t(`review.${key}`)}
                </button>
              ))}
            </div>
          ))}
        </div>
        <p className="pairs-keys">{t('review.keys')}</p>
        <p className="pairs-notice" role="status">
          {notice}
        </p>
      </div>
      <div className="pairs-scroll">
        <table className="pairs-table" ref={tableRef}>
          <caption className="visually-hidden">{t('review.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.number')}</th>
              <th scope="col">{t('review.original')}</th>
              <th scope="col">{t('review.translation')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((candidate, index) => (
              <Row
                key={index}
                row={candidate}
                index={index}
                selected={index === current}
                labels={labels}
                onSelect={setSelected}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
