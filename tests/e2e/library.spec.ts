import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { STORAGE_KEY, axeViolations, expect, test, waitForApp } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'texts');
const fixture = (name: string) => join(FIXTURES, `${name}.sanding-text.json`);
const BUILTIN_TITLE = /^Rayakan 'Hari Kemenangan'/;

/** Opens the library and imports the named fixtures through the file picker. */
async function importFixtures(page: Page, names: string[]) {
  await page.goto('/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.getByLabel('Import texts').setInputFiles(names.map(fixture));
  for (const name of names) {
    await expect(
      page
        .getByRole('listitem')
        .filter({ has: page.locator(`a[href="/read/${name}"]`) })
        .first(),
    ).toBeVisible();
  }
}

/** Records, at the first frame, whether the built-in article could be seen. */
async function watchFirstFrame(page: Page) {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const headline = Array.from(document.querySelectorAll('h1')).find((h) =>
        h.textContent?.includes('Hari Kemenangan'),
      );
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        builtinVisible: headline ? headline.getClientRects().length > 0 : false,
      };
    });
  });
}

test.describe('the library', () => {
  test('is linked from the top bar and lists the built-in article, with an empty state', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Library' }).click();
    await expect(page).toHaveURL(/\/library$/);
    await expect(page.getByRole('link', { name: 'Library' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('listitem', { name: BUILTIN_TITLE })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your texts will appear here' })).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${theme}, empty and with texts`, async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        STORAGE_KEY,
        JSON.stringify({ theme }),
      ] as const);
      await page.goto('/library');
      await expect(
        page.getByRole('heading', { name: 'Your texts will appear here' }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await importFixtures(page, ['pasar-pagi', 'hujan-sore', 'catatan-harian']);
      await expect(page.getByText(/roots known/).first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('opens, renames, deletes and undoes', async ({ page }) => {
    await importFixtures(page, ['pasar-pagi']);
    await page.getByRole('button', { name: 'Rename “Pasar Pagi di Tepi Sungai”' }).click();
    const field = page.getByRole('textbox', { name: 'New title' });
    await expect(field).toBeFocused();
    await field.fill('Pasar Subuh');
    await field.press('Enter');
    await expect(page.getByRole('listitem', { name: 'Pasar Subuh' })).toBeVisible();

    await page.getByRole('button', { name: 'Delete “Pasar Subuh”' }).click();
    await expect(page.getByRole('listitem', { name: 'Pasar Subuh' })).toHaveCount(0);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await undo.press('Enter');
    await expect(page.getByRole('listitem', { name: 'Pasar Subuh' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pasar Subuh', exact: true })).toBeFocused();

    await page.getByRole('link', { name: 'Read “Pasar Subuh”' }).click();
    await expect(page).toHaveURL(/\/read\/pasar-pagi$/);
    await expect(
      page.getByRole('heading', { level: 1, name: /Pasar Pagi di Tepi Sungai/ }),
    ).toBeVisible();
  });

  test('exports a text, and the file imports back after the text is deleted', async ({ page }) => {
    await importFixtures(page, ['hujan-sore']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export “Hujan Sore”' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('hujan-sore.sanding-text.json');
    const path = test.info().outputPath('exported.json');
    await file.saveAs(path);
    await page.getByRole('button', { name: 'Delete “Hujan Sore”' }).click();
    await expect(page.getByRole('listitem', { name: 'Hujan Sore' })).toHaveCount(0);
    await page.getByLabel('Import texts').setInputFiles(path);
    await expect(page.getByText('Imported “Hujan Sore”.')).toBeVisible();
    await page.getByRole('link', { name: 'Read “Hujan Sore”' }).click();
    await expect(page).toHaveURL(/\/read\/hujan-sore$/);
    await expect(page.getByText('Anak-anak berlari pulang sambil tertawa.')).toBeVisible();
  });

  test('names the problem of each bad file, by picker and by drop, and changes nothing', async ({
    page,
  }) => {
    await page.goto('/library');
    await page.getByLabel('Import texts').setInputFiles([
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') },
      {
        name: 'other.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'subtitles', version: 1 })),
      },
    ]);
    await expect(
      page.getByText('broken.json was not imported: it is not valid JSON.'),
    ).toBeVisible();
    await expect(
      page.getByText(
        'other.json was not imported: it is not a sanding-text file ("format" is "subtitles").',
      ),
    ).toBeVisible();

    const unpaired = JSON.stringify({
      format: 'sanding-text',
      version: 1,
      title: 'Satu',
      original: { lang: 'id', blocks: [{ key: 'p1', kind: 'paragraph', segments: ['Satu.'] }] },
      translation: { lang: 'en', blocks: [{ key: 'p2', kind: 'paragraph', segments: ['One.'] }] },
    });
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'unpaired.json', { type: 'application/json' }));
      return data;
    }, unpaired);
    const library = page.locator('section.library');
    await library.dispatchEvent('dragover', { dataTransfer: transfer });
    await library.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(
      page.getByText(
        'unpaired.json was not imported: block "p1" is in the original only, so the blocks do not pair.',
      ),
    ).toBeVisible();
    await expect(page.getByText('1 text', { exact: true })).toBeVisible();
  });
});

test.describe('an address per text', () => {
  test('a stored text opens at its address with view and sentence links, never flashing the built-in article', async ({
    page,
    context,
  }) => {
    await importFixtures(page, ['pasar-pagi']);
    await watchFirstFrame(page);
    await page.goto('/read/pasar-pagi?view=en#s-p1-1');
    expect(
      await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame),
    ).toEqual({
      builtinVisible: false,
    });
    await waitForApp(page);
    await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked();
    await expect(page.locator('#s-p1-1-t')).toBeVisible();
    await expect(page.locator('#s-p1-1')).toHaveAttribute('data-linked', '');
    await expect(page).toHaveTitle('Pasar Pagi di Tepi Sungai · Sanding');
    await expect(page.getByText(BUILTIN_TITLE)).toHaveCount(0);

    // Reload, a new tab and back/forward land on the same text.
    await page.reload();
    await waitForApp(page);
    await expect(page.getByText('They sell vegetables, fish and traditional cakes.')).toBeVisible();
    const tab = await context.newPage();
    await tab.goto('/read/pasar-pagi');
    await expect(tab.getByRole('heading', { level: 1, name: /Pasar Pagi/ })).toBeVisible();
    await tab.close();
    await page.getByRole('link', { name: 'Library' }).click();
    await expect(page).toHaveURL(/\/library$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/read\/pasar-pagi\?view=en/);
    // The English view shows the English title.
    await expect(
      page.getByRole('heading', { level: 1, name: 'The Morning Market by the River' }),
    ).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });

  test('remembers the view per text', async ({ page }) => {
    await importFixtures(page, ['pasar-pagi']);
    await page.goto('/read/pasar-pagi');
    await waitForApp(page);
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked();
    await page.waitForTimeout(300);
    // Another text in another view...
    await page.goto('/');
    await waitForApp(page);
    await page.keyboard.press('1');
    await expect(page.getByRole('radio', { name: 'Indonesian', exact: true })).toBeChecked();
    // ...and this one opens in its own.
    await page.goto('/read/pasar-pagi');
    await waitForApp(page);
    await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked();
    // Which did not become the other text's view.
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByRole('radio', { name: 'Indonesian', exact: true })).toBeChecked();
  });

  test('remembers the reading place per text', async ({ page }) => {
    await importFixtures(page, ['pasar-pagi']);
    await page.goto('/read/pasar-pagi');
    await waitForApp(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.locator('#s-p1-0')).toHaveAttribute('data-cursor', '');
    await page.waitForTimeout(700);
    await page.goto('/library');
    await expect(
      page.getByRole('listitem', { name: 'Pasar Pagi di Tepi Sungai' }).getByText('50% read'),
    ).toBeVisible();
    await page.goto('/read/pasar-pagi');
    await waitForApp(page);
    await expect(page.locator('#s-p1-0')).toHaveAttribute('data-cursor', '');
  });

  test('an unknown id says the text is not in the library, with a link to it', async ({ page }) => {
    await page.goto('/read/no-such-text');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This text is not in your library' }),
    ).toBeFocused();
    await page.getByRole('link', { name: 'Go to the library' }).click();
    await expect(page).toHaveURL(/\/library$/);
  });

  test('the built-in article is prerendered at its own address too', async ({ page, request }) => {
    const html = await (await request.get('/read/hari-kemenangan-2023')).text();
    expect(html).toContain('Rayakan');
    await page.goto('/read/hari-kemenangan-2023?view=id#s-p2-0');
    await waitForApp(page);
    await expect(page.locator('#s-p2-0')).toHaveAttribute('data-linked', '');
    await expect(page.getByRole('radio', { name: 'Indonesian', exact: true })).toBeChecked();
  });

  test('a text without translation reads in Indonesian and the English views say so', async ({
    page,
  }) => {
    await importFixtures(page, ['catatan-harian']);
    await page.goto('/read/catatan-harian?view=en');
    await waitForApp(page);
    await expect(page.getByRole('note')).toHaveText(
      'This text has no English translation yet, so it is shown in Indonesian.',
    );
    await expect(page.getByText('Saya membaca setiap surat dengan senang hati.')).toBeVisible();
    await page.getByRole('radio', { name: 'Indonesian', exact: true }).check();
    await expect(page.getByRole('note')).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    // Word study works on it: the first sentence's first word, by keyboard (from the page,
    // not from the view radio, where letters are the radio's).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    await page.keyboard.press('w');
    await expect(page.getByRole('dialog', { name: 'Hari' })).toBeVisible();
  });

  test('a deliberate gap shows a quiet "no counterpart", not "Translation missing"', async ({
    page,
  }) => {
    await importFixtures(page, ['hujan-sore']);
    await page.goto('/read/hujan-sore?view=parallel');
    await waitForApp(page);
    await expect(page.getByText('no counterpart')).toHaveCount(2);
    await expect(page.getByText('Translation missing')).toHaveCount(0);
    await expect(page.getByText('The streets were empty within minutes.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
