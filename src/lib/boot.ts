import { STORAGE_KEYS } from './storage.ts';
import { UI_LANGUAGES } from './i18n/languages.ts';
import { PRERENDERED_PATHS } from './routes.ts';
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
 * flashes the wrong view. Until the app has hydrated it also makes the view picker work
 * (the app's code loads after the first paint, on idle). It reads localStorage directly,
 * as the one exception to storage.ts, because it must run before any module loads.
 *
 * At an address that is not a built-in text's (a stored text, the library), a static host
 * serves the article's HTML as its fallback: the script marks the page `data-shell`, which
 * hides the prerendered article before the first paint (app.css), so it never flashes; the
 * loader then fetches the app at once instead of waiting for a paint.
 */
export const bootScript = `(function(){try{var r=${JSON.stringify(PREFERENCE_RULES)};var d=document.documentElement;if(${JSON.stringify(PRERENDERED_PATHS)}.indexOf(location.pathname)<0)d.setAttribute('data-shell','');var s=null;try{s=localStorage.getItem(r.storageKey)}catch(e){}var apply=${applyPreferences.toString()};var p=(${resolvePreferences.toString()})(r,s,location.search,navigator.languages||[navigator.language]);apply(d,p);d.classList.add('js');document.addEventListener('change',function(e){var t=e.target;if(d.hasAttribute('data-hydrated')||!t||t.name!=='view'||r.views.indexOf(t.value)<0)return;p.view=t.value;apply(d,p);try{var o=JSON.parse(localStorage.getItem(r.storageKey)||'{}')||{};o.view=t.value;o.uiLanguage=o.uiLanguage||p.uiLanguage;localStorage.setItem(r.storageKey,JSON.stringify(o))}catch(e){}try{var u=new URL(location.href);u.searchParams.set('view',t.value);history.replaceState(history.state,'',u)}catch(e){}})}catch(e){}})();`;
