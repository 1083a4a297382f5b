import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, UI_LANGUAGES, type UiLanguage } from './languages';
import type { Resource } from 'i18next';

/**
 * Creates the app's one i18next instance (tests and the prerender make their own).
 * The resources are passed in: the prerender and tests import them, while the built page
 * carries them as JSON inside the HTML so they never weigh on the JavaScript bundle.
 * Initialisation is synchronous and nothing is fetched.
 */
export function createI18n(lng: UiLanguage, resources: Resource): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    // Loud in development (a missing key is a bug to fix now), quiet in production:
    // a reader must never see a raw key, so production shows nothing rather than `ui:foo.bar`.
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (lngs, ns, key) => {
      throw new Error(`Missing i18n key ${ns}:${key} for ${lngs.join(', ')}`);
    },
    parseMissingKeyHandler: () => '',
  });
  return instance;
}
