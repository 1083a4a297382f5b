/**
 * A review session over the roots due now: the context sentence with the word blanked and
 * its English as a hint, then the answer (word, root and affixes, gloss), graded Again, Hard,
 * Good or Easy (buttons, or keys 1-4 while the session is shown). Grades go to ts-fsrs and
 * the new schedule is saved at once, so a session can be left at any point.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isDue, type WordRecord } from './records';
import { GRADES, gradeRecord, previewIntervals, type GradeName } from './scheduling';
import type { WordSession } from './session';

/** Props of {@link ReviewSession}. */
export interface ReviewSessionProps {
  session: WordSession;
  now: () => Date;
  /** Back to the word list. */
  onDone: () => void;
}

/** "10 min", "4 h", "3 days": the wait until a card comes back, in the UI language. */
function formatWait(ms: number, lng: string): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const [value, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 60 * 24
        ? [Math.round(minutes / 60), 'hour']
        : [Math.round(minutes / (60 * 24)), 'day'];
  return new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** The context sentence with the form cut out (`blank`) or marked (`mark`). */
function Sentence({ record, mode }: { record: WordRecord; mode: 'blank' | 'mark' }) {
  const { t } = useTranslation('words');
  const { sentence, start, end, form } = record.context;
  const valid = sentence.slice(start, end) === form;
  if (!valid) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, start)}
      {mode === 'blank' ? (
        <span className="review-blank">
          <span className="visually-hidden">{t('review.blank')}</span>
        </span>
      ) : (
        <mark className="review-mark">{form}</mark>
      )}
      {sentence.slice(end)}
    </>
  );
}

/** The review session. */
export function ReviewSession({ session, now, onDone }: ReviewSessionProps) {
  const { t, i18n } = useTranslation('words');
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  // The queue is fixed when the session starts: a card graded Again comes back later, in
  // another session, as FSRS scheduled it.
  const [queue] = useState(() =>
    [...session.getSnapshot().records.values()]
      .filter((record) => isDue(record, now()))
      .sort((a, b) => Date.parse(a.card.due) - Date.parse(b.card.due))
      .map((record) => record.id),
  );
  const [position, setPosition] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [graded, setGraded] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const showRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);

  const id = queue[position];
  const record = id ? snapshot.records.get(id) : undefined;
  const finished = !record;
  const intervals = useMemo(
    () => (record && revealed ? previewIntervals(record.card, now()) : null),
    [record, revealed, now],
  );

  useEffect(() => {
    if (finished) doneRef.current?.focus();
    else if (revealed) goodRef.current?.focus();
    else showRef.current?.focus();
  }, [finished, revealed, position]);

  const grade = (name: GradeName) => {
    if (!record || !revealed) return;
    void session.saveRecord(gradeRecord(record, name, now()));
    setGraded((count) => count + 1);
    setRevealed(false);
    setPosition((value) => value + 1);
  };

  // Keys 1-4 grade, on the dialog itself so the reader never sees them (it also ignores
  // keys inside an open dialog); Space shows the answer.
  const gradeRef = useRef(grade);
  useEffect(() => {
    gradeRef.current = grade;
  });
  useEffect(() => {
    const dialog = rootRef.current?.closest('dialog');
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) {
        return;
      }
      const index = ['1', '2', '3', '4'].indexOf(event.key);
      const name = GRADES[index];
      if (!name) return;
      event.preventDefault();
      event.stopPropagation();
      gradeRef.current(name);
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => dialog.removeEventListener('keydown', onKeyDown);
  }, []);

  if (queue.length === 0 || finished) {
    return (
      <div ref={rootRef} className="review">
        <h3 className="review-title">{t('review.title')}</h3>
        <p className="review-done" role="status">
          {queue.length === 0 ? t('review.nothingDue') : t('review.done', { count: graded })}
        </p>
        <button ref={doneRef} type="button" className="primary-button" onClick={onDone}>
          {t('review.back')}
        </button>
      </div>
    );
  }

  return (
    <div ref={rootRef} className="review">
      <div className="review-head">
        <h3 className="review-title">{t('review.title')}</h3>
        <p className="review-progress">
          {t('review.progress', { index: position + 1, count: queue.length })}
        </p>
      </div>
      <p className="review-sentence" lang="id">
        <Sentence record={record} mode={revealed ? 'mark' : 'blank'} />
      </p>
      <p className="review-hint">
        <span className="review-label">{t('review.hint')}</span>{' '}
        <span lang="en">{record.context.translation}</span>
      </p>
      {revealed ? (
        <div className="review-answer" role="status">
          <p className="review-word" lang="id">
            {record.context.form}
          </p>
          <p className="review-breakdown" lang="id">
            {record.breakdown}
          </p>
          {record.gloss ? (
            <p className="review-gloss" lang="en">
              {record.gloss}
              {record.rootGloss && record.rootGloss !== record.gloss ? (
                <span className="review-root-gloss">
                  {' '}
                  · <span lang="id">{record.root}</span>: {record.rootGloss}
                </span>
              ) : null}
            </p>
          ) : null}
        </div>
      ) : (
        <button
          ref={showRef}
          type="button"
          className="primary-button review-show"
          onClick={() => setRevealed(true)}
        >
          {t('review.show')}
        </button>
      )}
      {revealed && intervals ? (
        <div className="review-grades" role="group" aria-label={t('review.grades')}>
          {GRADES.map((name, index) => (
            <button
              key={name}
              ref={name === 'good' ? goodRef : undefined}
              type="button"
              className="review-grade"
              data-grade={name}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => grade(name)}
            >
              <span className="review-grade-name">{t(`review.grade.${name}`)}</span>
              <span className="review-grade-wait">
                <kbd aria-hidden="true">{index + 1}</kbd>{' '}
                {formatWait(intervals[name], i18n.language)}
              </span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
