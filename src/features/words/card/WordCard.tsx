/**
 * The word card: a non-modal dialog anchored under a word of the original text. It shows how
 * the word is built (root, affixes, nasal change), what it means here, the English words it
 * corresponds to (highlighted in the translation while the card is open), and sets the
 * root's status in the word list. Part of the lazy word-study chunk.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CloseButton } from '../../../components/CloseButton';
import { SpeakButton } from '../../../components/SpeakButton';
import { useAnchoredPopover } from '../../../components/useAnchoredPopover';
import { requestPersistence } from '../../../lib/persistence';
import { usePreferences } from '../../../lib/preferences';
import { useReadingCursor } from '../../../lib/readingCursor';
import { translationElementId } from '../../../lib/text/addresses';
import { checkShown, useSentence } from '../../../lib/text/lookup';
import {
  describeByDictionary,
  describeFromLexicon,
  entryOf,
  occurrenceOf,
  sentenceTargets,
  targetIndexAt,
  type WordInfo,
} from '../language/analysis';
import { entryStore, type CardRequest } from '../entry/entryStore';
import {
  HIGHLIGHTS,
  clearHighlights,
  locatePhrases,
  rangeForOffsets,
  setHighlight,
} from '../text/highlights';
import { ComposedMark, ExpressionFacts } from './DictionaryFacts';
import { NumberFacts } from './NumberFacts';
import { readNumber, withNumbers } from '../language/numbers';
import { WORD_STATUSES, recordId, type WordStatus } from '../store/records';
import type { WordSession } from '../store/session';
import { StorageProblems } from '../store/StorageProblems';

/** Props of {@link WordCard}. */
export interface WordCardProps {
  request: CardRequest;
  session: WordSession;
  /** Close the card; `returnFocus` sends focus back to the sentence. */
  onClose: (returnFocus: boolean) => void;
}

function isShown(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.getClientRects().length > 0;
}

/** Where the card goes: under the word, or under the sentence when the word is not shown. */
function anchorRect(element: HTMLElement, start: number, end: number): DOMRect | null {
  const range = rangeForOffsets(element, start, end);
  const rects = range && typeof range.getClientRects === 'function' ? range.getClientRects() : null;
  const last = rects && rects.length > 0 ? rects[rects.length - 1] : null;
  if (last && (last.width > 0 || last.height > 0)) return last;
  const translation = document.getElementById(translationElementId(element.dataset.seg ?? ''));
  const visible = isShown(element) ? element : isShown(translation) ? translation : null;
  const boxes = visible?.getClientRects();
  return boxes && boxes.length > 0 ? (boxes[boxes.length - 1] ?? null) : null;
}

const CARD_MARGIN = 8;

const shouldIgnoreModifiers = (event: KeyboardEvent) =>
  event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;

/** Visible labels of the status buttons ("1" for Learning 1); the full name is announced. */
function StatusLabel({ status }: { status: WordStatus }) {
  const { t } = useTranslation('words');
  return (
    <>
      <span aria-hidden="true">{t(`statusShort.${status}`)}</span>
      <span className="visually-hidden">{t(`status.${status}`)}</span>
    </>
  );
}

