import { useTranslation } from 'react-i18next';
import { VIEWS } from '../../lib/preferenceRules';
import { usePreferences } from '../../lib/preferences';

/**
 * The view picker: a real radio group (native radios give arrow-key movement and the
 * radio role for free). Its selected look is drawn from `data-view` on <html>, which the
 * boot script sets before the first paint, so it is right even before hydration.
 */
export function ViewSwitcher() {
  const { t } = useTranslation();
  const [{ view }, update] = usePreferences();
  return (
    <div role="radiogroup" aria-label={t('view.label')} className="segmented view-switcher">
      {VIEWS.map((option) => (
        <label key={option} className="segmented-option" data-value={option}>
          <input
            type="radio"
            name="view"
            value={option}
            checked={view === option}
            onChange={() => update({ view: option })}
          />
          <span>{t(`view.${option}`)}</span>
        </label>
      ))}
    </div>
  );
}
