import type { Page, TestInfo } from '@playwright/test';
import enArticle from '../../locales/en/article.json' with { type: 'json' };
import idArticle from '../../locales/id/article.json' with { type: 'json' };
import {
  installFakeSpeech,
  type FakeSpeechLogEntry,
  type FakeSpeechOptions,
} from '../support/fake-speech';
import { axeViolations, expect, test, waitForApp } from './fixtures';

/**
 * Headless Chromium has no voices and cannot speak, so every test here replaces the Web
 * Speech API with the fake before the page loads (see tests/support/fake-speech.ts).
 */
async function fakeSpeech(page: Page, options: FakeSpeechOptions = {}) {
  await page.addInitScript({
    content: `(${installFakeSpeech.toString()})(window, ${JSON.stringify(options)});`,
  });
}

function sentence(lang: 'id' | 'en', key: string, index = 0): string {
  const blocks = lang === 'id' ? idArticle.blocks : enArticle.blocks;
  return blocks.find((block) => block.key === key)?.segments[index] ?? '';
}

const log = (page: Page) =>
  page.evaluate(() => (window.__fakeSpeechLog ?? []).map((entry) => ({ ...entry })));
const spoken = async (page: Page) =>
  (await log(page)).filter((e: FakeSpeechLogEntry) => e.started).map((e) => e.text);
/** The text of the utterance being spoken right now, if any. */
const speakingNow = (page: Page) =>
  page.evaluate(() => window.__fakeSpeech?.current()?.text ?? null);
