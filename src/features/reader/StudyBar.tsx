import { useTranslation } from 'react-i18next';

const MASKED = '.t-translation .seg, .t-original .seg';

/**
 * Reveal-all and hide-all for the study modes. It is always in the page; the stylesheet
 * shows it only when a study mode masks sentences in a two-language view, so it appears
 * before hydration too and never shifts the layout after it.
 */
export function StudyBar({ articleElementId }: { articleElementId: string }) {
  const { t } = useTranslation();
  const setAll = (revealed: boolean) => {
    const article = document.getElementById(articleElementId);
    if (!article) return;
    for (const element of article.querySelectorAll(MASKED)) {
      element.toggleAttribute('data-revealed', revealed);
    }
  };
  return (
    <div className="study-bar" role="region" aria-label={t('study.label')}>
      <p className="study-bar-text">
        {/* Mouse and keyboard, or touch (no hover, no t key): the stylesheet picks one. */}
        <span className="study-when-translation study-for-pointer">
          {t('study.hintTranslation')}
        </span>
        <span className="study-when-original study-for-pointer">{t('study.hintOriginal')}</span>
        <span className="study-when-translation study-for-touch">
          {t('study.hintTranslationTouch')}
        </span>
        <span className="study-when-original study-for-touch">{t('study.hintOriginalTouch')}</span>
      </p>
      <div className="study-bar-actions">
        <button type="button" className="chip-button" onClick={() => setAll(true)}>
          {t('study.revealAll')}
        </button>
        <button type="button" className="chip-button" onClick={() => setAll(false)}>
          {t('study.hideAll')}
        </button>
      </div>
    </div>
  );
}
