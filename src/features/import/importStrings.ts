/**
 * The `import` namespace. Only the import page imports this module, so its strings ship in
 * that page's chunk, not in the entry.
 */
import type { i18n as I18n } from 'i18next';
import en from '../../../locales/en/import.json';
import id from '../../../locales/id/import.json';
import type { UiLanguage } from '../../lib/i18n/languages';

const BUNDLES: Readonly<Record<UiLanguage, typeof en>> = { en, id };

/** Adds the `import` namespace in every UI language. Idempotent, so it can run in render. */
export function addImportStrings(i18n: I18n): void {
  for (const [lng, bundle] of Object.entries(BUNDLES)) {
    if (i18n.hasResourceBundle(lng, 'import')) continue;
    i18n.addResourceBundle(lng, 'import', bundle, true, true);
  }
}
