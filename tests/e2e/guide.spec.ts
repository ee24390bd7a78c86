import { expect, test } from '@playwright/test';
import { GUIDE_SECTIONS } from '#src/lib/sections.ts';
import { CAPABILITY } from '#src/schema/enums.ts';
import { jsonLd, SEEDS, axeViolations } from './helpers.ts';

for (const [name, path] of Object.entries(SEEDS)) {
  test.describe(`${name} guide`, () => {
    test('shows header facts, at a glance, access methods and every numbered section', async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      // Nine capabilities: each stated one on its own line, the unpublished ones gathered in one.
      const glance = await page.locator('#at-a-glance .glance').innerText();
      for (const label of Object.values(CAPABILITY).map((c) => c.label))
        expect(glance).toContain(label);
      const stated = await page.locator('#at-a-glance .glance > li:not(.glance-missing)').count();
      await expect(page.locator('#at-a-glance .glance-missing')).toHaveCount(
        stated < Object.keys(CAPABILITY).length ? 1 : 0,
      );
      const headings = (await page.locator('article h2').allTextContents()).map((h) =>
        h.trim().replace(/\s+/g, ' '),
      );
      GUIDE_SECTIONS.filter((s) => s.id !== 'faq').forEach((s, i) =>
        expect(headings).toContain(`${i + 1}. ${s.title}`),
      );
      expect(headings).toEqual(expect.arrayContaining(['Contacts', 'Sources']));
      await expect(page.locator('.updated time')).toHaveCount(2);
      await expect(page.locator('#sources li').first()).toContainText('Read');
    });

    test('table of contents links land on sections', async ({ page }) => {
      await page.goto(path);
      const targets = await page
        .locator('.toc a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(targets.length).toBeGreaterThanOrEqual(14);
      for (const href of targets) await expect(page.locator(href)).toHaveCount(1);
      await page.locator('.toc a', { hasText: 'Green Button' }).click();
      await expect(page).toHaveURL(/#green-button$/);
      await expect(page.locator('#green-button h2')).toBeInViewport();
    });

    test('every citation links to an entry in the source list', async ({ page }) => {
      await page.goto(path);
      const targets = new Set(
        await page.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
      );
      expect(targets.size).toBeGreaterThan(0);
      for (const href of targets) await expect(page.locator(`#sources ${href}`)).toHaveCount(1);
    });

    test('has canonical, Open Graph and parseable JSON-LD with dateModified', async ({ page }) => {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(path);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        'content',
        /data access guide/,
      );
      const ld = await jsonLd(page);
      const webPage = ld.find((d) => d['@type'] === 'WebPage')!;
      expect(webPage.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });
}

test('a citation sits next to the facts of each section that states any', async ({ page }) => {
  await page.goto(SEEDS.sces);
  // Route details open on demand, like a reader would open them.
  for (const summary of await page.locator('#third-party details > summary').all())
    await summary.click();
  for (const id of ['interval-data', 'billing', 'third-party', 'rates', 'programs']) {
    await expect(page.locator(`#${id} a.cite`).first(), id).toBeVisible();
  }
  // The header facts cite EIA-861 for the customer count.
  const customers = page.locator('.guide-header dt', { hasText: 'Customers' }).locator('xpath=..');
  await expect(customers).toContainText('54,962 customers (2018)');
  await expect(customers.locator('a.cite')).toHaveAttribute('href', '#source-eia-861-2018');
});

test('sources that differ are shown in one line beside the fact, each claim with its source', async ({
  page,
}) => {
  await page.goto(SEEDS.sces);
  const conflict = page.locator('#interval-data p.differ', {
    hasText: 'Sources differ on smart-meter deployment',
  });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('55,166');
  await expect(conflict.locator('a.cite')).toHaveCount(2);
  await expect(page.getByText('Sources disagree')).toHaveCount(0);
});

test('facts resting only on a commercial guide name who reports them', async ({ page }) => {
  await page.goto(SEEDS.sces);
  await page.locator('#route-written-request > summary').click();
  const route = page.locator('#third-party');
  await expect(route.locator('.reported').first()).toBeVisible();
  await expect(route.locator('.reported').first()).toHaveText(
    'reported by Nectar (commercial guide)',
  );
  await expect(page.getByText('commercial source only')).toHaveCount(0);
});

test('a how-to link to a route opens at the route, and citations open the source list', async ({
  page,
}) => {
  await page.goto(SEEDS.sces);
  const link = page.locator('#how-to a[href^="#"]').last();
  const target = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page.locator(target)).toBeInViewport();
  await page.locator('#interval-data a.cite').first().click();
  await expect(page.locator('#source-eia-861-2018')).toBeVisible();
});

test('not published is shown as its own state, never as no', async ({ page }) => {
  await page.goto('/utilities/knoxville-utilities-board/');
  const missing = page.locator('#at-a-glance li.glance-missing');
  await expect(missing).toHaveClass(/tone-unknown/);
  await expect(missing).toContainText('Green Button Download My Data');
  await expect(missing.locator('.unknown')).toHaveText('Not published');
  await expect(page.locator('#legend')).toContainText('it is not the same as “no”');
});

test('a value only a commercial guide states is shown as reported, naming it', async ({ page }) => {
  await page.goto(SEEDS.sces);
  const gb = page.locator('#at-a-glance li', { hasText: 'Green Button Download My Data' });
  await expect(gb).toContainText('Not available');
  await expect(gb.locator('.reported')).toHaveText('reported by Nectar (commercial guide)');
  await expect(page.locator('#legend')).toContainText('reported by');
});

test('FAQ page lists every question with matching FAQPage JSON-LD', async ({ page }) => {
  await page.goto(`${SEEDS.sces}faq/`);
  const questions = await page.locator('.faq h2').allTextContents();
  expect(questions.length).toBeGreaterThanOrEqual(3);
  const faq = (await jsonLd(page)).find((d) => d['@type'] === 'FAQPage') as {
    mainEntity: { name: string }[];
  };
  expect(faq.mainEntity.map((q) => q.name)).toEqual(questions);
});

test('rates page shows dated figures as written, each with its citation', async ({ page }) => {
  await page.goto(`${SEEDS.sces}rates/`);
  await expect(page.locator('h1')).toHaveText(
    'Sevier County Electric System rate schedules and tariff guide',
  );
  const row = page.getByRole('row', { name: /Residential energy charge/ });
  await expect(row).toContainText('0.09436 USD per kWh');
  await expect(row).toContainText('October 2023');
  await expect(row.locator('.reported')).toHaveText(/^reported by /);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a guide with routes, conflicts and citations has no axe violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(SEEDS.jec);
    expect(await axeViolations(page)).toEqual([]);
  });
}
