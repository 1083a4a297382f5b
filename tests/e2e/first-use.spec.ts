/**
 * A first visit that only looks fetches the entry alone; what answers the reader loads on
 * their first use of the page, and the tap or key that woke it is answered, not lost.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

/** The chunks that answer the reader (not the entry, nor the service worker's registration). */
const READER_CHUNK = /\/(SentenceLayer|wordsRuntime|FinishText|SettingsControls|AppNotices)-/;

async function pointOf(page: Page, id: string, word: string) {
  return page.locator(`#${id}`).evaluate((element, text) => {
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

test('a first visit that only looks loads nothing that answers the reader', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  await page.goto('/?view=parallel');
  await waitForHydration(page);
  // The idle work ends with the service worker's registration.
  await page.waitForFunction(async () => Boolean(await navigator.serviceWorker.getRegistration()));
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => READER_CHUNK.test(url))).toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-sentences', 'ready');
});

test('the tap that first uses the page opens the word card', async ({ page }, testInfo) => {
  await page.goto('/?view=parallel');
  await waitForHydration(page);
  const { x, y } = await pointOf(page, 's-lead-0', 'diperkirakan');
  // The click's own move is the first use: the layer is still loading when it lands.
  if (testInfo.project.name === 'phone') await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await expect(page.getByRole('dialog', { name: 'diperkirakan' })).toBeVisible();
  // The card took the tap: the sentence peek stayed closed.
  await expect(page.getByRole('dialog')).toHaveCount(1);
});

test('the key that first uses the page moves the reading cursor', async ({ page }) => {
  await page.goto('/?view=id');
  await waitForHydration(page);
  await page.keyboard.press('j');
  await expect(page.locator('[data-cursor]').first()).toHaveAttribute('data-seg', /^s-/);
  await expect(page.locator(':focus')).toHaveAttribute('data-seg', /^s-/);
});

test('a link to a sentence is followed without any input', async ({ page }) => {
  await page.goto('/?view=en#s-p9-0');
  await waitForHydration(page);
  const sentence = page.locator('#s-p9-0-t');
  await expect(sentence).toHaveAttribute('data-linked', '');
  await expect(sentence).toBeInViewport();
});
