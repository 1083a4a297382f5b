/**
 * Build step, after the prerender: writes `dist/sw.js`, the service worker that keeps Sanding
 * readable offline. It runs last so that the precache lists the pages as they are served (the
 * prerendered HTML), with revisions that change whenever their content does.
 *
 * - Every page, script, stylesheet, icon and dictionary part is precached on the first visit.
 * - A navigation that matches no file (a learner's own text, `/read/<id>`) is answered with
 *   the app's page, as a static host's fallback would; the app then reads the text from
 *   IndexedDB. URL parameters (`?view=`) never stop a page from matching.
 * - A new version waits for the reader (the app shows "A new version is ready").
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = join(import.meta.dirname, '..', 'dist');

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,txt}'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: join(dist, 'sw.js'),
  mode: 'production',
  inlineWorkboxRuntime: true,
  sourcemap: false,
  cleanupOutdatedCaches: true,
  // The biggest parts (the dictionary's) are well under this; nothing may drop out silently.
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  navigateFallback: '/index.html',
  navigateFallbackDenylist: [/^\/sw\.js$/, /\.[a-z0-9]+$/i],
});
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
if (warnings.length > 0) process.exitCode = 1;
console.log(`build-sw: dist/sw.js precaches ${count} files (${(size / 1024).toFixed(1)} KB)`);
