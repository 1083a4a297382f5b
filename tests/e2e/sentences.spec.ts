import type { Page } from '@playwright/test';
import { STORAGE_KEY, axeViolations, expect, test, waitForApp } from './fixtures';

/** Both languages' elements of a sentence. */
const pair = (page: Page, id: string) => page.locator(`[data-seg="${id}"]`);
const lit = (page: Page) => page.locator('.seg[data-active]');

async function boxes(page: Page) {
  return page.locator('.seg').evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        // Page coordinates, so scrolling does not count as movement.
        const r = el.getBoundingClientRect();
        const x = r.x + window.scrollX;
        const y = r.y + window.scrollY;
        return [x, y, r.width, r.height].map(Math.round).join();
      }),
  );
}

test.describe('linked sentences', () => {
  for (const view of ['parallel', 'interlinear'] as const) {
    test(`pointing at a sentence lights it and its counterpart only (${view})`, async ({
      page,
    }, testInfo) => {
      await page.goto(`/?view=${view}`);
      await waitForApp(page);
      const touch = testInfo.project.name === 'phone';
      // From the original side…
      const original = page.locator('#s-p2-1');
      if (touch) await original.tap();
      else await original.hover();
      await expect(lit(page)).toHaveCount(2);
      await expect(pair(page, 's-p2-1').nth(0)).toHaveAttribute('data-active', '');
      await expect(pair(page, 's-p2-1').nth(1)).toHaveAttribute('data-active', '');
      // …and from the translation side, in the other direction.
      const translation = page.locator('#s-p5-0-t');
      if (touch) await translation.tap();
      else await translation.hover();
      await expect(lit(page)).toHaveCount(2);
      await expect(page.locator('#s-p5-0')).toHaveAttribute('data-active', '');
      await expect(page.locator('#s-p2-1')).not.toHaveAttribute('data-active', '');
    });
  }

  test('a lit sentence looks different from an unlit one, in both themes', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?view=parallel');
      await waitForApp(page);
      const plain = await page
        .locator('#s-p3-0-t')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.locator('#s-p3-0').hover();
      // The colour eases in (a short transition), so it is read until it has moved.
      await expect
        .poll(() =>
          page.locator('#s-p3-0-t').evaluate((el) => getComputedStyle(el).backgroundColor),
        )
        .not.toBe(plain);
    }
  });

  test('focusing a sentence describes it with its counterpart for screen readers', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.keyboard.press('j');
    const focused = page.locator('.seg:focus');
    await expect(focused).toHaveCount(1);
    const id = await focused.getAttribute('data-seg');
    await expect(focused).toHaveAttribute('aria-describedby', `${id}-t`);
  });
});

test.describe('the peek in single-language views', () => {
  test('Enter on a sentence shows its translation; Enter again or Escape hides it', async ({
    page,
  }) => {
    // (A tap on an Indonesian word opens the word card, which shows the sentence's
    // translation too: see words.spec.ts. The peek is the sentence-level view.)
    await page.goto('/?view=id');
    await waitForApp(page);
    await page.locator('#s-p4-0').focus();
    await page.keyboard.press('Enter');
    const peek = page.getByRole('dialog', { name: 'English translation' });
    await expect(peek).toBeVisible();
    await expect(peek.locator('[lang="en"]')).toHaveText(/^Russia's Defense Ministry said/);
    await page.locator('#s-p4-0').focus();
    await page.keyboard.press('Enter');
    await expect(peek).toBeHidden();

    await page.locator('#s-p4-1').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'English translation' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('#s-p4-1')).toBeFocused();
  });

  test('in the English view the peek shows the Indonesian original', async ({ page }) => {
    await page.goto('/?view=en');
    await waitForApp(page);
    await page.locator('#s-p12-1-t').click();
    const peek = page.getByRole('dialog', { name: 'Indonesian original' });
    await expect(peek.locator('[lang="id"]')).toHaveText(/^“Mereka juga memiliki peran potensial/);
  });

  test('copies a link to the sentence that opens it again', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?view=id');
    await waitForApp(page);
    await page.locator('#s-p7-1').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Copy link to this sentence' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toBe('#s-p7-1');
    expect(new URL(link).searchParams.get('view')).toBe('id');
  });
});

