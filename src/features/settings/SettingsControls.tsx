import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../components/SegmentedControl';
import { UI_LANGUAGES } from '../../lib/i18n/languages';
import {
  FONT_SCALES,
  STUDY_MODES,
  THEMES,
  type StudyMode,
  type Theme,
} from '../../lib/preferenceRules';
import { usePreferences } from '../../lib/preferences';

const THEME_LABEL_KEYS = {
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
  system: 'settings.themeSystem',
} as const satisfies Record<Theme, string>;

const STUDY_LABEL_KEYS = {
  shown: 'study.shown',
  'hide-translation': 'study.hideTranslation',
  'hide-original': 'study.hideOriginal',
} as const satisfies Record<StudyMode, string>;

/**
 * The controls inside the reading-settings popover: study mode, theme, text size and the
 * interface language. Loaded when the popover is first wanted, not with the page.
 */
export default function SettingsControls() {
  const { t } = useTranslation();
  const [prefs, update] = usePreferences();
  const sizeLabelId = useId();
  const scaleIndex = FONT_SCALES.indexOf(prefs.fontScale as (typeof FONT_SCALES)[number]);
  const setScaleIndex = (index: number) => {
    const next = FONT_SCALES[Math.min(Math.max(index, 0), FONT_SCALES.length - 1)];
    if (next !== undefined) update({ fontScale: next });
  };

  return (
    <>
      <fieldset className="settings-group">
        <legend>{t('study.label')}</legend>
        <SegmentedControl
          name="study"
          options={STUDY_MODES}
          value={prefs.study}
          onChange={(mode) => update({ study: mode })}
          renderLabel={(mode) => t(STUDY_LABEL_KEYS[mode])}
          size="small"
          wrap
        />
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.theme')}</legend>
        <SegmentedControl
          name="theme"
          options={THEMES}
          value={prefs.theme}
          onChange={(theme) => update({ theme })}
          renderLabel={(theme) => t(THEME_LABEL_KEYS[theme])}
          size="small"
        />
      </fieldset>

      <div className="settings-group" role="group" aria-labelledby={sizeLabelId}>
        <span className="settings-label" id={sizeLabelId}>
          {t('settings.textSize')}
        </span>
        <div className="stepper">
          <button
            type="button"
            onClick={() => setScaleIndex(scaleIndex - 1)}
            disabled={scaleIndex <= 0}
          >
            {/* The name starts with what is shown (WCAG 2.5.3), then says what it does. */}
            A−<span className="visually-hidden"> {t('settings.smaller')}</span>
          </button>
          <output aria-live="polite">
            {t('settings.sizeValue', { percent: prefs.fontScale })}
          </output>
          <button
            type="button"
            onClick={() => setScaleIndex(scaleIndex + 1)}
            disabled={scaleIndex >= FONT_SCALES.length - 1}
          >
            A+<span className="visually-hidden"> {t('settings.larger')}</span>
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => update({ fontScale: 100 })}
            disabled={prefs.fontScale === 100}
          >
            {t('settings.resetSize')}
          </button>
        </div>
      </div>

      <fieldset className="settings-group">
        <legend>{t('settings.uiLanguage')}</legend>
        <SegmentedControl
          name="ui-language"
          options={UI_LANGUAGES}
          value={prefs.uiLanguage}
          onChange={(lng) => update({ uiLanguage: lng })}
          renderLabel={(lng) => t(`languages.${lng}`)}
          optionLang={(lng) => lng}
          size="small"
        />
      </fieldset>
    </>
  );
}
