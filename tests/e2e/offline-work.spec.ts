/**
 * A learner's work with the network off: after one visit (the service worker installed),
 * import a text and save a word online, then go offline and reload the built-in article,
 * the library and the imported text, tap a word (its meaning comes from the dictionary's
 * precached parts) and review a card.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp, waitForOfflineReady } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const ORIGINAL = readFileSync(join(FIXTURES, 'pasar.id.txt'), 'utf8');
const TRANSLATION = readFileSync(join(FIXTURES, 'pasar.en.txt'), 'utf8');

/** Clicks (desktop) or taps (phone) the first `word` in the Indonesian sentence holding it. */
async function touchWord(page: Page, sentenceText: string, word: string, touch: boolean) {
  const sentence = page
    .locator('.seg[lang="id"], [lang="id"] .seg')
    .filter({ hasText: sentenceText })
    .first();
  await sentence.scrollIntoViewIfNeeded();
  const box = await sentence.evaluate((element, text) => {
    const node = [...element.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(text),
    );
    if (!node?.textContent) throw new Error(`no ${text}`);
    const at = node.textContent.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, word);
  if (touch) await page.touchscreen.tap(box.x, box.y);
  else await page.mouse.click(box.x, box.y);
  return page.getByRole('dialog', { name: word });
}

test('imports, saves a word, then reads, looks up and reviews with the network off', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(90_000);
  const touch = testInfo.project.name === 'phone';
  await page.goto('/');
  await waitForApp(page);
  await waitForOfflineReady(page);

  // Online: import a text by pasting, aligning and saving.
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Title' }).fill('Pasar tanpa sinyal');
  await page.getByRole('textbox', { name: 'Indonesian text' }).fill(ORIGINAL);
  await page.getByRole('textbox', { name: 'English translation' }).fill(TRANSLATION);
  await page.getByRole('button', { name: 'Align' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/read\/pasar-tanpa-sinyal-[a-z0-9]+$/);
  const textUrl = page.url();
  // The first text of the learner's own: the browser was asked to keep the site's storage.
  expect(await page.evaluate(() => localStorage.getItem('sanding:persistence:v1'))).toMatch(
    /^"(granted|refused)"$/,
  );
  await waitForApp(page);
  await page.getByRole('radio', { name: 'Side by side', exact: true }).check();

  // Online: save a word's status from its card.
  const card = await touchWord(page, 'Bu Ratna menjual cabai', 'menjual', touch);
  await expect(card).toBeVisible();
  await card.getByRole('radio', { name: 'Learning 1' }).check();
  await expect(card.getByRole('status')).toHaveText('Saved as Learning 1.');

  await context.setOffline(true);
  try {
    // The built-in article.
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The library lists the imported text.
    await page.goto('/library');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Pasar tanpa sinyal' })).toBeVisible();

    // The imported text, and a word looked up in the dictionary (another letter's part).
    await page.goto(textUrl);
    await waitForApp(page);
    await expect(page.getByText('Pasar Baru di pinggir kota itu').first()).toBeVisible();
    await page.reload();
    await waitForApp(page);
    await page.getByRole('radio', { name: 'Side by side', exact: true }).check();
    const weighing = await touchWord(page, 'sambil menimbang', 'menimbang', touch);
    await expect(weighing).toBeVisible();
    await expect(weighing.getByText('meN- + timbang').first()).toBeVisible();
    await expect(weighing.getByText(/\bweigh/).first()).toBeVisible();
    await page.keyboard.press('Escape');

    // Review the saved word.
    await page.getByRole('button', { name: 'Words', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Your words' });
    await expect(panel.getByText('1 root due for review')).toBeVisible();
    await panel.getByRole('button', { name: 'Review' }).click();
    await panel.getByRole('button', { name: 'Show answer' }).click();
    await expect(panel.locator('.review-word')).toHaveText('menjual');
    await page.keyboard.press('3');
    await expect(panel.getByText('Done: 1 root reviewed.')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