/** What the page shows as current: the reader's cursor mark and the spoken language. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    cursor: Array.from(document.querySelectorAll<HTMLElement>('.seg[data-cursor]')).map(
      (el) => el.dataset.seg,
    ),
    speaking: document.documentElement.dataset.speaking ?? null,
  }));

const panel = (page: Page) => page.getByRole('region', { name: 'Read aloud' });

async function open(page: Page, options: FakeSpeechOptions = {}, url = '/?view=parallel') {
  await fakeSpeech(page, options);
  await page.goto(url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect(panel(page)).toBeVisible();
}

/** The options are folded away on a phone. */
async function showOptions(page: Page) {
  const toggle = page.getByRole('button', { name: 'Options' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

// Slow enough to look at each sentence while it is spoken (a headline lasts ~2 s).
const SLOW: FakeSpeechOptions = { msPerChar: 25, minDurationMs: 600 };
// Fast enough to hear many sentences in a test.
const FAST: FakeSpeechOptions = { msPerChar: 2, minDurationMs: 60 };

test.describe('read aloud', () => {
  test('the player is not loaded before it is first used', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await fakeSpeech(page, FAST);
    await page.goto('/');
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    const scripts = requests.filter((url) => /\.(js|css)$/.test(url));
    expect(scripts.filter((url) => /listen/i.test(url))).toEqual([]);
    // And none of its strings ride along in what did load.
    for (const url of scripts) {
      const body = await (await page.request.get(url)).text();
      expect(body, url).not.toContain('speech-dispatcher');
    }

    await page.getByRole('button', { name: 'Listen' }).click();
    await expect(panel(page)).toBeVisible();
    expect(requests.filter((url) => /ListenPanel.*\.js$/.test(url))).toHaveLength(1);
  });

  test('reads each sentence in Indonesian then English, and the page follows the voice', async ({
    page,
  }) => {
    await open(page, SLOW);
    const headlineId = sentence('id', 'headline');
    const headlineEn = sentence('en', 'headline');
    await expect.poll(() => speakingNow(page)).toBe(headlineId);
    expect(await shown(page)).toEqual({
      cursor: ['s-headline-0', 's-headline-0'],
      speaking: 'id',
    });
    await expect(panel(page).getByText('Reading sentence 2 of 27, in Indonesian')).toBeVisible();
    await expect.poll(() => speakingNow(page), { timeout: 6000 }).toBe(headlineEn);
    expect(await shown(page)).toEqual({
      cursor: ['s-headline-0', 's-headline-0'],
      speaking: 'en',
    });
    await expect(panel(page).getByText('Reading sentence 2 of 27, in English')).toBeVisible();

    const entries = await log(page);
    expect(entries.slice(0, 4).map((e) => [e.text, e.lang])).toEqual([
      ['Dunia', 'id-ID'],
      ['World', 'en-US'],
      [headlineId, 'id-ID'],
      [headlineEn, 'en-US'],
    ]);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect
      .poll(() => shown(page))
      .toEqual({ cursor: ['s-headline-0', 's-headline-0'], speaking: null });
    expect(await speakingNow(page)).toBeNull();
  });

  test('reads at the chosen speed', async ({ page }) => {
    await open(page, FAST);
    await showOptions(page);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '0.6×' });
    const before = (await log(page)).length;
    await expect.poll(async () => (await log(page)).length).toBeGreaterThan(before + 2);
    const after = (await log(page)).slice(before + 1);
    expect(after.map((e) => e.rate)).toEqual(after.map(() => 0.6));
  });

  test('repeats the current sentence', async ({ page }) => {
    await open(page, SLOW);
    await expect.poll(() => speakingNow(page)).toBe('Dunia');
    await page.getByRole('button', { name: 'Repeat sentence' }).click();
    await expect(page.getByRole('button', { name: 'Repeat sentence' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect
      .poll(async () => (await spoken(page)).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(6);
    expect((await spoken(page)).slice(0, 6)).toEqual([
      'Dunia',
      'World',
      'Dunia',
      'World',
      'Dunia',
      'World',
    ]);
    expect((await shown(page)).cursor).toEqual(['s-category-0', 's-category-0']);
  });

  test('jumps to a sentence tapped or clicked while playing', async ({ page }) => {
    await open(page, SLOW);
    await expect.poll(() => speakingNow(page)).toBe('World');
    await page.locator('#s-p4-1').click();
    await expect.poll(() => speakingNow(page)).toBe(sentence('id', 'p4', 1));
    await expect.poll(async () => (await shown(page)).cursor).toEqual(['s-p4-1', 's-p4-1']);
    // It went straight there: the body before it was never read.
    const heard = await spoken(page);
    expect(heard).not.toContain(sentence('id', 'p1'));
    expect(heard).not.toContain(sentence('id', 'p3'));
  });

  test('p plays and pauses from the keyboard, and j moves the voice with the cursor', async ({
    page,
  }) => {
    await fakeSpeech(page, SLOW);
    await page.goto('/?view=parallel');
    await waitForApp(page);
    // The shortcut listens from the end of hydration, which waitForApp does not wait for:
    // press again only while nothing has opened.
    await expect(async () => {
      if (!(await panel(page).isVisible())) await page.keyboard.press('p');
      await expect(panel(page)).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect.poll(() => speakingNow(page)).toBe('Dunia');
    await page.keyboard.press('j');
    await expect.poll(() => speakingNow(page)).toBe(sentence('id', 'headline'));
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    expect(await speakingNow(page)).toBeNull();
  });

  test('says plainly when no voice is installed, and how to add one', async ({ page }) => {
    await open(page, { voices: [] });
    await expect(page.getByText('No voice for Indonesian or English on this device')).toBeVisible({
      timeout: 6000,
    });
    await page.getByText('How to add a voice').click();
    await expect(page.getByText(/sudo apt install speech-dispatcher espeak-ng/)).toBeVisible();
    expect(await log(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('offers English only without an Indonesian voice', async ({ page }) => {
    await open(page, { ...FAST, voices: [{ name: 'Fake US English', lang: 'en-US' }] });
    await expect(page.getByText('No Indonesian voice on this device')).toBeVisible();
    await expect
      .poll(async () => (await spoken(page)).slice(0, 2))
      .toEqual(['World', sentence('en', 'headline')]);
    await page.getByRole('button', { name: 'Read English only' }).click();
    await showOptions(page);
    await expect(page.getByRole('radio', { name: 'English only' })).toBeChecked();
  });

  test('leaves the end of the article readable above the player', async ({ page }) => {
    await open(page, FAST);
    await page.getByRole('button', { name: 'Pause' }).click();
    // Scroll to the very end. Off-screen blocks take their real height only some frames after
    // they come near (content-visibility), so scroll again until the height holds still.
    let last = -1;
    await expect
      .poll(
        async () => {
          const height = await page.evaluate(() => {
            window.scrollTo(0, document.documentElement.scrollHeight);
            return document.documentElement.scrollHeight;
          });
          const settled = height === last;
          last = height;
          return settled;
        },
        { intervals: [250] },
      )
      .toBe(true);
    const dockTop = await panel(page).evaluate((el) => el.getBoundingClientRect().top);
    const footerBottom = await page
      .locator('.page-footer')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(footerBottom).toBeLessThanOrEqual(dockTop + 1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('closes with Escape, stops reading and gives focus back to Listen', async ({ page }) => {
    await open(page, SLOW);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused();
    expect(await speakingNow(page)).toBeNull();
    expect((await shown(page)).speaking).toBeNull();
  });
});

test.describe('read aloud: accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with the player open, ${colorScheme}`, async ({
      page,
    }, testInfo: TestInfo) => {
      await page.emulateMedia({ colorScheme });
      await open(page, { ...SLOW, voices: [{ name: 'Fake US English', lang: 'en-US' }] });
      await showOptions(page);
      await page.getByText('How to add a voice').click();
      await page.getByRole('button', { name: 'Repeat sentence' }).click();
      expect(await axeViolations(page), testInfo.project.name).toEqual([]);
    });
  }
});
