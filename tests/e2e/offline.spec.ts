import { expect, test, waitForApp, waitForOfflineReady } from './fixtures';

test.describe('offline', () => {
  test('is installable: a manifest with name, colours and icons', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await request.get(href ?? '')).json()) as {
      name: string;
      short_name: string;
      display: string;
      start_url: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.short_name).toBe('Sanding');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.background_color).toMatch(/^#/);
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });

  test('the built-in article reads with the network off, in any view', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForApp(page);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.goto('/?view=en#s-p3-1');
    await waitForApp(page);
    await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked();
    await expect(page.locator('#s-p3-1-t')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
  });
});
