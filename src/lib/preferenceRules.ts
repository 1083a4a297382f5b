/**
 * What a preference may be, and how the starting preferences are worked out.
 *
 * `resolvePreferences` and `applyPreferences` run in two places: in the app, and inlined
 * into <head> as a tiny script (see boot.ts) so the remembered view, theme and text size
 * apply before the first paint of the prerendered page. That is why they reference
 * nothing outside their own parameters: their source text is copied into the page.
 */

export const VIEWS = ['id', 'en', 'parallel', 'interlinear'] as const;
export type View = (typeof VIEWS)[number];

/**
 * Study modes (active recall): `shown` shows both languages; `hide-translation` masks the
 * translation of each sentence until asked; `hide-original` masks the original instead.
 */
export const STUDY_MODES = ['shown', 'hide-translation', 'hide-original'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Text sizes offered, as a percentage of the base reading size. */
export const FONT_SCALES = [85, 92, 100, 110, 120, 135, 150] as const;

export interface PreferenceRules {
  storageKey: string;
  views: readonly string[];
  studyModes: readonly string[];
  themes: readonly string[];
  uiLanguages: readonly string[];
  fontScales: readonly number[];
  defaults: { view: string; study: string; theme: string; fontScale: number; uiLanguage: string };
}

/** The preferences in force. */
export interface Preferences {
  view: View;
  study: StudyMode;
  theme: Theme;
  fontScale: number;
  uiLanguage: 'en' | 'id';
}

/**
 * Works out the preferences from what is stored, the URL and the browser's languages.
 * A `?view=` or `?study=` in the URL wins over the stored one; anything unknown or
 * malformed falls back to the default. Never throws.
 */
export function resolvePreferences(
  rules: PreferenceRules,
  stored: string | null,
  search: string,
  languages: readonly string[],
): Preferences {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      saved = parsed as Record<string, unknown>;
    }
  } catch {
    // Corrupt storage: keep the defaults.
  }
  const pick = (value: unknown, allowed: readonly string[]): string | null =>
    typeof value === 'string' && allowed.indexOf(value) >= 0 ? value : null;

  let params: URLSearchParams | null = null;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = null;
  }
  const fromUrl = (name: string, allowed: readonly string[]) =>
    params ? pick(params.get(name), allowed) : null;
  let uiLanguage = pick(saved.uiLanguage, rules.uiLanguages);
  for (let i = 0; !uiLanguage && i < languages.length; i++) {
    const base = String(languages[i]).toLowerCase().split('-')[0] ?? '';
    // `in` is the old ISO code for Indonesian that some systems still report.
    uiLanguage = pick(base === 'in' ? 'id' : base, rules.uiLanguages);
  }
  const scale = saved.fontScale;
  return {
    view: (fromUrl('view', rules.views) ??
      pick(saved.view, rules.views) ??
      rules.defaults.view) as View,
    study: (fromUrl('study', rules.studyModes) ??
      pick(saved.study, rules.studyModes) ??
      rules.defaults.study) as StudyMode,
    theme: (pick(saved.theme, rules.themes) ?? rules.defaults.theme) as Theme,
    fontScale:
      typeof scale === 'number' && rules.fontScales.indexOf(scale) >= 0
        ? scale
        : rules.defaults.fontScale,
    uiLanguage: (uiLanguage ?? rules.defaults.uiLanguage) as Preferences['uiLanguage'],
  };
}

/**
 * Puts the preferences on <html>, where the stylesheet reads them. Only what changed is
 * written: on a long text, even an unchanged attribute costs a style pass.
 */
export function applyPreferences(root: HTMLElement, prefs: Preferences): void {
  const set = (name: string, value: string) => {
    if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  };
  set('data-view', prefs.view);
  set('data-study', prefs.study);
  set('data-theme', prefs.theme);
  set('lang', prefs.uiLanguage);
  const scale = String(prefs.fontScale / 100);
  if (root.style.getPropertyValue('--font-scale') !== scale) {
    root.style.setProperty('--font-scale', scale);
  }
}
