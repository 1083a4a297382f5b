/**
 * A first visit that only looks fetches the entry alone; what answers the reader loads on
 * their first use of the page, and the tap or key that woke it is answered, not lost.
 */
import { expect, test, waitForHydration, wordPoint } from './fixtures';

/** The chunks that answer the reader (not the entry, nor the service worker's registration). */
const READER_CHUNK = /\/(SentenceLayer|wordsRuntime|FinishText|SettingsControls|AppNotices)-/;

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
  const { x, y } = await wordPoint(page, 's-lead-0', 'diperkirakan');
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

test('a pointer that first rests on a sentence lights it once the layer is in', async ({
  page,
}) => {
  await page.goto('/?view=parallel');
  await waitForHydration(page);
  const { x, y } = await wordPoint(page, 's-lead-0', 'peringatan');
  await page.mouse.move(x, y);
  await expect(page.locator('#s-lead-0')).toHaveAttribute('data-active', '');
  await expect(page.locator('#s-lead-0-t')).toHaveAttribute('data-active', '');
});
