import type { Page } from '@playwright/test';
import { axeViolations, expect, test, waitForApp } from './fixtures';

/** The dictionary's chunks: its index and the parts of its files (`roots/k.tsv` → `k-….js`). */
const DICTIONARY_CHUNK =
  /\/(_virtual_sanding-dictionary-index|appDictionary|[a-z]|acronyms|expressions)-[\w-]+\.js$/;

/** The text of each range of a custom highlight (empty when it is not registered). */
function highlighted(page: Page, name: string) {
  return page.evaluate(
    (highlightName) => [...(CSS.highlights.get(highlightName) ?? [])].map((range) => String(range)),
    name,
  );
}

/**
 * Imports a text of our own, one sentence outside the article's lexicon with its translation,
 * through the library (as a learner would); it reads at `/read/own-text`.
 */
async function importOwnText(page: Page, [original, translation]: [string, string]) {
  const file = {
    format: 'sanding-text',
    version: 1,
    id: 'own-text',
    title: 'Teks sendiri',
    original: { lang: 'id', blocks: [{ key: 'p1', kind: 'paragraph', segments: [original] }] },
    translation: {
      lang: 'en',
      blocks: [{ key: 'p1', kind: 'paragraph', segments: [translation] }],
    },
  };
  await page.goto('/library');
  await page.getByLabel('Import texts').setInputFiles({
    name: 'own.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByText('Imported “Teks sendiri”.')).toBeVisible();
}

/** Clicks (or taps) `word` in sentence `id`. */
async function tapWord(page: Page, id: string, word: string, touch: boolean) {
  const sentence = page.locator(`#${id}`);
  await sentence.scrollIntoViewIfNeeded();
  const { x, y } = await sentence.evaluate((element, word) => {
    const node = element.firstChild;
    const at = (node?.textContent ?? '').indexOf(word);
    const range = document.createRange();
    if (!node || at < 0) throw new Error(`no ${word}`);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, word);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  return page.getByRole('dialog', { name: word });
}

test.describe('the dictionary on the word card', () => {
  test('loads nothing before a tap outside the lexicon, then the index and the word’s letters; the card shows the meaning and the English', async ({
    page,
  }, testInfo) => {
    await importOwnText(page, [
      'Kebutuhan warga desa itu terus bertambah.',
      'The needs of the villagers keep growing.',
    ]);
    // The library (where the text was imported) counts roots with the dictionary: only the
    // reading page's own requests count here, from its first use on.
    await page.goto('/read/own-text?view=parallel');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    expect(requests.filter((url) => DICTIONARY_CHUNK.test(url))).toEqual([]);
    // The header's root count waits for the dictionary too.
    await expect(page.getByText('Tap any Indonesian word to study it')).toBeVisible();

    const card = await tapWord(page, 's-p1-0', 'Kebutuhan', testInfo.project.name === 'phone');
    await expect(card).toBeVisible();
    await expect(page.getByText(/^0 of [1-9]\d* roots known \(0%\)$/)).toBeVisible();
    await expect(card.getByText('ke-...-an + butuh')).toBeVisible();
    await expect(card.getByText('need, requirement')).toBeVisible();
    await expect(card.getByText(/^noun · dictionary$/)).toBeVisible();
    await expect.poll(() => highlighted(page, 'sanding-word-en')).toEqual(['needs']);

    const fetched = requests.filter((url) => DICTIONARY_CHUNK.test(url));
    expect(fetched.some((url) => url.includes('_virtual_sanding-dictionary-index'))).toBe(true);
    // The index, the lookup code, and the k part of derived/ (the b part of roots/ for butuh).
    expect(fetched.filter((url) => /\/[a-z]-[\w-]+\.js$/.test(url))).toHaveLength(2);
    expect(fetched.some((url) => /\/(acronyms|expressions)-/.test(url))).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
