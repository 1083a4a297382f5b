/**
 * The built-in texts: shipped with the app in i18next resources (`locales/{lng}/article.json`),
 * prerendered at `/` and at their own address, and never stored in the library's database.
 */

/** The seed article's id: its address is `/read/hari-kemenangan-2023`. */
export const BUILTIN_TEXT_ID = 'hari-kemenangan-2023';

/** Every built-in text's id and the i18next namespace that holds it. */
export const BUILTIN_TEXTS: readonly { id: string; namespace: string }[] = [
  { id: BUILTIN_TEXT_ID, namespace: 'article' },
];

export function isBuiltinText(id: string): boolean {
  return BUILTIN_TEXTS.some((text) => text.id === id);
}
