/**
 * What a first visit fetches on its own: opens the page in a fresh Chromium profile, touches
 * nothing, and lists every script the page requested until it has settled (its idle work
 * done: the service worker registered and nothing more loading for a while), sized from
 * dist/ with gzip level 9 like the other budgets. The service worker's own precaching is the
 * browser filling its offline copy, not the page's JavaScript, and is not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';
import { gzipSize, type SizedFile } from './budgets.ts';

/** How long nothing new may load before the page counts as settled. */
const QUIET_MS = 3000;
/** The idle loads wait at most 10 s (the service worker's registration): room to spare. */
const MAX_WAIT_MS = 20_000;

export async function firstVisitScripts(url: string, distDir: string): Promise<SizedFile[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const scripts = new Map<string, SizedFile>();
    let lastRequest = Date.now();
    page.on('request', (request) => {
      const { origin, pathname } = new URL(request.url());
      if (origin !== new URL(url).origin || !/\.m?js$/.test(pathname)) return;
      lastRequest = Date.now();
      const file = pathname.replace(/^\//, '');
      const code = readFileSync(join(distDir, file));
      scripts.set(file, { file, bytes: code.length, gzip: gzipSize(code) });
    });
    const start = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    // Settled: the service worker (registered at idle, the last idle task) has a
    // registration, and then nothing new has loaded for a while.
    await page.waitForFunction(
      async () => Boolean(await navigator.serviceWorker?.getRegistration()),
      undefined,
      { timeout: MAX_WAIT_MS, polling: 250 },
    );
    while (Date.now() - lastRequest < QUIET_MS && Date.now() - start < MAX_WAIT_MS) {
      await page.waitForTimeout(250);
    }
    return [...scripts.values()];
  } finally {
    await browser.close();
  }
}
