import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test, waitForApp, wordPoint } from './fixtures';

/** Word-study chunks (not `rolldown-runtime`, the bundler's own). */
const WORD_CHUNK =
  /\/(WordStudyHost|WordListPanel|startWordStudy|hari-kemenangan-2023|analyzer)-[\w-]+\.(js|css)$/;

/** The text of each range of a custom highlight (empty when it is not registered). */
function highlighted(page: Page, name: string) {
  return page.evaluate(
    (highlightName) => [...(CSS.highlights.get(highlightName) ?? [])].map((range) => String(range)),
    name,
  );
}

/** Opens the word card by clicking (desktop) or tapping (phone) on a word. */
async function touchWord(page: Page, id: string, word: string, touch: boolean) {
  const { x, y } = await wordPoint(page, id, word);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  return page.getByRole('dialog', { name: word });
}

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Words', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Your words' });
  await expect(panel).toBeVisible();
  return panel;
}

test.describe('word study', () => {
  test('loads nothing of word study before first use', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    // Give the idle-time check for an existing word list its chance to (not) load anything.
    await page.waitForTimeout(1500);
    expect(requests.filter((url) => WORD_CHUNK.test(url))).toEqual([]);
    // The hint keeps the header line's space from the first paint.
    await expect(page.getByText('Tap any Indonesian word to study it')).toBeVisible();

    await touchWord(page, 's-lead-0', 'diperkirakan', false);
    await expect(page.getByRole('dialog', { name: 'diperkirakan' })).toBeVisible();
    expect(requests.filter((url) => /WordStudyHost-.*\.js$/.test(url))).toHaveLength(1);
    expect(requests.filter((url) => /WordListPanel-.*\.js$/.test(url))).toEqual([]);
  });

  test('a tap or click on a word opens its card, with the English highlighted', async ({
    page,
  }, testInfo) => {
    const touch = testInfo.project.name === 'phone';
    await page.goto('/?view=parallel');
    await waitForApp(page);
    const card = await touchWord(page, 's-lead-0', 'diperkirakan', touch);
    await expect(card).toBeVisible();
    await expect(card.getByText('di- + per- + kira + -kan')).toBeVisible();
    await expect(card.getByText('is expected', { exact: false }).first()).toBeVisible();
    await expect.poll(() => highlighted(page, 'sanding-word')).toEqual(['diperkirakan']);
    await expect.poll(() => highlighted(page, 'sanding-word-en')).toEqual(['is expected']);
    // The reader's sentence peek stayed closed: the card took the tap.
    await expect(page.getByRole('dialog')).toHaveCount(1);
    // Under the word (on a phone, a sheet along the bottom with the word scrolled above it).
    await expect
      .poll(async () => {
        const word = await wordPoint(page, 's-lead-0', 'diperkirakan');
        const box = await card.boundingBox();
        return (box?.y ?? 0) > word.y + 8;
      })
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A tap elsewhere closes it and clears the marks.
    await page.locator('.brand').click();
    await expect(card).toBeHidden();
    await expect.poll(() => highlighted(page, 'sanding-word-en')).toEqual([]);
  });

  test('a multi-word expression is one target; in the Indonesian view the card translates', async ({
    page,
  }) => {
    await page.goto('/?view=id');
    await waitForApp(page);
    await touchWord(page, 's-p8-0', 'kota', false);
    const card = page.getByRole('dialog', { name: 'ibu kota' });
    await expect(card).toBeVisible();
    await expect(card.getByText('The commemoration is expected to include')).toBeVisible();
  });

  test('w opens the card on the current sentence; arrows move; Escape returns focus', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.locator('#s-headline-0')).toBeFocused();
    await page.keyboard.press('w');
    const card = page.getByRole('dialog', { name: 'Rayakan' });
    await expect(card).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: 'Hari Kemenangan' })).toBeVisible();
    await expect.poll(() => highlighted(page, 'sanding-word')).toEqual(['Hari Kemenangan']);
    await expect.poll(() => highlighted(page, 'sanding-word-en')).toEqual(['Victory Day']);
    // Reader keys do not fire inside the card.
    await page.keyboard.press('2');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'parallel');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('#s-headline-0')).toBeFocused();
  });

  test('save a root as Learning 2, reload, find it in the list, review it', async ({
    page,
  }, testInfo) => {
    const touch = testInfo.project.name === 'phone';
    await page.goto('/?view=interlinear');
    await waitForApp(page);
    const card = await touchWord(page, 's-p8-1', 'menerapkan', touch);
    await expect(card.getByText('meN- + terap + -kan')).toBeVisible();
    await card.getByRole('radio', { name: 'Learning 2' }).check();
    await expect(card.getByRole('status')).toHaveText('Saved as Learning 2.');
    await expect.poll(() => highlighted(page, 'sanding-status-learning-2')).toEqual(['menerapkan']);

    await page.reload();
    await waitForApp(page);
    // A learner with a word list gets the count in the header once the page is idle.
    await expect(page.getByText(/^0 of \d+ roots known \(0%\)$/)).toBeVisible({
      timeout: 10_000,
    });
    const panel = await openPanel(page);
    const item = panel.getByRole('listitem').filter({ hasText: 'terap' });
    await expect(item.getByRole('combobox', { name: 'Status of terap' })).toHaveValue('learning-2');
    await expect(item.getByText(/dalam menerapkan sanksi PBB/)).toBeVisible();
    await expect(item.getByText(/in enforcing U\.N\. sanctions/)).toBeVisible();
    await expect(panel.getByText('1 root due for review')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Review' }).click();
    await expect(panel.getByRole('heading', { name: 'Review' })).toBeVisible();
    await expect(panel.locator('.review-sentence')).not.toContainText('menerapkan');
    // The English hint waits until it is asked for.
    await expect(panel.getByText(/in enforcing U\.N\. sanctions/)).toBeHidden();
    await panel.getByRole('button', { name: 'Show hint' }).click();
    await expect(panel.getByText(/in enforcing U\.N\. sanctions/)).toBeVisible();
    await panel.getByRole('button', { name: 'Show answer' }).click();
    await expect(panel.locator('.review-word')).toHaveText('menerapkan');
    // Grade with 3 (Good): the dialog takes the key, the reader's view stays put.
    await page.keyboard.press('3');
    await expect(panel.getByText('Done: 1 root reviewed.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-view', 'interlinear');
    await panel.getByRole('button', { name: 'Back to the list' }).click();
    await expect(panel.getByText('Nothing due for review right now')).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByRole('button', { name: 'Words', exact: true })).toBeFocused();
  });

  test('exports for Anki and as JSON; a bad import is refused and changes nothing', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    const card = await touchWord(page, 's-p7-0', 'perbatasannya', false);
    await card.getByRole('radio', { name: 'New' }).check();
    await expect(card.getByRole('status')).toHaveText('Saved as New.');
    await page.keyboard.press('Escape');

    const panel = await openPanel(page);
    const [anki] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export for Anki' }).click(),
    ]);
    expect(anki.suggestedFilename()).toMatch(/^sanding-words-\d{4}-\d\d-\d\d\.txt$/);
    const tsv = await readFile((await anki.path()) ?? '', 'utf8');
    const lines = tsv.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    const row = (lines.at(-1) ?? '').split('\t');
    expect(row.slice(0, 3)).toEqual([
      'perbatasannya',
      'per-...-an + batas + -nya',
      expect.stringContaining('border'),
    ]);
    expect(row[3]).toContain('<b>perbatasannya</b>');
    expect(row[4]).toContain('its borders');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as {
      words: { status: string }[];
    };
    expect(exported.words.map((word) => word.status)).toEqual(['new']);

    const bad = structuredClone(exported);
    if (bad.words[0]) bad.words[0].status = 'mastered';
    await panel.getByLabel('Import JSON').setInputFiles({
      name: 'words.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect(panel.getByRole('alert')).toHaveText(
      'This file can’t be imported: words[0].status is not valid (found "mastered"). Your word list is unchanged.',
    );
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await expect(panel.getByRole('combobox', { name: 'Status of batas' })).toHaveValue('new');
    expect(await axeViolations(page)).toEqual([]);
  });
});
