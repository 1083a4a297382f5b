import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_LANGUAGES } from '../../lib/content/article';

interface SegmentsProps {
  blockKey: string;
  segments: readonly (string | null)[];
  /** Shown, with a marker, where a translation segment is missing. */
  fallback?: readonly string[];
}

/**
 * The sentences of one block in one language, each in its own element so a sentence can
 * be addressed, linked and highlighted on its own. Text is always rendered as text.
 */
export function Segments({ blockKey, segments, fallback }: SegmentsProps) {
  const { t } = useTranslation();
  return segments.map((text, index) => (
    <Fragment key={index}>
      {index > 0 ? ' ' : null}
      {text !== null ? (
        <span className="seg" data-seg={`${blockKey}-${index}`}>
          {text}
        </span>
      ) : (
        <span className="seg seg--missing" data-seg={`${blockKey}-${index}`}>
          <span className="missing-marker">{t('article.translationMissing')}</span>{' '}
          <span lang={ARTICLE_LANGUAGES.original}>{fallback?.[index] ?? ''}</span>
        </span>
      )}
    </Fragment>
  ));
}
