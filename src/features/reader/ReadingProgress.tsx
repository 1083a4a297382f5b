import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorState } from '../../lib/readingCursor';

/** A discreet bar at the top of the page: how far the reading cursor has come. */
export function ReadingProgress({ segmentIds }: { segmentIds: readonly string[] }) {
  const { t } = useTranslation();
  const { segmentId } = useCursorState();
  const indexOf = useMemo(() => new Map(segmentIds.map((id, i) => [id, i])), [segmentIds]);
  const index = segmentId !== null ? (indexOf.get(segmentId) ?? -1) : -1;
  if (index < 0) return null;
  const total = segmentIds.length;
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label={t('reader.progressLabel')}
      aria-valuemin={1}
      aria-valuemax={total}
      aria-valuenow={index + 1}
      aria-valuetext={t('reader.progressValue', { current: index + 1, total })}
    >
      <div
        className="reading-progress-bar"
        style={{ transform: `scaleX(${(index + 1) / total})` }}
      />
    </div>
  );
}
