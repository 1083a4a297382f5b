/**
 * The `library` namespace, shipped in the library's own chunk (added on first use).
 */
import type { i18n as I18n } from 'i18next';
import en from '../../../locales/en/library.json';
import id from '../../../locales/id/library.json';
import type { UiLanguage } from '../../lib/i18n/languages';

const BUNDLES: Readonly<Record<UiLanguage, typeof en>> = { en, id };

/** Adds the namespace in every UI language. Idempotent, so it can run during render. */
export function addLibraryStrings(i18n: I18n): void {
  for (const [lng, bundle] of Object.entries(BUNDLES)) {
    if (i18n.hasResourceBundle(lng, 'library')) continue;
    i18n.addResourceBundle(lng, 'library', bundle, true, true);
  }
}
