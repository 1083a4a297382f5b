import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';

/** Puts `word` of sentence `id` near the bottom of the window and taps or clicks it. */
async function openCardLow(page: Page, id: string, word: string, touch: boolean) {
  const point = await page.locator(`#${id}`).evaluate((element, text) => {
    const node = element.firstChild;
    const at = element.textContent.indexOf(text);
    if (!node || at < 0) throw new Error(`${text} is not in ${element.id}`);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const before = range.getBoundingClientRect();
    window.scrollBy(0, before.top - window.innerHeight + 120);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, word);
  if (touch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  const card = page.getByRole('dialog', { name: word });
  await expect(card).toBeVisible();
  return card;
}

test.describe('the word card always fits', () => {
  for (const view of ['id', 'parallel']) {
    test(`a word low in the window (${view}) keeps its status row on screen`, async ({
      page,
    }, testInfo) => {
      const touch = testInfo.project.name === 'phone';
      await page.goto(`/?view=${view}`);
      await waitForApp(page);
      const card = await openCardLow(page, 's-p5-1', 'memposting', touch);
      const learning1 = card.getByRole('radio', { name: 'Learning 1' });
      await expect(learning1).toBeVisible();
      await page.waitForFunction(() => document.getAnimations().length === 0);
      const height = page.viewportSize()?.height ?? 0;
      const box = await card.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
      const status = await card.getByRole('group', { name: /status for the root/ }).boundingBox();
      expect((status?.y ?? 0) + (status?.height ?? 0)).toBeLessThanOrEqual(height);
      expect(status?.y ?? -1).toBeGreaterThanOrEqual(0);
      // The status row shows without scrolling the card.
      expect(await card.evaluate((element) => element.scrollTop)).toBe(0);
      // And the word it is about is not hidden under the card (once any scrolling is over).
      const overlap = () =>
        page.evaluate(() => {
          const highlight = CSS.highlights.get('sanding-word');
          const range = highlight ? [...highlight][0] : undefined;
          const card = document.querySelector('[data-word-card]');
          if (!(range instanceof Range) || !card) return 'missing';
          const word = range.getBoundingClientRect();
          const box = card.getBoundingClientRect();
          return word.bottom > box.top && word.top < box.bottom ? 'covered' : 'clear';
        });
      await expect.poll(overlap).toBe('clear');
    });
  }
});
