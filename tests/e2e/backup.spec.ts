/**
 * Backup and restore in a real browser: back up a library with a text, its reading state
 * and the theme, lose all of it, and restore it by Replace.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { STORAGE_KEY, axeViolations, expect, test } from './fixtures';

/** Chooses a theme as a stored preference (the settings menu writes the same). */
async function storeTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, JSON.stringify({ theme: value })),
    [STORAGE_KEY, theme] as const,
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

const fixture = (name: string) =>
  join(import.meta.dirname, '..', 'fixtures', 'texts', `${name}.sanding-text.json`);

test('backs up everything, and a restore by Replace brings it all back', async ({ page }) => {
  await page.goto('/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.getByLabel('Import texts').setInputFiles([fixture('hujan-sore')]);
  await expect(page.getByText('Imported “Hujan Sore”.')).toBeVisible();
  await storeTheme(page, 'dark');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sanding-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = test.info().outputPath('backup.json');
  await file.saveAs(path);
  await expect(page.getByText(`Backup saved as ${file.suggestedFilename()}.`)).toBeVisible();

  // Lose the text and the theme.
  await page.getByRole('button', { name: 'Delete “Hujan Sore”' }).click();
  await expect(page.getByRole('listitem', { name: 'Hujan Sore' })).toHaveCount(0);
  await storeTheme(page, 'light');

  await page.getByLabel('Restore from a backup…').setInputFiles(path);
  const question = page.getByRole('heading', { name: 'Restore this backup?' });
  await expect(question).toBeFocused();
  await expect(page.getByText(/^Made on .*: 1 text and 0 words\.$/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Replace' }).click();

  await expect(
    page.getByText(/^Replaced: this device now holds the backup's 1 text/),
  ).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Hujan Sore' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Read “Hujan Sore”' }).click();
  await expect(page.getByText('Anak-anak berlari pulang sambil tertawa.')).toBeVisible();
});
