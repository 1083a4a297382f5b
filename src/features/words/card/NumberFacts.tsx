import { useTranslation } from 'react-i18next';
import type { NumberReading } from '../language/numbers';

/** The number card's body: how the number is read, and for ke- + number, what ke- does. */
export function NumberFacts({ reading }: { reading: NumberReading }) {
  const { t } = useTranslation('words');
  const ordinal = reading.kind === 'ordinal';
  return (
    <>
      <p className="word-card-pos">{ordinal ? t('number.ordinal') : t('number.cardinal')}</p>
      {ordinal ? (
        <p className="word-card-breakdown" lang="id">
          ke- + {reading.value}
        </p>
      ) : null}
      <dl className="word-card-facts">
        <div>
          <dt>{t('number.readAs')}</dt>
          <dd lang="id" className="word-card-root">
            {reading.words}
          </dd>
        </div>
        {ordinal ? (
          <div>
            <dt>{t('card.note')}</dt>
            <dd>{t('number.ordinalNote', { base: reading.base ?? '', words: reading.words })}</dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
