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

  test('10,000 roots: imported in a worker, the list opens, searches and scrolls to the end', async ({
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
    // The file is read in the import worker (the CSP's worker-src allows it).
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await panel.getByLabel('Import JSON').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect(panel.getByText(/Imported 10000 roots/)).toBeVisible({ timeout: 30_000 });
    expect(workers.some((url) => /wordImport\.worker/.test(url))).toBe(true);

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
    const dialog = page.getByRole('dialog', { name: 'Your words' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Showing 10000 of 10000 roots')).toBeVisible();
    // Only a window of rows is in the document; each says its place in the whole.
    const list = dialog.getByRole('list', { name: 'Saved roots' });
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(80);
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '10000');
    // Speed is measured by `npm run bench:words`; this only guards against a return of the
    // freeze (4.5 s for 6,000 roots).
    expect(first).toBeLessThan(2000);

    // The search field finds a root far down the list.
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('akar9990');
    await expect(dialog.getByText('Showing 1 of 10000 roots')).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('combobox', { name: 'Status of akar9990' })).toBeVisible();
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect(dialog.getByText('Showing 10000 of 10000 roots')).toBeVisible();

    // Scrolling to the end brings the last root (the oldest) into view.
    await expect(async () => {
      await dialog.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      await expect(list.getByRole('combobox', { name: 'Status of akar9999' })).toBeVisible({
        timeout: 500,
      });
    }).toPass({ timeout: 15_000 });
    await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', '10000');

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});
