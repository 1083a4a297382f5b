/**
 * The full `listen` namespace. Only the lazy panel imports this module, so these strings
 * ship in the player's chunk and not in the entry (see launcherStrings.ts for the launcher).
 */
import type { i18n as I18n } from 'i18next';
import en from '../../../locales/en/listen.json';
import id from '../../../locales/id/listen.json';
import type { UiLanguage } from '../../lib/i18n/languages';

const BUNDLES: Readonly<Record<UiLanguage, typeof en>> = { en, id };

/**
 * Adds the whole `listen` namespace in every UI language, replacing the launcher-only
 * bundle. Idempotent, so it can run during render.
 */
export function addListenStrings(i18n: I18n): void {
  for (const [lng, bundle] of Object.entries(BUNDLES)) {
    if (i18n.getResource(lng, 'listen', 'panel') !== undefined) continue;
    i18n.addResourceBundle(lng, 'listen', bundle, true, true);
  }
}
