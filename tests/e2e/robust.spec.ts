import type { Page } from '@playwright/test';
import { axeViolations, expect, test, waitForApp, wordPoint } from './fixtures';

/** Opens the word card by clicking the middle of `word` in sentence `id`. */
async function clickWord(page: Page, id: string, word: string) {
  const point = await wordPoint(page, id, word);
  await page.mouse.click(point.x, point.y);
  return page.getByRole('dialog', { name: word });
}

test.describe('under attack', () => {
  for (const url of ['/?view=en#s-p1-0%', '/#%', '/#%zz']) {
    test(`a malformed hash keeps the article: ${url}`, async ({ page }) => {
      await page.goto(url);
      await waitForApp(page);
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
      await expect(page.getByRole('article')).toBeVisible();
      await page.reload();
      await waitForApp(page);
      await expect(page.getByRole('article')).toBeVisible();
    });
  }

  test('a word-list chunk that failed to load says so, and loads on the next use', async ({
    page,
    consoleErrors,
  }) => {
    let aborted = 0;
    await page.route(/\/WordListPanel-[\w-]+\.js$/, async (route) => {
      if (aborted === 0) {
        aborted += 1;
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Words', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('couldn’t load');
    await expect(page.getByRole('dialog', { name: 'Your words' })).toHaveCount(0);
    expect(aborted).toBe(1);
    // The failed request and its import error are the point of this test.
    consoleErrors.length = 0;

    await page.getByRole('button', { name: 'Words', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Your words' })).toBeVisible();
    await expect(page.getByText(/couldn’t load/)).toHaveCount(0);
  });

  test('card, word list, Escape: focus returns to the card', async ({ page }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    const card = await clickWord(page, 's-lead-0', 'diperkirakan');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Open the word list' }).click();
    await expect(page.getByRole('dialog', { name: 'Your words' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Your words' })).toHaveCount(0);
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: 'Open the word list' })).toBeFocused();
  });

  test('text-size buttons are named by what they show; one Import JSON button', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await expect(page.getByRole('button', { name: 'A+ Larger text' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'A− Smaller text' })).toBeVisible();
    expect(
      (await axeViolations(page)).filter((v) => v.id === 'label-content-name-mismatch'),
    ).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Words', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Your words' });
    await expect(panel).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import JSON' })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('10,000 roots: imported without freezing, the list opens without freezing', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Words', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Your words' });
    const file = await page.evaluate(() => {
      const words = Array.from({ length: 10_000 }, (_, index) => {
        const root = `akar${index}`;
        const sentence = `Mereka ${root} itu.`;
        const at = new Date(Date.UTC(2026, 10, 20) - index * 60_000).toISOString();
        return {
          id: root,
          root,
          status: 'new',
          forms: [root],
          breakdown: root,
          gloss: `gloss ${index}`,
          context: {
            articleId: 'hari-kemenangan-2023',
            segmentId: 's-p1-0',
            sentence,
            translation: `They ${root} it.`,
            form: root,
            start: 7,
            end: 7 + root.length,
          },
          card: {
            due: at,
            stability: 0,
            difficulty: 0,
            elapsed_days: 0,
            scheduled_days: 0,
            learning_steps: 0,
            reps: 0,
            lapses: 0,
            state: 0,
          },
          created: at,
          updated: at,
        };
      });
      return JSON.stringify({ format: 'sanding-words', version: 1, exported: '', words });
    });
    // Long tasks while importing: none may freeze the page for long.
    await page.evaluate(() => {
      const longest = { ms: 0 };
      (window as unknown as { longest: typeof longest }).longest = longest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await panel.getByLabel('Import JSON').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect(panel.getByText(/Imported 10000 roots/)).toBeVisible({ timeout: 30_000 });
    const longest = await page.evaluate(
      () => (window as unknown as { longest: { ms: number } }).longest.ms,
    );
    console.log(`longest task while importing 10,000 roots: ${Math.round(longest)} ms`);

    await page.reload();
    await waitForApp(page);
    // Word study starts at idle for a learner with a word list; wait until it has counted.
    await expect(page.getByText(/roots known/)).toBeVisible({ timeout: 15_000 });
    const openList = () =>
      page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find(
          (element) => element.textContent?.trim() === 'Words',
        );
        const start = performance.now();
        button?.click();
        await new Promise<void>((resolve) => {
          const check = () =>
            document.querySelector('dialog[open] li') ? resolve() : requestAnimationFrame(check);
          check();
        });
        return performance.now() - start;
      });
    const first = await openList();
    await expect(page.getByRole('dialog', { name: 'Your words' })).toBeVisible();
    await expect(page.getByText('Showing 10000 of 10000 roots')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Your words' })).toHaveCount(0);
    const again = await openList();
    console.log(
      `word list of 10,000 roots: first open ${Math.round(first)} ms, again ${Math.round(again)} ms`,
    );
    // Rendering every root took 4.5 s for 6,000. On a quiet machine the list opens in
    // 50-200 ms (the 300 ms target); this shared test machine varies a lot, so the guard
    // here is against a return of the freeze, not a stopwatch.
    expect(Math.min(first, again)).toBeLessThan(1000);
  });
});
