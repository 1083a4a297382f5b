/**
 * The languages the interface (menus, labels) can be shown in. Free of imports so the
 * inline boot script's rules can use it without pulling in the resources.
 */
export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Namespaces loaded at start: `ui` for interface strings, `article` for the text being read. */
export const NAMESPACES = ['ui', 'article'] as const;
