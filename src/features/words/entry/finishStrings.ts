/**
 * The end-of-text action's strings, in a module of their own so they load with that action
 * (after hydration) and not with the entry: a copy of `finish` in `locales/{lng}/words.json`,
 * typed from the English JSON; tests/words/entry.test.tsx checks the copy equals the JSON.
 */
import type { i18n as I18n } from 'i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../lib/i18n/languages';
import type { LazyNamespaces } from '../../../lib/i18n/resources';

/** The `finish` object of `locales/{lng}/words.json`: the end-of-text action's strings. */
export type FinishStrings = LazyNamespaces['words']['finish'];

/** A copy of `finish` in `locales/{lng}/words.json` (kept equal by a test). */
export const FINISH_STRINGS: Readonly<Record<UiLanguage, FinishStrings>> = {
  en: {
    finishLabel: 'Finished the text?',
    markRemaining: 'Mark the remaining new words as known',
    marked_one: '{{count}} root marked as known.',
    marked_other: '{{count}} roots marked as known.',
    undo: 'Undo',
    undone: 'Undone: the roots are new again.',
    failed: 'The word list could not be saved.',
  },
  id: {
    finishLabel: 'Selesai membaca teks ini?',
    markRemaining: 'Tandai kata baru yang tersisa sebagai sudah dikenal',
    marked_one: '{{count}} kata dasar ditandai sudah dikenal.',
    marked_other: '{{count}} kata dasar ditandai sudah dikenal.',
    undo: 'Urungkan',
    undone: 'Diurungkan: kata-kata dasar itu baru lagi.',
    failed: 'Daftar kata tidak dapat disimpan.',
  },
};

/** Makes `finish.*` available, as `addEntryStrings` does for `entry.*`. */
export function addFinishStrings(i18n: I18n): void {
  for (const lng of UI_LANGUAGES) {
    if (i18n.getResource(lng, 'words', 'finish') !== undefined) continue;
    i18n.addResourceBundle(lng, 'words', { finish: FINISH_STRINGS[lng] }, true, false);
  }
}
