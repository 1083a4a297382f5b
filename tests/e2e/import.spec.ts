import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { STORAGE_KEY, axeViolations, expect, test, waitForApp } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const ORIGINAL = readFileSync(join(FIXTURES, 'pasar.id.txt'), 'utf8');
const TRANSLATION = readFileSync(join(FIXTURES, 'pasar.en.txt'), 'utf8');

const pairs = (page: Page) =>
  page.getByRole('table', { name: 'Aligned sentence pairs' }).locator('tbody tr');

/** Fills the form by pasting (the fields are ordinary text areas) and aligns. */
async function pasteAndAlign(page: Page, title = 'Harga cabai naik') {
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a text' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Indonesian text' }).fill(ORIGINAL);
  await page.getByRole('textbox', { name: 'English translation' }).fill(TRANSLATION);
  await page.getByRole('button', { name: 'Align' }).click();
  await expect(pairs(page).first()).toBeVisible();
}

test.describe('import', () => {
  test('is linked from the top bar', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Import' }).click();
    await expect(page).toHaveURL(/\/import$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Import a text' })).toBeVisible();
  });

  test('aligns a pasted text, takes every correction with undo, saves, and reads it in every view', async ({
    page,
  }) => {
    await pasteAndAlign(page);
    // 1-1 pairs everywhere except "Shoppers complain. But they still buy." (1-2).
    await expect(pairs(page)).toHaveCount(8);
    const shoppers = pairs(page).filter({ hasText: 'Pembeli mengeluh' });
    await expect(shoppers).toContainText('Shoppers complain.');
    await expect(shoppers).toContainText('But they still buy.');
    await expect(
      page.getByText('Pembeli mengeluh, tetapi tetap membeli.', { exact: true }),
    ).toHaveAttribute('lang', 'id');

    // Merge pair 1 with 2, then undo.
    await page.getByRole('radio', { name: 'Select pair 1' }).check();
    await page.getByRole('button', { name: 'Merge with next' }).click();
    await expect(pairs(page)).toHaveCount(7);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(pairs(page)).toHaveCount(8);
    // Redo by key, undo by key.
    await page.getByRole('radio', { name: 'Select pair 1' }).focus();
    await page.keyboard.press('Control+y');
    await expect(pairs(page)).toHaveCount(7);
    await page.keyboard.press('Control+z');
    await expect(pairs(page)).toHaveCount(8);

    // Split the 1-2 pair into 1-1 and 0-1, then undo.
    await shoppers.getByRole('radio').check();
    await page.getByRole('button', { name: 'Split…' }).click();
    await page.getByRole('button', { name: 'Split after Indonesian 1 and English 1' }).click();
    await expect(pairs(page)).toHaveCount(9);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(pairs(page)).toHaveCount(8);

    // Move the second English sentence down and back up; mark one as having no counterpart.
    await shoppers.getByRole('radio').check();
    await page
      .getByRole('group', { name: 'English' })
      .getByRole('button', { name: 'Last to the pair below' })
      .click();
    await expect(pairs(page).filter({ hasText: 'Warung makan' })).toContainText(
      'But they still buy.',
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByRole('group', { name: 'English' })
      .getByRole('button', { name: 'Last: no counterpart' })
      .click();
    await expect(pairs(page)).toHaveCount(9);
    await expect(pairs(page).filter({ hasText: 'But they still buy.' })).toContainText(
      'No counterpart',
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(pairs(page)).toHaveCount(8);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/read\/harga-cabai-naik-[a-z0-9]+$/);
    await waitForApp(page);
    await expect(
      page.getByRole('heading', { level: 1 }).locator('[lang="id"]').first(),
    ).toBeVisible();

    const views = [
      ['Indonesian', 'Pasar Baru di pinggir kota itu', true, false],
      ['English', 'The New Market on the edge of town', false, true],
      ['Side by side', 'Bu Ratna menjual cabai', true, true],
      ['Interlinear', 'Dinas Perdagangan berjanji', true, true],
    ] as const;
    for (const [name, sample, showsId, showsEn] of views) {
      await page.getByRole('radio', { name, exact: true }).check();
      const id = page
        .locator('p[lang="id"]', { hasText: 'Pasar Baru di pinggir kota itu' })
        .first();
      const en = page.locator('p[lang="en"]', { hasText: 'The New Market on the edge' }).first();
      if (showsId) await expect(id).toBeVisible();
      else await expect(id).toBeHidden();
      if (showsEn) await expect(en).toBeVisible();
      else await expect(en).toBeHidden();
      await expect(page.getByText(sample).first()).toBeAttached();
    }
  });

  test('exports a saved text and imports it again into the library', async ({ page }) => {
    await pasteAndAlign(page, 'Pasar pagi');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/read\/pasar-pagi-/);
    await waitForApp(page);
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('navigation', { name: 'This text' })
      .getByRole('button', { name: 'Export' })
      .click();
    const download = await downloading;
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string;
      title: string;
      original: { blocks: { segments: string[] }[] };
      translation: { blocks: { segments: string[] }[] };
    };
    expect(file.format).toBe('sanding-text');
    expect(file.title).toBe('Pasar pagi');
    expect(file.original.blocks.map((b) => b.segments.length)).toEqual(
      file.translation.blocks.map((b) => b.segments.length),
    );

    await page.goto('/library');
    await page.getByLabel('Import texts').setInputFiles(path);
    await expect(page.getByRole('listitem', { name: /Pasar pagi/ })).toHaveCount(2);
  });

  test('reads files picked for each field and names the problem with a bad one', async ({
    page,
  }) => {
    await page.goto('/import');
    await page.getByRole('button', { name: 'Choose a file for the Indonesian text' }).waitFor();
    await page
      .locator('input[type="file"][data-field="original"]')
      .setInputFiles(join(FIXTURES, 'broken.txt'));
    await expect(page.getByRole('alert')).toContainText('broken.txt is not a text file');
    await page
      .locator('input[type="file"][data-field="original"]')
      .setInputFiles(join(FIXTURES, 'pasar.id.txt'));
    await expect(page.getByRole('textbox', { name: 'Indonesian text' })).toHaveValue(ORIGINAL);
    await page.locator('input[type="file"][data-field="translation"]').setInputFiles({
      name: 'pasar.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        `<html><body><script>document.title='x'</script><p>${TRANSLATION.split('\n\n').join('</p><p>')}</p></body></html>`,
      ),
    });
    await expect(page.getByRole('textbox', { name: 'English translation' })).toHaveValue(
      /^The New Market/,
    );
    await expect(page.getByText('The markup was removed')).toBeVisible();
    await page.getByRole('button', { name: 'Align' }).click();
    await expect(pairs(page)).toHaveCount(8);
  });

  test('keeps a half-finished import across a reload', async ({ page }) => {
    await page.goto('/import');
    await page.getByRole('textbox', { name: 'Indonesian text' }).fill(ORIGINAL);
    await page.getByRole('textbox', { name: 'Title' }).fill('Belum selesai');
    await page.waitForTimeout(700);
    await page.reload();
    await expect(page.getByText('Your unfinished import was restored.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Indonesian text' })).toHaveValue(ORIGINAL);
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Belum selesai');
  });

  test('corrects the alignment of a saved text from its reading page', async ({ page }) => {
    await pasteAndAlign(page, 'Koreksi');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/read\/koreksi-/);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Correct the alignment' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Correct the alignment' }),
    ).toBeVisible();
    await expect(pairs(page)).toHaveCount(8);
    await page.getByRole('radio', { name: 'Select pair 1' }).check();
    await page.getByRole('button', { name: 'Merge with next' }).click();
    await page.getByRole('button', { name: 'Save the corrections' }).click();
    await expect(page).toHaveURL(/\/read\/koreksi-/);
    await waitForApp(page);
    const first = page
      .locator('[lang="id"] .seg, .seg[lang="id"]')
      .filter({ hasText: 'Pasar Baru' })
      .first();
    await expect(first).toContainText('Para pedagang sayur');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${theme}, form and review`, async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        STORAGE_KEY,
        JSON.stringify({ theme }),
      ] as const);
      await pasteAndAlign(page);
      await page.getByRole('button', { name: 'Next pair to check' }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('word study works on an imported text: tap, card with the dictionary meaning, English lit, status kept', async ({
    page,
  }, testInfo) => {
    await pasteAndAlign(page, 'Kata di pasar');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/read\/kata-di-pasar-/);
    await waitForApp(page);
    await page.getByRole('radio', { name: 'Side by side', exact: true }).check();
    const sentence = page
      .locator('.seg[lang="id"], [lang="id"] .seg')
      .filter({ hasText: 'Bu Ratna menjual cabai' })
      .first();
    await sentence.scrollIntoViewIfNeeded();
    const box = await sentence.evaluate((element) => {
      const node = [...element.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('menjual'),
      );
      if (!node?.textContent) throw new Error('no text');
      const at = node.textContent.indexOf('menjual');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'menjual'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    if (testInfo.project.name === 'phone') await page.touchscreen.tap(box.x, box.y);
    else await page.mouse.click(box.x, box.y);
    const card = page.getByRole('dialog', { name: 'menjual' });
    await expect(card).toBeVisible();
    await expect(card.getByText('meN- + jual').first()).toBeVisible();
    await expect(card.getByText(/\bsell\b/).first()).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('sanding-word-en') ?? [])].map((range) => String(range)),
        ),
      )
      .toEqual(['sells']);
    // Once the tap has brought the dictionary in, the header counts this text's roots, as
    // the library does.
    await expect(page.getByText(/^0 of \d+ roots known \(0%\)$/)).toBeVisible();
    await card.getByRole('radio', { name: 'Learning 1' }).check();
    await expect(card.getByRole('status')).toHaveText('Saved as Learning 1.');
    await page.reload();
    await waitForApp(page);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('sanding-status-learning-1') ?? [])].map((range) =>
            String(range),
          ),
        ),
      )
      .toContain('menjual');
  });

  test('marks the remaining new words of an imported text as known, with undo', async ({
    page,
  }) => {
    await pasteAndAlign(page, 'Kata yang dikenal');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/read\/kata-yang-dikenal-/);
    await waitForApp(page);
    const finish = page.getByRole('region', { name: 'Finished the text?' });
    await finish.scrollIntoViewIfNeeded();
    await finish.getByRole('button', { name: 'Mark the remaining new words as known' }).click();
    await expect(finish.locator('.finish-text-status')).toHaveText(
      /^[1-9]\d+ roots marked as known\.$/,
      { timeout: 15_000 },
    );
    // The header's count follows: most of the text's roots are known now.
    await expect(page.getByText(/^[1-9]\d* of \d+ roots known \([1-9]\d*%\)$/)).toBeVisible();
    await finish.getByRole('button', { name: 'Undo' }).click();
    await expect(finish.locator('.finish-text-status')).toHaveText(
      'Undone: the roots are new again.',
    );
    await expect(page.getByText(/^0 of \d+ roots known \(0%\)$/)).toBeVisible();
  });
});
