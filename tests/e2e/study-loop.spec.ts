import type { Page } from '@playwright/test';
import { installFakeSpeech, type FakeSpeechOptions } from '../support/fake-speech';
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

async function fakeSpeech(page: Page, options: FakeSpeechOptions) {
  await page.addInitScript({
    content: `(${installFakeSpeech.toString()})(window, ${JSON.stringify(options)});`,
  });
}
const speakingNow = (page: Page) =>
  page.evaluate(() => window.__fakeSpeech?.current()?.text ?? null);
const spokenTexts = (page: Page) =>
  page.evaluate(() =>
    (window.__fakeSpeechLog ?? []).filter((entry) => entry.started).map((entry) => entry.text),
  );
/** Where the spoken sentence is: inside the band between the top bar and the player? */
const spokenPlace = (page: Page) =>
  page.evaluate(() => {
    const spoken = Array.from(document.querySelectorAll<HTMLElement>('.seg[data-cursor]')).find(
      (element) => element.getClientRects().length > 0,
    );
    const dock = document.querySelector('.listen-dock');
    const bar = document.querySelector('.topbar');
    if (!spoken || !dock || !bar) return 'missing';
    const rect = spoken.getBoundingClientRect();
    const top = bar.getBoundingClientRect().bottom;
    const bottom = dock.getBoundingClientRect().top;
    return rect.top >= top && rect.bottom <= bottom ? 'in view' : 'hidden';
  });

async function openListen(page: Page, url: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await fakeSpeech(page, { msPerChar: 8, minDurationMs: 300 });
  await page.goto(url);
  await waitForApp(page);
}

test.describe('listening follows what the learner sees', () => {
  test('starts from the first sentence on screen, not from the top', async ({ page }) => {
    await openListen(page, '/?view=parallel');
    await page.locator('#s-p5-0').evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
    });
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => speakingNow(page)).not.toBeNull();
    const first = (await spokenTexts(page))[0] ?? '';
    const onScreen = await page.evaluate((text) => {
      const element = Array.from(document.querySelectorAll<HTMLElement>('.seg[data-seg]')).find(
        (candidate) => candidate.textContent === text && candidate.getClientRects().length > 0,
      );
      if (!element) return false;
      const rect = element.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    }, first);
    expect(first).not.toBe('Dunia');
    expect(onScreen).toBe(true);
  });

  test('keeps the spoken sentence above the player, until the learner scrolls away', async ({
    page,
  }, testInfo) => {
    await openListen(page, '/?view=interlinear');
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect(page.getByRole('region', { name: 'Read aloud' })).toBeVisible();
    // Sentence after sentence, each one spoken in the clear.
    const seen = new Set<string>();
    while (seen.size < 9) {
      const text = await speakingNow(page);
      if (text && !seen.has(text)) {
        seen.add(text);
        await expect.poll(() => spokenPlace(page)).toBe('in view');
      }
      await page.waitForTimeout(50);
    }
    // The learner scrolls back to the top: the page stays there, a Follow button appears.
    if (testInfo.project.name === 'phone') {
      // A finger's swipe: the touch, then the page moving under it.
      await page.evaluate(() => {
        window.dispatchEvent(new Event('touchmove'));
        window.scrollTo(0, 0);
      });
    } else {
      await page.mouse.move(600, 400);
      await page.mouse.wheel(0, -20_000);
    }
    const follow = page.getByRole('button', { name: 'Follow' });
    await expect(follow).toBeVisible();
    const before = await speakingNow(page);
    await expect.poll(() => speakingNow(page)).not.toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await follow.click();
    await expect.poll(() => spokenPlace(page)).toBe('in view');
    await expect(follow).toBeHidden();
  });

  test('reads only the language the study mode shows, and the byline once', async ({ page }) => {
    await openListen(page, '/?view=parallel&study=hide-translation');
    await page.getByRole('button', { name: 'Listen' }).click();
    const player = page.getByRole('region', { name: 'Read aloud' });
    await expect(player.getByText('Study mode hides the English')).toBeVisible();
    await expect.poll(async () => (await spokenTexts(page)).length).toBeGreaterThanOrEqual(6);
    const heard = await spokenTexts(page);
    expect(heard).not.toContain('World');
    expect(heard.filter((text) => text === 'Distika Safara Setianda')).toHaveLength(1);
    expect(heard).toContain('Dunia');
  });
});

test.describe('keyboard reading', () => {
  test('j keeps the current sentence comfortably inside the window', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?view=parallel');
    await waitForApp(page);
    const height = page.viewportSize()?.height ?? 0;
    for (let i = 0; i < 24; i += 1) {
      await page.keyboard.press('j');
      const rect = await page.evaluate(() => {
        const element = document.activeElement;
        const bar = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
        if (!(element instanceof HTMLElement)) return null;
        const box = element.getBoundingClientRect();
        return { top: box.top - bar, bottom: box.bottom };
      });
      expect(rect).not.toBeNull();
      // Room for the 3 px focus ring and its offset on both sides.
      expect(rect?.top ?? -1).toBeGreaterThanOrEqual(8);
      expect(rect?.bottom ?? height).toBeLessThanOrEqual(height - 16);
    }
  });
});

