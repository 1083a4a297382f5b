import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../components/SegmentedControl';
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
    <SegmentedControl
      name="view"
      options={VIEWS}
      value={view}
      onChange={(option) => update({ view: option })}
      renderLabel={(option) => t(`view.${option}`)}
      ariaLabel={t('view.label')}
      markChecked={false}
      className="view-switcher"
    />
  );
}
