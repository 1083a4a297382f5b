import { STORAGE_KEYS } from './storage.ts';
import { UI_LANGUAGES } from './i18n/languages.ts';
import {
  FONT_SCALES,
  STUDY_MODES,
  THEMES,
  VIEWS,
  applyPreferences,
  resolvePreferences,
  type PreferenceRules,
} from './preferenceRules.ts';

/** The rules in force: the app and the inline boot script share this one object. */
export const PREFERENCE_RULES: PreferenceRules = {
  storageKey: STORAGE_KEYS.preferences,
  views: VIEWS,
  studyModes: STUDY_MODES,
  themes: THEMES,
  uiLanguages: UI_LANGUAGES,
  fontScales: FONT_SCALES,
  defaults: { view: 'parallel', study: 'shown', theme: 'system', fontScale: 100, uiLanguage: 'en' },
};

/**
 * The script inlined into <head>: it applies the stored or linked view, theme, text size
 * and UI language to <html> before the first paint, so the prerendered article never
 * flashes the wrong view. It reads localStorage directly, as the one exception to
 * storage.ts, because it must run before any module loads.
 */
export const bootScript = `(function(){try{var r=${JSON.stringify(PREFERENCE_RULES)};var s=null;try{s=localStorage.getItem(r.storageKey)}catch(e){}var p=(${resolvePreferences.toString()})(r,s,location.search,navigator.languages||[navigator.language]);(${applyPreferences.toString()})(document.documentElement,p);document.documentElement.classList.add('js')}catch(e){}})();`;
