import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
        <div className="segmented segmented--small segmented--wrap">
          {STUDY_MODES.map((mode) => (
            <label key={mode} className="segmented-option" data-checked={prefs.study === mode}>
              <input
                type="radio"
                name="study"
                value={mode}
                checked={prefs.study === mode}
                onChange={() => update({ study: mode })}
              />
              <span>{t(STUDY_LABEL_KEYS[mode])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.theme')}</legend>
        <div className="segmented segmented--small">
          {THEMES.map((theme) => (
            <label key={theme} className="segmented-option" data-checked={prefs.theme === theme}>
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={prefs.theme === theme}
                onChange={() => update({ theme })}
              />
              <span>{t(THEME_LABEL_KEYS[theme])}</span>
            </label>
          ))}
        </div>
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
        <div className="segmented segmented--small">
          {UI_LANGUAGES.map((lng) => (
            <label
              key={lng}
              className="segmented-option"
              data-checked={prefs.uiLanguage === lng}
              lang={lng}
            >
              <input
                type="radio"
                name="ui-language"
                value={lng}
                checked={prefs.uiLanguage === lng}
                onChange={() => update({ uiLanguage: lng })}
              />
              <span>{t(`languages.${lng}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
