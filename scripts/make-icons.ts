/**
 * `npm run icons`: draws the app icons (public/icons/*.png) from the brand mark, in Chromium,
 * so the PNGs never drift from the SVG. The maskable icon fills its square and keeps the mark
 * inside the central safe zone (a circle of 80% of the width), as launchers crop it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';

const out = join(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(out, { recursive: true });

const pages = (x: number, y: number, scale: number) =>
  `<g transform="translate(${x} ${y}) scale(${scale})">` +
  '<rect x="4" y="6" width="7" height="12" rx="1.5" fill="#f6f1e7"/>' +
  '<rect x="13" y="6" width="7" height="12" rx="1.5" fill="#e9b872"/></g>';

const icons = [
  {
    file: 'icon-192.png',
    size: 192,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="#1f3a5f"/>${pages(0, 0, 1)}</svg>`,
  },
  {
    file: 'icon-512.png',
    size: 512,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="#1f3a5f"/>${pages(0, 0, 1)}</svg>`,
  },
  {
    file: 'icon-maskable-512.png',
    size: 512,
    // Full bleed; the mark shrunk to 70% about the centre stays inside the safe circle.
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" fill="#1f3a5f"/>${pages(3.6, 3.6, 0.7)}</svg>`,
  },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(out, file), omitBackground: true });
    await page.close();
    console.log(join(out, file));
  }
} finally {
  await browser.close();
}
