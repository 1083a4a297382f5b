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
 * Puts a sentence of our own, outside the article's lexicon, in place of sentence `id` and its
 * translation, as an imported text would be, and clicks (or taps) `word` in it.
 */
async function tapInOwnSentence(
  page: Page,
  id: string,
  [original, translation]: [string, string],
  word: string,
  touch: boolean,
) {
  const sentence = page.locator(`#${id}`);
  await sentence.scrollIntoViewIfNeeded();
  const { x, y } = await sentence.evaluate(
    (element, { original, translation, word }) => {
      element.textContent = original;
      const english = document.getElementById(`${element.id}-t`);
      if (english) english.textContent = translation;
      const node = element.firstChild;
      const at = original.indexOf(word);
      const range = document.createRange();
      if (!node) throw new Error('no text');
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    },
    { original, translation, word },
  );
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  return page.getByRole('dialog', { name: word });
}

test.describe('the dictionary on the word card', () => {
  test('loads nothing before a tap outside the lexicon, then the index and the word’s letters; the card shows the meaning and the English', async ({
    page,
  }, testInfo) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    expect(requests.filter((url) => DICTIONARY_CHUNK.test(url))).toEqual([]);

    const card = await tapInOwnSentence(
      page,
      's-p8-1',
      ['Kebutuhan warga desa itu terus bertambah.', 'The needs of the villagers keep growing.'],
      'Kebutuhan',
      testInfo.project.name === 'phone',
    );
    await expect(card).toBeVisible();
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