test.describe('reading with the keyboard', () => {
  test('j/k move by sentence, J/K by paragraph, with progress shown', async ({ page }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    const cursor = page.locator('.t-original .seg[data-cursor]');
    await page.keyboard.press('j');
    const first = await cursor.getAttribute('data-seg');
    expect(first).toBe('s-category-0');
    await page.keyboard.press('j');
    await expect(cursor).toHaveAttribute('data-seg', 's-headline-0');
    await page.keyboard.press('ArrowDown');
    await expect(cursor).toHaveAttribute('data-seg', 's-lead-0');
    await page.keyboard.press('k');
    await expect(cursor).toHaveAttribute('data-seg', 's-headline-0');
    // Paragraph jumps: to the next block's first sentence, skipping p1's second sentence.
    for (let i = 0; i < 4; i++) await page.keyboard.press('J');
    await expect(cursor).toHaveAttribute('data-seg', 's-p1-0');
    await page.keyboard.press('J');
    await expect(cursor).toHaveAttribute('data-seg', 's-p2-0');
    await page.keyboard.press('j');
    await page.keyboard.press('K');
    await expect(cursor).toHaveAttribute('data-seg', 's-p2-0');
    await page.keyboard.press('K');
    await expect(cursor).toHaveAttribute('data-seg', 's-p1-0');
    await expect(page.locator('#s-p1-0')).toBeFocused();
    await expect(page.locator('#s-p1-0')).toBeInViewport();
    const progress = page.getByRole('progressbar', { name: 'Reading progress' });
    // category, headline, lead, byline, caption, then the first sentence of the body.
    await expect(progress).toHaveAttribute('aria-valuenow', '6');
  });

  test('t shows and hides the current sentence’s translation; 1-4 switch views', async ({
    page,
  }) => {
    await page.goto('/?view=en');
    await waitForApp(page);
    await page.keyboard.press('j');
    await page.keyboard.press('t');
    await expect(page.getByRole('dialog', { name: 'Indonesian original' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('t');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('t');
    await expect(page.getByRole('dialog')).toBeHidden();
    for (const [key, view] of [
      ['1', 'id'],
      ['3', 'parallel'],
      ['4', 'interlinear'],
      ['2', 'en'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.locator('html')).toHaveAttribute('data-view', view);
    }
  });

  test('no shortcut fires while typing or with a modifier held', async ({ page }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.keyboard.press('Control+j');
    await page.keyboard.press('Alt+2');
    await expect(page.locator('.seg[data-cursor]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'parallel');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'scratch');
      document.body.prepend(input);
    });
    await page.getByRole('textbox', { name: 'scratch' }).fill('jk12?');
    await expect(page.locator('.seg[data-cursor]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'parallel');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('? and the visible button open the shortcut list', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Next paragraph')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(dialog).toBeVisible();
  });

  test('the cursor position is remembered for the article', async ({ page }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('j');
    const at = await page.locator('.t-original .seg[data-cursor]').getAttribute('data-seg');
    await page.reload();
    await waitForApp(page);
    await expect(page.locator('.t-original .seg[data-cursor]')).toHaveAttribute(
      'data-seg',
      at ?? '',
    );
    await page.keyboard.press('j');
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '6');
  });
});

test.describe('study modes', () => {
  const modes = [
    { study: 'hide-translation', masked: '.t-translation', clear: '.t-original' },
    { study: 'hide-original', masked: '.t-original', clear: '.t-translation' },
  ] as const;

  for (const { study, masked, clear } of modes) {
    for (const view of ['parallel', 'interlinear'] as const) {
      test(`${study} in ${view}: masked until asked, and revealing moves nothing`, async ({
        page,
      }) => {
        await page.goto(`/?view=${view}&study=${study}`);
        await waitForApp(page);
        const target = page.locator(`${masked} [data-seg="s-p3-1"]`);
        const filter = () => target.evaluate((el) => getComputedStyle(el).filter);
        await expect.poll(filter).toContain('blur');
        expect(
          await page
            .locator(`${clear} [data-seg="s-p3-1"]`)
            .evaluate((el) => getComputedStyle(el).filter),
        ).toBe('none');
        const before = await boxes(page);
        await target.click();
        await page.mouse.move(0, 0);
        await expect(target).toHaveAttribute('data-revealed', '');
        await expect.poll(filter).toBe('none');
        expect(await boxes(page)).toEqual(before);

        await page.getByRole('button', { name: 'Reveal all' }).click();
        await expect(page.locator(`${masked} .seg:not([data-revealed])`)).toHaveCount(0);
        expect(await boxes(page)).toEqual(before);
        await page.getByRole('button', { name: 'Hide all' }).click();
        await expect(page.locator(`${masked} .seg[data-revealed]`)).toHaveCount(0);
        await expect.poll(filter).toContain('blur');
      });
    }
  }

  test('t reveals the current sentence; the mode is remembered and in the URL', async ({
    page,
  }) => {
    await page.goto('/?view=parallel');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: 'Hide translation' }).check();
    await page.keyboard.press('Escape');
    expect(new URL(page.url()).searchParams.get('study')).toBe('hide-translation');
    await page.locator('#s-p1-0').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('t');
    await expect(page.locator('#s-p1-1-t')).toHaveAttribute('data-revealed', '');
    await page.keyboard.press('t');
    await expect(page.locator('#s-p1-1-t')).not.toHaveAttribute('data-revealed', '');

    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-study', 'hide-translation');
    await expect(page.getByRole('button', { name: 'Reveal all' })).toBeVisible();
  });

  test('single-language views are not masked', async ({ page }) => {
    await page.goto('/?view=id&study=hide-original');
    await expect(page.locator('#s-p1-0')).toHaveCSS('filter', 'none');
    await expect(page.getByRole('button', { name: 'Reveal all' })).toBeHidden();
  });

  for (const study of ['shown', 'hide-translation', 'hide-original'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing in study mode ${study}, ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/?view=parallel&study=${study}`);
        await waitForApp(page);
        await page.locator('#s-p2-0').hover();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

test.describe('links to a sentence', () => {
  test('/?view=en#s-p9-0 scrolls to that sentence and lights it', async ({ page }) => {
    await page.goto('/?view=en#s-p9-0');
    await waitForApp(page);
    const sentence = page.locator('#s-p9-0-t');
    await expect(sentence).toBeInViewport();
    await expect(sentence).toHaveAttribute('data-linked', '');
    await expect(sentence).toHaveAttribute('data-cursor', '');
    await expect(sentence).toBeFocused();
  });

  test('a link wins over the remembered cursor', async ({ page }) => {
    await page.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ 'hari-kemenangan-2023': 's-p1-0' }));
    }, 'sanding:cursor:v1');
    await page.goto('/?view=parallel#s-p11-1');
    await waitForApp(page);
    await expect(page.locator('#s-p11-1')).toHaveAttribute('data-cursor', '');
    await expect(page.locator('#s-p1-0')).not.toHaveAttribute('data-cursor', '');
    expect(STORAGE_KEY).toBe('sanding:preferences:v1');
  });
});
