/**
 * Build step: renders the app with react-dom/server and writes the result into
 * dist/index.html, so the article is in the HTML itself: readable before, and without,
 * any JavaScript. Then it keeps the code off the path to the first paint:
 *
 * - the i18next resources go into the page as JSON (not into the bundle);
 * - the entry script and its preloads are not requested until the first paint is on
 *   screen and the browser is idle; the inline boot script has already applied the view, theme and
 *   size, so there is nothing for the code to fix on screen when it arrives.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { render as Render } from '../src/entry-server';
import { EMBEDDED_RESOURCES_ID } from '../src/lib/i18n/embedded.ts';
import { prerenderedFile } from '../src/lib/routes.ts';
import { BUILTIN_TEXTS } from '../src/lib/text/builtin.ts';
import { withContentSecurityPolicy } from './lib/csp.ts';

const root = join(import.meta.dirname, '..');
const serverEntry = join(root, 'dist-ssr', 'entry-server.js');
const { render } = (await import(pathToFileURL(serverEntry).href)) as { render: typeof Render };

const htmlPath = join(root, 'dist', 'index.html');
const template = readFileSync(htmlPath, 'utf8');
if (!template.includes('<!--app-html-->')) throw new Error('prerender: <!--app-html--> not found');

function pageFor(path: string): string {
  const { html, title, resources } = render(path);
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // JSON inside <script> must not be able to close the element.
  const json = JSON.stringify(resources).replace(/</g, '\\u003c');

  const entry = template.match(/<script type="module" crossorigin src="([^"]+)"><\/script>/);
  if (!entry?.[1]) throw new Error('prerender: the entry <script> was not found');
  // The entry is requested once the first paint is on screen and the browser is idle, so
  // it can never count as blocking that paint (a 5 s timer covers browsers that do not
  // report paint timing). On a `data-shell` page (see boot.ts) nothing is painted until the
  // app renders, so it is requested at once.
  const loader = `<script>(function(){var done=false;function go(){var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entry[1])};document.head.appendChild(s)}if(document.documentElement.hasAttribute('data-shell')){go();return}function idle(){if(done)return;done=true;'requestIdleCallback' in window?requestIdleCallback(go,{timeout:1500}):setTimeout(go,1)}try{new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)idle()}).observe({type:'paint',buffered:true})}catch(e){}setTimeout(idle,5000)})();</script>`;

  const page = template
    .replace(entry[0], '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace('<!--app-html-->', html)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(
      '</body>',
      `<script type="application/json" id="${EMBEDDED_RESOURCES_ID}">${json}</script>${loader}</body>`,
    );
  // The policy goes in last, so it hashes the inline scripts exactly as the page holds them.
  return withContentSecurityPolicy(page);
}

const page = pageFor('/');
writeFileSync(htmlPath, page);
// Each built-in text also at its own address, as a file of its own.
for (const { id } of BUILTIN_TEXTS) {
  const file = join(root, 'dist', prerenderedFile(id));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageFor(`/read/${id}`));
}
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(
  `prerender: dist/index.html now holds the article (${(page.length / 1024).toFixed(1)} KB)`,
);
