import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const STORAGE_KEY = 'sanding:preferences:v1';

/** The first body paragraph in each language, found by its language attribute. */
export function firstParagraph(page: Page, lang: 'id' | 'en') {
  return page.locator(`.article-body p[lang="${lang}"]`).first();
}

/**
 * A test that fails on any console error or page error (hydration warnings included), and on
 * any Content-Security-Policy violation the page reports (`securitypolicyviolation`).
 */
export const test = base.extend<{ consoleErrors: string[]; cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      const violations: string[] = [];
      await use(violations);
      if (!page.isClosed() && page.url().startsWith('http')) {
        const found = await page
          .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
          .catch(() => []);
        violations.push(...found);
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core with the WCAG 2.x A/AA rules and best practices; returns the violations. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/**
 * Waits until the app has hydrated the prerendered page, then uses it as a reader first
 * does (a pointer moving over the page's edge) and waits until the parts that answer the
 * reader (sentence linking and keys) are live, and no transition is still running.
 */
export async function waitForApp(page: Page) {
  await waitForHydration(page);
  // Two moves: a pointer already resting where it is sent would not move at all.
  await page.mouse.move(2, 2);
  await page.mouse.move(1, 1);
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-sentences') === 'ready',
  );
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

/** Waits until the app has hydrated the prerendered page, and uses nothing. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

/** Waits until the service worker (registered once the page is idle) controls the page. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not controlled until the worker claims it or the page reloads.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The middle of `word` in sentence `id`, in viewport coordinates, after scrolling to it. */
export async function wordPoint(page: Page, id: string, word: string) {
  const sentence = page.locator(`#${id}`);
  await sentence.scrollIntoViewIfNeeded();
  return sentence.evaluate((element, text) => {
    const node = element.firstChild;
    const at = element.textContent.indexOf(text);
    if (!node || at < 0) throw new Error(`${text} is not in ${element.id}`);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, word);
}
