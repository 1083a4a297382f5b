/**
 * The card's lines that only the dictionary gives: the mark on a composed meaning, and the
 * expressions of the sentence the word is part of (`rumah sakit` for `rumah`).
 */
import { useTranslation } from 'react-i18next';
import type { WordInfo } from '../language/analysis';

/** Says that a meaning was composed by rule, after the meaning itself. */
export function ComposedMark({ info }: { info: WordInfo }) {
  const { t } = useTranslation('words');
  if (!info.composed) return null;
  return <span className="word-card-note-line">{t('card.composed')}</span>;
}

/** A row of the card's facts for each expression of the sentence that holds the word. */
export function ExpressionFacts({ info }: { info: WordInfo }) {
  const { t } = useTranslation('words');
  if (!info.expressions || info.expressions.length === 0) return null;
  return (
    <div>
      <dt>{t('card.expressions')}</dt>
      {info.expressions.map((expression) => (
        <dd key={expression.text}>
          <span lang="id" className="word-card-root">
            {expression.text}
          </span>{' '}
          <span lang="en">{expression.gloss}</span>
        </dd>
      ))}
    </div>
  );
}
