/**
 * `npm run screenshots`: serves the real build and photographs every view at phone and
 * desktop widths in light and dark, into screenshots/ (docs/screenshot.png for the README).
 * Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'screenshots');
mkdirSync(outDir, { recursive: true });

const port = Number(process.env.SCREENSHOT_PORT ?? 4174);
const server = await preview({
  root,
  preview: { host: '127.0.0.1', port, strictPort: true },
});
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const views = (process.env.VIEWS ?? 'id,en,parallel,interlinear').split(',');
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const fullPage = process.env.FULL === '1';
try {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 844 : 900 },
        deviceScaleFactor: width < 600 ? 2 : 1,
        colorScheme,
      });
      const page = await context.newPage();
      for (const view of views) {
        await page.goto(`${base}?view=${view}`);
        await page.waitForLoadState('networkidle');
        const file = join(outDir, `${view}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      }
      await context.close();
    }
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  const page = await context.newPage();
  await page.goto(`${base}?view=parallel`);
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
  await context.close();
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
