/**
 * The full `words` namespace. Only the lazy word study imports this module, so these strings
 * ship in its chunk and not in the entry (see entryStrings.ts for the entry's few).
 */
import type { i18n as I18n } from 'i18next';
import en from '../../../../locales/en/words.json';
import id from '../../../../locales/id/words.json';
import type { UiLanguage } from '../../../lib/i18n/languages';

const BUNDLES: Readonly<Record<UiLanguage, typeof en>> = { en, id };

/**
 * Adds the whole `words` namespace in every UI language, replacing the entry-only bundle.
 * Idempotent, so it can run during render.
 */
export function addWordsStrings(i18n: I18n): void {
  for (const [lng, bundle] of Object.entries(BUNDLES)) {
    if (i18n.getResource(lng, 'words', 'card') !== undefined) continue;
    i18n.addResourceBundle(lng, 'words', bundle, true, true);
  }
}
