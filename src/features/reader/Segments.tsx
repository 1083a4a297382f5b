import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_LANGUAGES, segmentId } from '../../lib/content/article';

interface SegmentsProps {
  blockKey: string;
  /** The original's segments carry the sentence's address as their id (deep links). */
  side: 'original' | 'translation';
  segments: readonly (string | null)[];
  /** Shown, with a marker, where a translation segment is missing. */
  fallback?: readonly string[];
}

/** The marker on a missing translation (the only part of a block that needs i18next). */
function MissingMarker() {
  const { t } = useTranslation();
  return <span className="missing-marker">{t('article.translationMissing')}</span>;
}

/**
 * The sentences of one block in one language, each in its own element so a sentence can
 * be addressed, linked and highlighted on its own. Text is always rendered as text.
 */
export function Segments({ blockKey, side, segments, fallback }: SegmentsProps) {
  return segments.map((text, index) => {
    const id = segmentId(blockKey, index);
    const attributes = {
      id: side === 'original' ? id : `${id}-t`,
      'data-seg': id,
      tabIndex: -1,
    };
    return (
      <Fragment key={index}>
        {index > 0 ? ' ' : null}
        {text !== null ? (
          <span className="seg" {...attributes}>
            {text}
          </span>
        ) : (
          <span className="seg seg--missing" {...attributes}>
            <MissingMarker />{' '}
            <span lang={ARTICLE_LANGUAGES.original}>{fallback?.[index] ?? ''}</span>
          </span>
        )}
      </Fragment>
    );
  });
}
