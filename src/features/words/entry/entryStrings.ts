/**
 * The static entry's own strings. The entry is in the app's first chunk and is prerendered,
 * so its labels must exist before the lazy chunk adds the whole `words` namespace; importing
 * locales/{lng}/words.json here would put every string of the feature into the first chunk.
 * So this is a copy of only the `entry` part of those files, typed from the English JSON;
 * tests/words/entry.test.tsx checks that the copy equals the JSON in every language.
 */
import type { i18n as I18n } from 'i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../lib/i18n/languages';
import type { LazyNamespaces } from '../../../lib/i18n/resources';

/** The `entry` object of `locales/{lng}/words.json`. */
export type EntryStrings = LazyNamespaces['words']['entry'];

/** A copy of `entry` in `locales/{lng}/words.json` (kept equal by a test). */
export const ENTRY_STRINGS: Readonly<Record<UiLanguage, EntryStrings>> = {
  en: {
    open: 'Words',
    hint: 'Tap any Indonesian word to study it',
  },
  id: {
    open: 'Kata',
    hint: 'Ketuk kata bahasa Indonesia mana pun untuk mempelajarinya',
  },
};

/**
 * Makes `entry.*` of the `words` namespace available in every UI language. Idempotent and
 * cheap, so it can run during render (on the server too); never overwrites the full bundle
 * once the lazy chunk has added it.
 */
export function addEntryStrings(i18n: I18n): void {
  for (const lng of UI_LANGUAGES) {
    if (i18n.getResource(lng, 'words', 'entry') !== undefined) continue;
    i18n.addResourceBundle(lng, 'words', { entry: ENTRY_STRINGS[lng] }, true, false);
  }
}
