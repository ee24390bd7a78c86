import { expect, test } from '@playwright/test';
import { jsonLd, PAGE_TYPES, sitemapPaths, axeViolations } from './helpers.ts';
import { builtPages } from './dist.ts';

test('the list page links to every guide and to every A–Z page, and the home page leads there', async ({
  page,
}) => {
  const guides = (await sitemapPaths(page)).filter((p) => /^\/utilities\/[^/]+\/$/.test(p));
  await page.goto('/utilities/');
  const linked = new Set(
    await page
      .locator('table tbody th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  );
  expect(linked.size).toBeGreaterThanOrEqual(15);
  for (const href of linked) expect(guides).toContain(href);
  await page.getByRole('link', { name: 'S', exact: true }).click();
  await expect(page).toHaveURL(/\/utilities\/a-z\/s\/$/);
  await page.getByRole('link', { name: 'Sevier County Electric System', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Sevier County Electric System data access guide');
  await page.goto('/');
  await expect(page.locator('.changes > li').first()).toBeVisible();
});

test('every page has one h1, a unique title and description, canonical and breadcrumbs JSON-LD', () => {
  // Read from dist/: checking every page in a browser would grow with the number of guides.
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const [path, html] of builtPages()) {
    if (path === '/404/') continue;
    expect(html.match(/<h1[\s>]/g)?.length, path).toBe(1);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(titles.get(title), `duplicate title on ${path}`).toBeUndefined();
    expect(descriptions.get(description), `duplicate description on ${path}`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
    // A noindex page (a directory page the thin-content policy leaves out) has no canonical URL.
    if (html.includes('<meta name="robots" content="noindex">')) continue;
    expect(new URL(/<link rel="canonical" href="([^"]*)"/.exec(html)![1]).pathname, path).toBe(
      path,
    );
    expect(html, path).toContain('"@type":"BreadcrumbList"');
  }
  expect(titles.size).toBeGreaterThan(40);
});

test('sitemap dates guides and robots.txt points to it', async ({ page }) => {
  const xml = await (await page.request.get('/sitemap-0.xml')).text();
  expect(xml).toMatch(
    /<loc>[^<]+\/utilities\/sevier-county-electric-system\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}/,
  );
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('unknown URLs get the 404 page', async ({ page }) => {
  const res = await page.goto(PAGE_TYPES.notFound);
  expect(res!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect((await jsonLd(page)).map((d) => d['@type'])).toEqual(['BreadcrumbList']);
  await page.getByRole('link', { name: 'See every utility guide' }).click();
  await expect(page).toHaveURL(/\/utilities\/$/);
});

test('printing a guide hides navigation and keeps the content', async ({ page }) => {
  await page.goto(PAGE_TYPES.guide);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#billing')).toBeVisible();
});

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type}: fits a 360 px screen without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${type}: no axe violations (WCAG 2.2 AA, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('keyboard users can skip to the content and reach every section link', async ({ page }) => {
  await page.goto(PAGE_TYPES.guide);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // Tabbing on from the skip target moves into the guide, not back to the site header.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(
    () => document.activeElement?.closest('header.site-header') === null,
  );
  expect(focused).toBe(true);
});

test('the data carries its licence: footer, /compare/, /compare.json and /llms.txt', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.locator('footer a[rel="license"]')).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  const data = await (await request.get('/compare.json')).json();
  expect(data.license).toMatchObject({
    id: 'CC-BY-4.0',
    attribution: 'Utility Data Guides contributors',
  });
  expect(data.license.eia).toContain('public domain');
  expect(await (await request.get('/llms.txt')).text()).toMatch(
    /^Licence: Content and data: .*CC BY 4\.0/m,
  );
  await page.goto('/compare/');
  await expect(page.locator('main a[rel="license"]')).toHaveCount(1);
});

test('the header search box is a text input with the combobox role (valid HTML, search keyboard on phones)', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.locator('#site-search');
  await expect(box).toHaveAttribute('type', 'text');
  await expect(box).toHaveAttribute('role', 'combobox');
  await expect(box).toHaveAttribute('inputmode', 'search');
  expect(await page.locator('input[type="search"][role]').count()).toBe(0);
});
