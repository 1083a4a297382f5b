/**
 * Build step: renders the app with react-dom/server and writes the result into
 * dist/index.html, so the article is in the HTML itself: readable before, and without,
 * any JavaScript. The client then hydrates it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { render as Render } from '../src/entry-server';

const root = join(import.meta.dirname, '..');
const serverEntry = join(root, 'dist-ssr', 'entry-server.js');
const { render } = (await import(pathToFileURL(serverEntry).href)) as { render: typeof Render };

const htmlPath = join(root, 'dist', 'index.html');
const template = readFileSync(htmlPath, 'utf8');
if (!template.includes('<!--app-html-->')) throw new Error('prerender: <!--app-html--> not found');

const { html, title } = render();
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = template
  .replace('<!--app-html-->', html)
  .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
writeFileSync(htmlPath, page);
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(
  `prerender: dist/index.html now holds the article (${(page.length / 1024).toFixed(1)} KB)`,
);
