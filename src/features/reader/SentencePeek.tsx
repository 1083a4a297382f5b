import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { counterpartOf, isOriginal } from './sentences';
import { CloseButton } from '../../components/CloseButton';
import { SpeakButton } from '../../components/SpeakButton';
import { useAnchoredPopover } from '../../components/useAnchoredPopover';
import type { View } from '../../lib/preferenceRules';
import { usePreferences } from '../../lib/preferences';
import { useSentence } from '../../lib/text/lookup';

/** Which sentence the peek is open on, and how it was opened (for focus handling). */
export interface PeekState {
  segmentId: string;
  anchor: HTMLElement;
  openedBy: 'pointer' | 'keyboard';
}

/** The address of a sentence in the current view, as a full URL. */
export function sentenceLink(segmentId: string, view: View): string {
  const url = new URL(window.location.href);
  url.searchParams.set('view', view);
  url.hash = segmentId;
  return url.toString();
}

/**
 * A popover anchored under a sentence: in the single-language views it shows the
 * sentence's translation (or original); in every view it offers a link to the sentence.
 * Escape, the close button or a tap elsewhere closes it; focus goes back to the sentence
 * when it came from the keyboard.
 */
export default function SentencePeek({
  peek,
  onClose,
}: {
  peek: PeekState;
  onClose: (returnFocus: boolean) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { anchor } = peek;
  const [{ view }] = usePreferences();
  const single = view === 'id' || view === 'en';
  const other = single ? counterpartOf(anchor) : null;
  const showsOriginal = other ? isOriginal(other) : false;
  // What the peek shows and says comes from the text, not from the page (whose elements
  // also hold markers such as "no counterpart"): the other side in the single-language
  // views, the sentence itself in the others.
  const sentence = useSentence(peek.segmentId);
  const side = other
    ? showsOriginal
      ? 'original'
      : 'translation'
    : isOriginal(anchor)
      ? 'original'
      : 'translation';
  const shown = sentence ? sentence[side] : null;
  // A gap ('') is a deliberate "no counterpart"; null is a translation that is missing.
  const marker = shown === '' ? t('article.noCounterpart') : t('article.translationMissing');

  // Under the sentence's last line, or above its first when there is more room there.
  const popover = useAnchoredPopover(ref, () => {
    const rects = anchor.getClientRects();
    const last = rects[rects.length - 1] ?? anchor.getBoundingClientRect();
    const first = rects[0] ?? last;
    return { top: first.top, bottom: last.bottom, left: first.left };
  }, [anchor]);

  // Focus moves in once the peek is placed (a hidden element cannot take focus).
  const placed = popover.placed;
  useEffect(() => {
    if (placed && peek.openedBy === 'keyboard') ref.current?.focus();
  }, [placed, peek.openedBy]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (!target || ref.current?.contains(target) || anchor.contains(target)) return;
      onClose(false);
    };
    const onResize = () => onClose(false);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('resize', onResize);
    };
  }, [anchor, onClose]);

  const link = sentenceLink(peek.segmentId, view);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const headingId = `peek-${peek.segmentId}`;
  return (
    <div
      ref={ref}
      className="sentence-peek"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      style={popover.style}
    >
      <div className="sentence-peek-head">
        <p className="sentence-peek-title" id={headingId}>
          {other
            ? t(showsOriginal ? 'reader.peekOriginal' : 'reader.peekTranslation')
            : t('reader.peekSentence')}
        </p>
        <div className="sentence-peek-tools">
          {/* The sentence the peek shows (the other language in the single-language views). */}
          {shown ? (
            <SpeakButton
              text={shown}
              lang={side === 'original' ? 'id' : 'en'}
              label={t('reader.speakSentence')}
            />
          ) : null}
          <CloseButton small label={t('reader.closePeek')} onClick={() => onClose(true)} />
        </div>
      </div>
      {other && shown ? (
        <p className="sentence-peek-text" lang={side === 'original' ? 'id' : 'en'}>
          {shown}
        </p>
      ) : null}
      {other && !shown ? (
        // In the interface's language, like the page's own markers.
        <p className="sentence-peek-text sentence-peek-marker">{marker}</p>
      ) : null}
      <div className="sentence-peek-actions">
        <button type="button" className="chip-button" onClick={() => void copyLink()}>
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9" />
          </svg>
          {t('reader.copyLink')}
        </button>
        <span className="sentence-peek-status" role="status">
          {copy === 'copied' ? t('reader.linkCopied') : ''}
        </span>
      </div>
      {copy === 'failed' ? (
        <label className="sentence-peek-fallback">
          {t('reader.copyFailed')}
          <input
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      ) : null}
    </div>
  );
}
