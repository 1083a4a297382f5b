import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentId, translationElementId } from '../../lib/text/addresses';
import { TEXT_SIDES } from '../../lib/text/types';

interface SegmentsProps {
  blockKey: string;
  /** The original's segments carry the sentence's address as their id (deep links). */
  side: 'original' | 'translation';
  segments: readonly (string | null)[];
  /** Shown, with a marker, where a translation segment is missing (null); `''` is a gap. */
  fallback?: readonly string[];
}

/** The marker on a missing translation (with the gap's mark, the only i18next use here). */
function MissingMarker() {
  const { t } = useTranslation();
  return <span className="missing-marker">{t('article.translationMissing')}</span>;
}

/**
 * A deliberate gap: this side has no sentence here. Quiet, and announced as such, so a
 * reader of either side knows the other one has nothing to match.
 */
function GapMark() {
  const { t, i18n } = useTranslation();
  return (
    <span className="gap-mark" lang={i18n.resolvedLanguage}>
      {t('article.noCounterpart')}
    </span>
  );
}

/**
 * The sentences of one block in one language, each in its own element so a sentence can
 * be addressed, linked and highlighted on its own. Text is always rendered as text.
 */
export function Segments({ blockKey, side, segments, fallback }: SegmentsProps) {
  return segments.map((text, index) => {
    const id = segmentId(blockKey, index);
    const attributes = {
      id: side === 'original' ? id : translationElementId(id),
      'data-seg': id,
      tabIndex: -1,
    };
    return (
      <Fragment key={index}>
        {index > 0 ? ' ' : null}
        {text === '' ? (
          <span className="seg seg--gap" {...attributes}>
            <GapMark />
          </span>
        ) : text !== null ? (
          <span className="seg" {...attributes}>
            {text}
          </span>
        ) : (
          <span className="seg seg--missing" {...attributes}>
            <MissingMarker /> <span lang={TEXT_SIDES.original}>{fallback?.[index] ?? ''}</span>
          </span>
        )}
      </Fragment>
    );
  });
}
