import { memo, useRef, useState, type KeyboardEvent } from 'react';
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

interface ReviewTableProps {
  history: History;
  onCorrect: (correction: Correction) => void;
  onUndo: () => void;
  onRedo: () => void;
}

function Sentences({ sentences, lang }: { sentences: readonly string[]; lang: Side }) {
  const { t } = useTranslation('import');
  if (sentences.length === 0) return <span className="pairs-gap">{t('review.noCounterpart')}</span>;
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
  onSelect: (index: number) => void;
}

/** One pair. Memoised: a correction re-renders only the rows it changed. */
const Row = memo(function Row({ row, index, selected, onSelect }: RowProps) {
  const { t } = useTranslation('import');
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
            aria-label={t('review.select', { number: index + 1 })}
            onChange={() => onSelect(index)}
          />
          <span aria-hidden="true">{index + 1}</span>
        </label>
        {unsure ? (
          <span className="pairs-unsure" title={t('review.unsureLabel')}>
            {t('review.unsure')}
          </span>
        ) : null}
      </th>
      <td className="pairs-cell" data-side="id">
        <Sentences sentences={row.id} lang="id" />
      </td>
      <td className="pairs-cell" data-side="en">
        <Sentences sentences={row.en} lang="en" />
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
  const tableRef = useRef<HTMLTableElement>(null);
  const current = Math.min(selected, rows.length - 1);
  const row = rows[current];
  const unsureCount = rows.filter(isUnsure).length;

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
            {rows.map((candidate, index) => (
              <Row
                key={index}
                row={candidate}
                index={index}
                selected={index === current}
                onSelect={setSelected}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