/** The top of each element, in the order given. */
const tops = (page: Page, selectors: string[]) =>
  page.evaluate(
    (list) => list.map((selector) => document.querySelector(selector)?.getBoundingClientRect().top),
    selectors,
  );

test.describe('the two-language views on a phone', () => {
  test('interlinear goes sentence by sentence, side by side paragraph by paragraph', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?view=interlinear');
    await waitForApp(page);
    const inter = await tops(page, ['#s-p1-0', '#s-p1-0-t', '#s-p1-1', '#s-p1-1-t']);
    expect(inter.every((top) => typeof top === 'number')).toBe(true);
    const sorted = [...inter].sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(inter).toEqual(sorted);
    await page.getByRole('radio', { name: 'Side by side' }).check();
    const parallel = await tops(page, ['#s-p1-0', '#s-p1-1', '#s-p1-0-t']);
    expect((parallel[1] ?? 0) < (parallel[2] ?? 0)).toBe(true);
  });

  for (const uiLanguage of ['en', 'id']) {
    test(`the view picker fits 360 px in the ${uiLanguage} interface`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.addInitScript(
        (lng) =>
          localStorage.setItem('sanding:preferences:v1', JSON.stringify({ uiLanguage: lng })),
        uiLanguage,
      );
      await page.goto('/');
      await waitForApp(page);
      const clipped = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.view-switcher .segmented-option'))
          .filter((option) => {
            const label = option.querySelector('span');
            if (!label) return true;
            const box = option.getBoundingClientRect();
            const text = label.getBoundingClientRect();
            return (
              label.scrollWidth > label.clientWidth + 1 ||
              text.left < box.left ||
              text.right > box.right ||
              box.left < 0 ||
              box.right > document.documentElement.clientWidth
            );
          })
          .map((option) => option.textContent),
      );
      expect(clipped).toEqual([]);
    });
  }
});

test.describe('the top bar', () => {
  test('the word list button shows its name where it fits, a tooltip where not', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await waitForApp(page);
    const banner = page.getByRole('banner');
    const words = banner.getByRole('button', { name: 'Words', exact: true });
    const label = words.getByText('Words');
    const wide = await label.boundingBox();
    expect(wide?.width ?? 0).toBeGreaterThan(20);

    await page.setViewportSize({ width: 900, height: 900 });
    const narrow = await label.boundingBox();
    expect(narrow?.width ?? 0).toBeLessThanOrEqual(1);
    await words.hover();
    const tip = await label.boundingBox();
    expect(tip?.width ?? 0).toBeGreaterThan(20);
    const buttonBox = await words.boundingBox();
    expect(tip?.y ?? 0).toBeGreaterThan((buttonBox?.y ?? 0) + (buttonBox?.height ?? 0));
  });

  test('on a phone the shortcuts button is not in the top bar, but in the footer', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await waitForApp(page);
    await expect(
      page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' }),
    ).toBeHidden();
    const footer = page
      .getByRole('contentinfo')
      .getByRole('button', { name: 'Keyboard shortcuts' });
    await expect(footer).toBeVisible();
    await footer.click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });
});

test.describe('print', () => {
  test('prints the text and its translation with a credit line, and nothing of the screen', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    // The screen credits the source too.
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('Distika Safara Setianda');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.known-roots')).toBeHidden();
    await expect(footer).toBeVisible();
    await expect(footer).toContainText('Distika Safara Setianda');
    await expect(footer).toContainText('translation');
    await expect(footer.getByRole('button')).toHaveCount(0);
    const look = await page.evaluate(() => {
      const current = document.querySelector<HTMLElement>('.seg[data-cursor]');
      const style = current ? getComputedStyle(current) : null;
      const root = getComputedStyle(document.documentElement);
      return {
        cursor: style
          ? [style.backgroundColor, style.boxShadow, style.textDecorationLine, style.outlineStyle]
          : null,
        statuses: ['--word-new-bg', '--word-l1-bg', '--word-l2-bg', '--word-l3-bg'].map((name) =>
          root.getPropertyValue(name).trim(),
        ),
      };
    });
    expect(look.cursor).toEqual(['rgba(0, 0, 0, 0)', 'none', 'none', 'none']);
    expect(look.statuses).toEqual(['transparent', 'transparent', 'transparent', 'transparent']);
    // Both languages print.
    await expect(page.locator('#s-p1-0')).toBeVisible();
    await expect(page.locator('#s-p1-0-t')).toBeVisible();
  });
});

