/**
 * A review session over the roots due now: the context sentence with the word blanked (its
 * English as a hint, only when asked for; the word typed, if the learner chooses to), then
 * the answer (word, root and affixes, gloss), graded Again, Hard, Good or Easy (buttons, or
 * keys 1-4 while the session is shown). Grades go to ts-fsrs and the new schedule is saved
 * at once, so a session can be left at any point. As in Anki, a card graded Again comes
 * back later in the same session, until it is remembered.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isDue, type WordRecord } from '../store/records';
import { GRADES, gradeRecord, previewIntervals, type GradeName } from './scheduling';
import type { WordSession } from '../store/session';

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
  // The roots due when the session starts; a card graded Again joins the end again.
  const [queue, setQueue] = useState(() =>
    [...session.getSnapshot().records.values()]
      .filter((record) => isDue(record, now()))
      .sort((a, b) => Date.parse(a.card.due) - Date.parse(b.card.due))
      .map((record) => record.id),
  );
  const [position, setPosition] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [graded, setGraded] = useState(0);
  const [hintShown, setHintShown] = useState(false);
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const typingId = useId();
  const answerRef = useRef<HTMLInputElement>(null);
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
    else if (typing) answerRef.current?.focus();
    else showRef.current?.focus();
  }, [finished, revealed, position, typing]);

  const grade = (name: GradeName) => {
    if (!record || !revealed) return;
    void session.saveRecord(gradeRecord(record, name, now()));
    if (name === 'again') setQueue((ids) => [...ids, record.id]);
    else setGraded((count) => count + 1);
    setRevealed(false);
    setHintShown(false);
    setTyped('');
    setPosition((value) => value + 1);
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    setRevealed(true);
  };
  const normalise = (text: string) => text.trim().toLocaleLowerCase('id');
  const typedRight = record ? normalise(typed) === normalise(record.context.form) : false;

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
      {hintShown || revealed ? (
        <p className="review-hint">
          <span className="review-label">{t('review.hint')}</span>{' '}
          <span lang="en">{record.context.translation}</span>
        </p>
      ) : (
        <button
          type="button"
          className="chip-button review-hint-button"
          onClick={() => setHintShown(true)}
        >
          {t('review.showHint')}
        </button>
      )}
      <label className="review-typing">
        <input
          type="checkbox"
          checked={typing}
          onChange={(event) => setTyping(event.target.checked)}
        />
        {t('review.typeOption')}
      </label>
      {typing && !revealed ? (
        <form className="review-type" onSubmit={check}>
          <label htmlFor={typingId}>{t('review.typeLabel')}</label>
          <input
            ref={answerRef}
            id={typingId}
            type="text"
            lang="id"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="primary-button">
            {t('review.check')}
          </button>
        </form>
      ) : null}
      {revealed ? (
        <div className="review-answer" role="status">
          {typing ? (
            <p className={typedRight ? 'review-verdict review-verdict--right' : 'review-verdict'}>
              {typedRight ? t('review.right') : t('review.wrong', { typed: typed.trim() || '—' })}
            </p>
          ) : null}
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
      ) : typing ? null : (
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
