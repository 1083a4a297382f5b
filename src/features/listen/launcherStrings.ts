/**
 * The launcher's own strings. The launcher is the one listen module in the entry chunk and
 * must be labelled on the server (prerender) and in the first client render, before the
 * lazy chunk with the full `listen` namespace has loaded. Importing locales/{lng}/listen.json
 * here would put every string of the player into the entry chunk (a module shared with the
 * lazy chunk is bundled where it is first needed), so this is a copy of only the `launcher`
 * part of those files. Its shape is typed from the English JSON, and
 * tests/listen/launcher.test.tsx checks that the copy equals the JSON in every language.
 */
import type { i18n as I18n } from 'i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../lib/i18n/languages';
import type { LazyNamespaces } from '../../lib/i18n/resources';

/** The `launcher` object of `locales/{lng}/listen.json`. */
export type LauncherStrings = LazyNamespaces['listen']['launcher'];

/** A copy of `launcher` in `locales/{lng}/listen.json` (kept equal by a test). */
export const LAUNCHER_STRINGS: Readonly<Record<UiLanguage, LauncherStrings>> = {
  en: { open: 'Listen' },
  id: { open: 'Dengarkan' },
};

/**
 * Makes `launcher.*` of the `listen` namespace available in every UI language. Idempotent
 * and cheap, so it can run during render (on the server too); never overwrites the full
 * bundle once the lazy chunk has added it.
 */
export function addLauncherStrings(i18n: I18n): void {
  for (const lng of UI_LANGUAGES) {
    if (i18n.getResource(lng, 'listen', 'launcher') !== undefined) continue;
    i18n.addResourceBundle(lng, 'listen', { launcher: LAUNCHER_STRINGS[lng] }, true, false);
  }
}