test.describe('touch and colour details', () => {
  test('the study hint speaks of tapping on a phone, of hovering and keys elsewhere', async ({
    page,
  }, testInfo) => {
    await page.goto('/?view=parallel&study=hide-translation');
    await waitForApp(page);
    // What is shown (innerText leaves out what the stylesheet hides).
    const hint = () => page.locator('.study-bar-text').innerText();
    const expected =
      testInfo.project.name === 'phone'
        ? 'Translations are hidden. Tap a blurred sentence to reveal it.'
        : 'Translations are hidden. Hover to peek; click a blurred sentence or press t to reveal it.';
    await expect.poll(hint).toBe(expected);
  });

  for (const theme of ['light', 'dark']) {
    test(`each learning status is told apart in the ${theme} theme, not by colour alone`, async ({
      page,
    }) => {
      await page.addInitScript(
        (value) => localStorage.setItem('sanding:preferences:v1', JSON.stringify({ theme: value })),
        theme,
      );
      await page.goto('/');
      await waitForApp(page);
      const result = await page.evaluate(() => {
        const statuses = ['new', 'learning-1', 'learning-2', 'learning-3', 'learning-4'];
        // The underline of each status's highlight, from the stylesheet.
        const lines = statuses.map((status) => {
          for (const sheet of Array.from(document.styleSheets)) {
            for (const rule of Array.from(sheet.cssRules)) {
              if (
                rule instanceof CSSStyleRule &&
                rule.selectorText === `::highlight(sanding-status-${status})`
              ) {
                return rule.style.textDecorationStyle || 'none';
              }
            }
          }
          return '';
        });
        // Learning 1-3 backgrounds as the theme resolves them, and their contrast in steps.
        const probe = document.createElement('span');
        document.body.append(probe);
        const luminance = (name: string) => {
          probe.style.backgroundColor = `var(${name})`;
          const [r, g, b] = (getComputedStyle(probe).backgroundColor.match(/\d+/g) ?? []).map(
            (value) => {
              const c = Number(value) / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            },
          );
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const steps = ['--word-l1-bg', '--word-l2-bg', '--word-l3-bg'].map(luminance);
        probe.remove();
        const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        return {
          lines,
          ratios: [ratio(steps[0] ?? 0, steps[1] ?? 0), ratio(steps[1] ?? 0, steps[2] ?? 0)],
        };
      });
      expect(result.lines.every((line) => line !== 'none')).toBe(true);
      expect(new Set(result.lines).size).toBe(result.lines.length);
      for (const ratio of result.ratios) expect(ratio).toBeGreaterThanOrEqual(1.25);
    });
  }
});

test.describe('new words', () => {
  test('are underlined, can be switched off, and marked known at the end, with undo', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    const newWords = () => page.evaluate(() => CSS.highlights.get('sanding-new-word')?.size ?? 0);
    // Word study starts with the first word card; then the words not yet met are marked.
    await page.locator('#s-lead-0').scrollIntoViewIfNeeded();
    const point = await page.locator('#s-lead-0').evaluate((element) => {
      const range = document.createRange();
      const node = element.firstChild;
      if (!node) throw new Error('empty sentence');
      const at = element.textContent.indexOf('parade');
      range.setStart(node, at);
      range.setEnd(node, at + 6);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    await expect(page.getByRole('dialog', { name: 'parade' })).toBeVisible();
    await expect.poll(newWords).toBeGreaterThan(5);
    await page.keyboard.press('Escape');

    const finish = page.getByRole('region', { name: 'Finished the text?' });
    await finish.getByRole('button', { name: 'Mark the remaining new words as known' }).click();
    await expect(finish.locator('.finish-text-status')).toHaveText(/^\d+ roots marked as known\.$/);
    await expect(page.locator('.known-roots')).toHaveText(/\(100%\)/);
    await expect.poll(newWords).toBe(0);

    await finish.getByRole('button', { name: 'Undo' }).click();
    await expect(finish.locator('.finish-text-status')).toHaveText(
      'Undone: the roots are new again.',
    );
    await expect(page.locator('.known-roots')).toHaveText(/^0 of/);
    await expect.poll(newWords).toBeGreaterThan(5);

    // Switched off in the word list.
    await page.getByRole('button', { name: 'Words', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Underline new words (not in your list)' }).uncheck();
    await expect.poll(newWords).toBe(0);
  });
});

test.describe('hearing a sentence', () => {
  test('the sentence peek says the sentence it shows aloud once, in its language', async ({
    page,
  }) => {
    await fakeSpeech(page, { msPerChar: 20, minDurationMs: 500 });
    await page.goto('/?view=en');
    await waitForApp(page);
    await page.locator('#s-p1-0-t').click();
    const peek = page.getByRole('dialog', { name: 'Indonesian original' });
    await peek.getByRole('button', { name: 'Hear the sentence' }).click();
    // The English view's peek shows the Indonesian original: that is what is heard.
    const original = await page.locator('#s-p1-0').textContent();
    await expect.poll(() => spokenTexts(page)).toEqual([original]);
    const lang = await page.evaluate(() => window.__fakeSpeechLog?.[0]?.lang ?? null);
    expect(lang).toMatch(/^id/);
  });
});
