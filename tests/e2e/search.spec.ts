/** Site search in Chromium on the built site (Pagefind index built by `astro build`). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist.ts';
import { axeViolations } from './helpers.ts';

async function searchBox(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type(query);
  const options = page.locator('#site-search-results [role="option"]');
  // Results for a partly typed query may show first; wait for the ones for the whole query.
  const last = query.trim().split(/\s+/).pop()!.toLowerCase();
  await expect(options.first()).toHaveAttribute(
    'data-url',
    new RegExp(`highlight=[^#]*${last}`, 'i'),
  );
  return options;
}

test('no search code or index is fetched until the reader asks; then a query finds SCES first, without errors', async ({
  page,
}) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/utilities/pacificorp/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/') || /search-ui/.test(p))).toEqual([]);
  const options = await searchBox(page, 'Sevier');
  await expect(options.first().locator('.result-title')).toHaveText(
    'Sevier County Electric System data access guide',
  );
  expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  expect(errors).toEqual([]);
});

test('short names and EIA aliases find their utility', async ({ page }) => {
  await page.goto('/');
  const options = await searchBox(page, 'Jefferson Electric Member');
  // The EIA filing name finds the guide's own pages first (guide, FAQ or rates), the guide within three.
  await expect(options.first().locator('.result-title')).toHaveText(
    /^Jefferson Energy Cooperative /,
  );
  const top3 = await options
    .locator('.result-title')
    .evaluateAll((els) => els.slice(0, 3).map((e) => e.textContent?.trim()));
  expect(top3).toContain('Jefferson Energy Cooperative data access guide');
  await page.goto('/');
  const comed = await searchBox(page, 'ComEd');
  await expect(comed.locator('.result-title').first()).toContainText('ComEd');
});

test('keyboard: arrows choose a result, Enter opens it with the terms highlighted, Esc closes', async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && blocked.push(m.text()));
  await page.goto('/states/');
  await searchBox(page, 'Sevier');
  await page.keyboard.press('ArrowDown');
  const input = page.locator('#site-search');
  await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await expect(page.locator('#site-search-option-0')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/utilities\/sevier-county-electric-system\/\?highlight=Sevier/i);
  await expect(page.locator('main mark').first()).toBeVisible();
  // The highlighter adds no inline style the policy would block; the site's CSS styles the marks.
  expect(blocked).toEqual([]);
  await page.locator('#site-search').focus();
  await page.keyboard.type('SCES');
  await expect(page.locator('[data-search-popup]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-popup]')).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
});

test('no results gives a helpful message', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('zzqqxxnotaword');
  await expect(page.locator('[data-search-status]')).toContainText(
    'No results for “zzqqxxnotaword”. Try the utility’s short name',
  );
});

test('the search page keeps query and filters in the URL, and a state filter narrows the results', async ({
  page,
}) => {
  await page.goto('/search/?q=electric+cooperative');
  const results = page.locator('[data-results] li');
  await expect(results.first()).toBeVisible();
  const all = await page.locator('[data-status]').textContent();
  await page.locator('[data-filters] summary').click();
  await page.getByLabel('State', { exact: true }).selectOption('GA');
  await expect(page).toHaveURL(/state=GA/);
  await expect(results.first()).toBeVisible();
  const count = async () =>
    Number((await page.locator('[data-status]').textContent())!.match(/\d+/)![0]);
  await expect.poll(count).toBeLessThan(Number(all!.match(/\d+/)![0]));
  for (const facts of await results.locator('.result-facts').allTextContents())
    expect(facts).toMatch(/GA/);
  await page.goBack();
  await expect(page.getByLabel('State', { exact: true })).toHaveValue('');
});

test('on a phone the search page has one search box, folded filters and no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/search/?q=green+button');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await expect(page.locator('input[type="search"], input[role="combobox"]')).toHaveCount(1);
  const fold = page.locator('[data-filters]');
  await expect(fold).toBeVisible();
  await expect(fold).not.toHaveAttribute('open', '');
  // The first result shows on the first screen, not below a wall of filters.
  const top = (await page.locator('[data-results] li').first().boundingBox())!.y;
  expect(top).toBeLessThan(740);
  await fold.locator('summary').click();
  await expect(page.getByLabel('State', { exact: true })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // A link that sets a filter opens the fold and says so.
  await page.goto('/search/?q=electric&state=GA');
  await expect(fold).toHaveAttribute('open', '');
  await expect(fold.locator('summary')).toContainText('(1 set)');
});

test('the search page and the open header box have no axe violations', async ({ page }) => {
  await page.goto('/search/?q=green+button');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/');
  await searchBox(page, 'interval');
  const open = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('source lists and citation marks stay out of the index, the rest of the guide is in it', () => {
  // Pagefind's fragments (gzip, a 12-byte signature, then JSON) hold the text it indexed for each page.
  const dir = join(DIST, 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .slice('pagefind_dcd'.length),
      ) as { url: string; content: string },
  );
  const guide = fragments.filter((f) =>
    f.url.startsWith('/utilities/sevier-county-electric-system/'),
  );
  expect(guide.map((f) => f.url).sort()).toEqual([
    '/utilities/sevier-county-electric-system/',
    '/utilities/sevier-county-electric-system/faq/',
    '/utilities/sevier-county-electric-system/rates/',
  ]);
  const page = guide.find((f) => f.url.endsWith('system/'))!.content;
  expect(page).toContain('How to get your SCES data');
  for (const f of guide) {
    expect(f.content, f.url).not.toMatch(
      /Read (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/,
    );
    expect(f.content, f.url).not.toMatch(/\[\d+\]/);
  }
});
