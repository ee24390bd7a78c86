/**
 * The MDX components as a reader sees them, on /about/ (content/pages/about.mdx, built through the same
 * checker and compiler as an MDX guide): each one shows, fits the screen and keeps its meaning at 360 px
 * and 1280 px. (Axe and sideways scrolling for the page: site.spec.ts, PAGE_TYPES.mdxPage.)
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './helpers.ts';

for (const width of [360, 1280]) {
  test(`every MDX component shows and fits at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PAGE_TYPES.mdxPage);
    const fits = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(width);
    };
    // Callout: its tone as a word (not colour alone) and its date.
    const callout = page.locator('aside.callout').first();
    await expect(callout).toBeVisible();
    await expect(callout.locator('.callout-label')).toHaveText('Note · December 6, 2026');
    await fits('aside.callout');
    // Steps: a real ordered list, numbered on screen.
    await expect(page.locator('.steps ol > li')).toHaveCount(4);
    const number = await page
      .locator('.steps ol > li')
      .nth(2)
      .evaluate((li) => getComputedStyle(li, '::before').content);
    expect(number).toBe('counter(step)');
    await fits('.steps');
    // Figure: the image loads from this site, with its text alternative and caption.
    const img = page.locator('figure.figure img');
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveAttribute('alt', /guide page/);
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth))
      .toBeGreaterThan(0);
    await expect(page.locator('figure.figure figcaption')).toContainText(
      'A guide opens with the answer',
    );
    await fits('figure.figure img');
    // TariffTable: a captioned table that scrolls inside itself, never the page.
    const table = page.locator('figure.tariff');
    await expect(table.locator('figcaption')).toContainText('Evidence labels');
    await expect(table.locator('table tbody tr')).toHaveCount(4);
    await fits('figure.tariff .table-wrap');
  });
}
