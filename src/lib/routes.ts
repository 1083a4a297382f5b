/**
 * The app's addresses. `/` is the built-in article (prerendered), `/read/<id>` any text
 * (built-in ones prerendered there too), `/library` the library. Free of imports beyond the
 * built-in list, so the inline boot script can share `PRERENDERED_PATHS`.
 */
import { BUILTIN_TEXTS, BUILTIN_TEXT_ID, isBuiltinText } from './text/builtin.ts';

export const LIBRARY_PATH = '/library';
export const IMPORT_PATH = '/import';

export type Route =
  | { name: 'read'; textId: string; builtin: boolean }
  | { name: 'library' }
  | { name: 'import' }
  | { name: 'unknown' };

/** The import page set to correct the alignment of the stored text `id`. */
export function correctionPath(id: string): string {
  return `${IMPORT_PATH}?text=${encodeURIComponent(id)}`;
}

/** The address of a text. */
export function textPath(id: string): string {
  return `/read/${encodeURIComponent(id)}`;
}

/** Where a built-in text's prerendered page is written in `dist/` (and served from). */
export function prerenderedFile(id: string): string {
  return `read/${id}/index.html`;
}

/**
 * Every path whose HTML holds a prerendered built-in text. Any other path served with that
 * HTML (a static host's fallback to index.html) must hide it before the first paint.
 */
export const PRERENDERED_PATHS: readonly string[] = [
  '/',
  '/index.html',
  ...BUILTIN_TEXTS.flatMap(({ id }) => [
    textPath(id),
    `${textPath(id)}/`,
    `${textPath(id)}/index.html`,
  ]),
];

export function routeFromPath(pathname: string): Route {
  const path = pathname.replace(/\/index\.html$/, '/').replace(/(.)\/$/, '$1');
  if (path === '/' || path === '') return { name: 'read', textId: BUILTIN_TEXT_ID, builtin: true };
  if (path === LIBRARY_PATH) return { name: 'library' };
  if (path === IMPORT_PATH) return { name: 'import' };
  const match = /^\/read\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return { name: 'unknown' };
    }
    return { name: 'read', textId: id, builtin: isBuiltinText(id) };
  }
  return { name: 'unknown' };
}
