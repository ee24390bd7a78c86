/**
 * Reader-first pages: the answer in the first screen on a phone, nothing wider than the screen, no text
 * that runs together, snippets that name the utility, one home per FAQ answer, an og:image everywhere.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { CONTENT_DIR } from '#src/site.ts';
import { guidePath } from '#src/lib/urls.ts';
import { builtPage, builtPages, DIST, mainText } from './dist.ts';
import { runTogether } from './text.ts';

const { guides } = loadGuideDirectory(CONTENT_DIR);
/** The longest a guide may read at 360 × 800 with its reference detail folded. */
const MAX_SCREENS = 28;

for (const g of guides) {
  test(`${g.slug}: the how-to answer starts in the first screen at 360 px, nothing overflows, no text runs together`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of [
      guidePath(g.slug),
      `${guidePath(g.slug)}faq/`,
      `${guidePath(g.slug)}rates/`,
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      expect(await page.evaluate(runTogether), path).toEqual([]);
    }
    await page.goto(guidePath(g.slug));
    const top = await page
      .locator('#how-to')
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(800);
    // Every how-to line leads to something on the page.
    for (const href of await page
      .locator('#how-to a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      await expect(page.locator(href), href).toHaveCount(1);
    // Reference detail is folded: the guide reads in a bounded number of phone screens (the longest
    // guide is about 25 today; it was 44 before folding) …
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / 800);
    expect(screens, 'screens at 360 px').toBeLessThanOrEqual(MAX_SCREENS);
    // … and opened, every fold still fits the screen and reads cleanly.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
      'overflow with every fold open',
    ).toBeLessThanOrEqual(0);
    expect(await page.evaluate(runTogether), 'with every fold open').toEqual([]);
  });
}

test('a link into folded detail opens it, and a reader opens a fold by its summary line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const g = guides.find((x) => x.data.dataFields.length)!;
  await page.goto(guidePath(g.slug));
  const fold = page.locator('#data-fields-detail');
  await expect(fold.locator('table')).toBeHidden();
  await fold.locator('summary').click();
  await expect(fold.locator('table')).toBeVisible();
  // The state hubs and other guides link to #market; the fold holding it opens on arrival.
  await page.goto(`${guidePath(g.slug)}#market`);
  await expect(page.locator('details:has(#market)')).toHaveAttribute('open', '');
  await expect(page.locator('#market')).toBeVisible();
});

test('every guide’s meta description is at most 160 characters and names the utility', () => {
  for (const g of guides) {
    const html = builtPage(`utilities/${g.slug}`);
    const description = decodeHTML(/<meta name="description" content="([^"]*)"/.exec(html)![1]);
    expect(description.length, g.slug).toBeLessThanOrEqual(160);
    const names = [g.data.name, g.data.shortName, ...g.data.aliases].filter((n): n is string =>
      Boolean(n),
    );
    expect(
      names.some((n) => description.includes(n)),
      `${g.slug}: ${description}`,
    ).toBe(true);
    const title = decodeHTML(/<title>([^<]*)<\/title>/.exec(html)![1]);
    expect(title).toContain(g.data.shortName ?? g.data.name);
  }
});

test('each FAQ answer has one home: the FAQ page, not also the guide', () => {
  for (const g of guides.filter((x) => x.data.faq.length)) {
    // The guide's FAQ section (other sections may cite the same fact in their own words).
    const guideHtml = builtPage(`utilities/${g.slug}`);
    const guideText = mainText(/<section[^>]*id="faq"[\s\S]*?<\/section>/.exec(guideHtml)![0]);
    expect(guideText, g.slug).toContain(g.data.faq[0].question);
    const faqText = mainText(builtPage(`utilities/${g.slug}/faq`));
    for (const f of g.data.faq) {
      const answerStart = decodeHTML(f.answer.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
        .replace(/\s+/g, ' ')
        .slice(0, 50);
      expect(faqText, g.slug).toContain(answerStart);
      expect(guideText.includes(answerStart), `${g.slug} repeats: ${answerStart}`).toBe(false);
    }
  }
});

test('every page shares an og:image that exists in the build', () => {
  for (const [path, html] of builtPages()) {
    const image = /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1];
    expect(image, path).toBeDefined();
    expect(existsSync(join(DIST, new URL(image!).pathname)), `${path}: ${image}`).toBe(true);
  }
});

test('the home page lists what changed and when, newest first', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.changes li');
  expect(await items.count()).toBeGreaterThan(0);
  const dates = await items
    .locator('time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect([...dates].sort().reverse()).toEqual(dates);
  await expect(items.first()).toContainText(':');
});

test('the all-utilities view fits a 1280 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/utilities/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const widest = await page
    .locator('table')
    .evaluateAll((ts) => Math.max(...ts.map((t) => t.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(1280);
});
