import { useTranslation } from 'react-i18next';
import { LIBRARY_PATH } from '../lib/routes';
import { NoticePage } from './NoticePage';

/**
 * An address the app does not know, or a text that is not in the library (loaded on first
 * use): the library is the way on.
 */
export default function UnknownPage() {
  const { t } = useTranslation();
  return (
    <NoticePage title={t('text.notFoundTitle')}>
      <p className="notice-actions">
        <a className="primary-link" href={LIBRARY_PATH}>
          {t('text.toLibrary')}
        </a>
      </p>
    </NoticePage>
  );
}
