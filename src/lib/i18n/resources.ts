import enArticle from '../../../locales/en/article.json';
import enUi from '../../../locales/en/ui.json';
import idArticle from '../../../locales/id/article.json';
import idUi from '../../../locales/id/ui.json';
import type enLibrary from '../../../locales/en/library.json';
import type enListen from '../../../locales/en/listen.json';
import type enImport from '../../../locales/en/import.json';
import type enWords from '../../../locales/en/words.json';

/**
 * Every resource, bundled. The English UI bundle is the source of the typed keys
 * (see i18next.d.ts), so a key that is not in locales/en/ui.json fails `tsc`.
 */
export const resources = {
  en: { ui: enUi, article: enArticle },
  id: { ui: idUi, article: idArticle },
} as const;

/**
 * Namespaces of features that load on first use: their resources ship in the feature's
 * own chunk (added with `addResourceBundle`), but their keys are typed here all the same.
 */
export interface LazyNamespaces {
  library: typeof enLibrary;
  listen: typeof enListen;
  words: typeof enWords;
  import: typeof enImport;
}

/** Every namespace's English resources: the source of the typed keys. */
export type TypedResources = (typeof resources)['en'] & LazyNamespaces;