/** The word card. */
export function WordCard({ request, session, onClose }: WordCardProps) {
  const { t } = useTranslation('words');
  const cursor = useReadingCursor();
  const [{ view }] = usePreferences();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const statusName = useId();
  const { element, segmentId } = request;
  // The sentence and its translation are the text model's; the page's elements only anchor
  // the card and carry the highlights (they show the same text, so offsets agree).
  const sentence = useSentence(segmentId);
  const text = sentence?.original ?? '';
  // '' for a gap, and for a missing translation (whose element shows the original instead).
  const translationText = sentence?.translation ?? '';
  // The lexicon is bundled, so a lookup never waits on storage (which another tab can block).
  const lexicon = snapshot.lexiconReady ? snapshot.lexicon : null;

  // Until the lexicon is in, targets are single words; its expressions then join them.
  const targets = useMemo(() => withNumbers(sentenceTargets(text, lexicon), text), [text, lexicon]);
  const [offset, setOffset] = useState(request.offset);
  const found = targetIndexAt(targets, offset);
  const index = found === -1 ? 0 : found;
  const target = targets[index];

  const number = useMemo(() => (target ? readNumber(target.text) : null), [target]);
  const entry = target && !number ? entryOf(lexicon, target) : undefined;
  const lexiconInfo = useMemo(
    () =>
      target && entry && lexicon
        ? describeFromLexicon(target, entry, occurrenceOf(lexicon, segmentId, index, target))
        : null,
    [target, entry, lexicon, segmentId, index],
  );
  const [machine, setMachine] = useState<WordInfo | null>(null);
  const needsMachine =
    snapshot.lexiconReady && target !== undefined && entry === undefined && number === null;
  useEffect(() => {
    if (!needsMachine || !target) return;
    let live = true;
    describeByDictionary(target, { text, translation: translationText })
      .then((info) => {
        if (live) setMachine(info);
      })
      .catch(() => {
        // The analyzer's chunk did not load (offline): the card says it has no analysis.
      });
    return () => {
      live = false;
    };
  }, [needsMachine, target, text, translationText]);
  const info: WordInfo | null = number
    ? null
    : (lexiconInfo ?? (machine && target && machine.key === target.key ? machine : null));

  const record = info ? snapshot.records.get(recordId(info.root)) : undefined;
  const translationElement = document.getElementById(translationElementId(segmentId));
  const singleView = view === 'id' || view === 'en';
  const translationShown = isShown(translationElement) && !singleView;
  const [saved, setSaved] = useState<WordStatus | null>(null);

  // The word, and its English counterparts, drawn as highlights while the card is open.
  const start = target?.start ?? 0;
  const end = target?.end ?? 0;
  const en = info?.en;
  useEffect(() => {
    if (end === 0) return;
    checkShown(element, text);
    const word = rangeForOffsets(element, start, end);
    setHighlight(HIGHLIGHTS.word, word ? [word] : [], 2);
    const translation = document.getElementById(translationElementId(segmentId));
    const ranges: Range[] = [];
    if (translation && en && checkShown(translation, translationText)) {
      const near = start / Math.max(text.length, 1);
      for (const span of locatePhrases(translationText, en, near)) {
        const range = rangeForOffsets(translation, span.start, span.end);
        if (range) ranges.push(range);
      }
    }
    setHighlight(HIGHLIGHTS.english, ranges, 1);
    entryStore.reportOpen({ segmentId, start, end });
    return () => clearHighlights(HIGHLIGHTS.word, HIGHLIGHTS.english);
  }, [element, segmentId, start, end, en, text, translationText]);

  // Placed next to the word (above it when there is more room there), inside the window.
  // On a phone words.css makes the card a sheet along the bottom edge instead; then the
  // word is scrolled into the band between the top bar and the sheet.
  const popover = useAnchoredPopover(ref, () => anchorRect(element, start, end), [
    element,
    start,
    end,
    view,
  ]);
  const sheet = popover.side === 'sheet';
  useLayoutEffect(() => {
    const card = ref.current;
    const rect = anchorRect(element, start, end);
    if (!sheet || !card || !rect) return;
    const topBar = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const sheetTop = card.getBoundingClientRect().top;
    if (rect.top < topBar || rect.bottom > sheetTop - CARD_MARGIN) {
      const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({
        top: rect.top - topBar - CARD_MARGIN,
        behavior: smooth ? 'smooth' : 'auto',
      });
    }
  }, [sheet, element, start, end, view]);

  // Focus moves in once the card is placed, when the keyboard opened it.
  const placed = popover.placed;
  useEffect(() => {
    if (placed && request.by === 'keyboard') ref.current?.focus({ preventScroll: true });
  }, [placed, request.by]);

  // Escape, a tap elsewhere, or the reading cursor moving on closes the card.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      // Another dialog's Escape (the word list over the card) is that dialog's.
      if (target?.closest('dialog') && !ref.current?.contains(target)) return;
      event.preventDefault();
      onClose(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (!target || ref.current?.contains(target) || element.contains(target)) return;
      if (target instanceof Element && target.closest('dialog[open]:not(.word-card)')) return;
      onClose(false);
    };
    const unsubscribe = cursor.subscribe(() => {
      const current = cursor.getSnapshot().segmentId;
      if (current !== null && current !== segmentId) onClose(false);
    });
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      unsubscribe();
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [cursor, element, onClose, segmentId]);

  const move = (step: number) => {
    const next = targets[index + step];
    if (!next) return;
    setOffset(next.start);
    setSaved(null);
  };
  // ArrowLeft/ArrowRight inside the card move word by word (not on the status radios,
  // where the arrows choose a status).
  const moveRef = useRef(move);
  useEffect(() => {
    moveRef.current = move;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      if (event.target instanceof HTMLInputElement || shouldIgnoreModifiers(event)) return;
      event.preventDefault();
      moveRef.current(event.key === 'ArrowLeft' ? -1 : 1);
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => dialog.removeEventListener('keydown', onKeyDown);
  }, []);

  const setStatus = (status: WordStatus) => {
    if (!info || !target) return;
    void session
      .setStatus(info, status, {
        articleId: snapshot.articleId,
        segmentId,
        sentence: text,
        translation: translationText,
        form: target.text,
        start: target.start,
        end: target.end,
      })
      .then((ok) => {
        setSaved(ok ? status : null);
        // The first word saved is the learner's own: ask the browser to keep it (once).
        if (ok) void requestPersistence();
      });
  };

  // Only a sentence of the text on the page has a card (a tap elsewhere never asks for one).
  if (!sentence) return null;
  const status = record?.status ?? null;
  const rootShown = info ? info.root.toLocaleLowerCase('id') !== info.key : false;
  return (
    <dialog
      ref={ref}
      open
      className="word-card"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-word-card=""
      data-side={popover.side ?? undefined}
      style={popover.style}
    >
      <div className="word-card-head">
        <h2 className="word-card-form" id={headingId} lang="id">
          {target?.text ?? ''}
        </h2>
        <div className="word-card-nav">
          {target ? (
            <SpeakButton
              text={target.text}
              lang="id"
              label={t('card.speak', { word: target.text })}
            />
          ) : null}
          <button
            type="button"
            className="icon-button icon-button--small"
            aria-label={t('card.previous')}
            aria-keyshortcuts="ArrowLeft"
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d="M12 5l-5 5 5 5" />
            </svg>
          </button>
          <button
            type="button"
            className="icon-button icon-button--small"
            aria-label={t('card.next')}
            aria-keyshortcuts="ArrowRight"
            disabled={index >= targets.length - 1}
            onClick={() => move(1)}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d="M8 5l5 5-5 5" />
            </svg>
          </button>
          <CloseButton small label={t('card.close')} onClick={() => onClose(true)} />
        </div>
      </div>

      <div className="word-card-body">
        {number ? (
          <NumberFacts reading={number} />
        ) : info ? (
          <>
            <p className="word-card-pos">
              {info.pos ? t(`pos.${info.pos}`) : t('card.unknownPos')}
              {info.source === 'lexicon' ? null : ` · ${t(`card.${info.source}Short`)}`}
            </p>
            {info.properNoun ? null : (
              <p className="word-card-breakdown" lang="id">
                {info.breakdown}
              </p>
            )}
            <dl className="word-card-facts">
              {info.properNoun ? null : (
                <div>
                  <dt>{t('card.root')}</dt>
                  <dd>
                    <span lang="id" className="word-card-root">
                      {info.root}
                    </span>
                    {info.rootGloss ? (
                      <>
                        {' '}
                        <span lang="en">{info.rootGloss}</span>
                      </>
                    ) : null}
                    {!rootShown && !info.affixed ? (
                      <span className="word-card-aside"> · {t('card.bareRoot')}</span>
                    ) : null}
                  </dd>
                </div>
              )}
              {info.nasal ? (
                <div>
                  <dt>{t('card.nasal')}</dt>
                  <dd lang="en">{info.nasal}</dd>
                </div>
              ) : null}
              {info.reduplication ? (
                <div>
                  <dt>{t('card.reduplication')}</dt>
                  <dd lang="en">{info.reduplication}</dd>
                </div>
              ) : null}
              {info.gloss ? (
                <div>
                  <dt>{t('card.meaning')}</dt>
                  <dd>
                    <span lang="en">{info.gloss}</span>
                    <ComposedMark info={info} />
                  </dd>
                </div>
              ) : null}
              {info.sense ? (
                <div>
                  <dt>{t('card.sense')}</dt>
                  <dd lang="en">{info.sense}</dd>
                </div>
              ) : null}
              <ExpressionFacts info={info} />
              {info.source === 'lexicon' || (info.source === 'dictionary' && translationText) ? (
                <div>
                  <dt>{t('card.english')}</dt>
                  <dd>
                    {info.en.length > 0 ? (
                      <span lang="en" className="word-card-english">
                        {info.en.map((word) => `“${word}”`).join(', ')}
                      </span>
                    ) : (
                      <span className="word-card-aside">{t('card.noEnglish')}</span>
                    )}
                    {info.en.length > 0 && translationShown ? (
                      <span className="word-card-note-line">{t('card.highlighted')}</span>
                    ) : null}
                  </dd>
                </div>
              ) : null}
              {info.note ? (
                <div>
                  <dt>{info.properNoun ? t('card.who') : t('card.note')}</dt>
                  <dd lang="en">{info.note}</dd>
                </div>
              ) : null}
            </dl>
            {info.parts && !info.properNoun ? (
              <div className="word-card-parts">
                <p className="word-card-label">{t('card.parts')}</p>
                <ul>
                  {info.parts.map((part) => (
                    <li key={part.word}>
                      <span lang="id" className="word-card-root">
                        {part.word}
                      </span>{' '}
                      {part.breakdown !== part.word ? (
                        <span lang="id" className="word-card-aside">
                          ({part.breakdown}){' '}
                        </span>
                      ) : null}
                      <span lang="en">{part.gloss}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {info.source === 'lexicon' ? null : (
              <p className="word-card-notice">{t(`card.${info.source}`)}</p>
            )}
          </>
        ) : (
          <p className="word-card-pos">{t('card.loading')}</p>
        )}

        {!translationShown && translationText ? (
          <div className="word-card-translation">
            <p className="word-card-label">{t('card.translation')}</p>
            <p lang="en">{translationText}</p>
          </div>
        ) : null}
      </div>

      {info ? (
        <fieldset className="word-status">
          <legend>
            {t('card.statusOf')}{' '}
            <span lang="id" className="word-card-root">
              {info.root}
            </span>
          </legend>
          <div className="word-status-options">
            {WORD_STATUSES.map((option) => (
              <label key={option} className="word-status-option" data-status={option}>
                <input
                  type="radio"
                  name={statusName}
                  value={option}
                  checked={status === option}
                  onChange={() => setStatus(option)}
                />
                <StatusLabel status={option} />
              </label>
            ))}
          </div>
          <StorageProblems session={session} skipped={false} />
        </fieldset>
      ) : null}

      <div className="word-card-foot">
        {info ? (
          <p className="word-status-text" role="status">
            {saved && status === saved
              ? t('card.saved', { status: t(`status.${saved}`) })
              : status
                ? t('card.inList', { status: t(`status.${status}`) })
                : t('card.notInList')}
          </p>
        ) : number ? (
          <p className="word-status-text">{t('number.notSaved')}</p>
        ) : null}
        <button
          type="button"
          className="chip-button"
          onClick={(event) => entryStore.openPanel(event.currentTarget)}
        >
          {t('card.openList')}
        </button>
      </div>
    </dialog>
  );
}
