import { expect, test } from '@playwright/test';
import { jsonLd, SEEDS } from './helpers.ts';

const SECTIONS = [
  '1. Billing data', '2. Interval data and meters', '3. Green Button', '4. Third-party API',
  '5. EDI (electronic data interchange)', '6. Rates and tariffs', '7. Other programs', '8. Limitations',
];

for (const [name, path] of Object.entries(SEEDS)) {
  test.describe(`${name} guide`, () => {
    test('shows header facts, at-a-glance, access methods and every numbered section', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('#at-a-glance .glance li')).toHaveCount(9);
      await expect(page.locator('#access-methods tbody tr').first()).toBeVisible();
      const headings = (await page.locator('article h2').allTextContents()).map((h) => h.trim());
      for (const s of SECTIONS) expect(headings).toContain(s);
      expect(headings.some((h) => h.startsWith('9. ') && h.includes('FAQ'))).toBe(true);
      expect(headings).toEqual(expect.arrayContaining(['Contacts', 'Sources']));
      await expect(page.locator('.updated time')).toHaveCount(2);
      await expect(page.locator('#sources li').first()).toContainText('Accessed');
    });

    test('table of contents links land on sections', async ({ page }) => {
      await page.goto(path);
      const hrefs = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThanOrEqual(13);
      for (const href of hrefs) await expect(page.locator(href)).toHaveCount(1);
      await page.locator('.toc a', { hasText: 'Green Button' }).click();
      await expect(page).toHaveURL(/#green-button$/);
      await expect(page.locator('#green-button h2')).toBeInViewport();
    });

    test('steps are ordered lists and breadcrumbs lead back', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('#billing ol.steps li').first()).toBeVisible();
      const crumbs = page.locator('nav.breadcrumbs');
      await expect(crumbs.locator('a')).toHaveText(['Home', 'Utilities']);
      await expect(crumbs.locator('[aria-current="page"]')).toBeVisible();
      await crumbs.getByRole('link', { name: 'Utilities' }).click();
      await expect(page).toHaveURL(/\/utilities\/$/);
    });

    test('has canonical, Open Graph and parseable JSON-LD with dateModified', async ({ page }) => {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(path);
      expect(canonical).toMatch(/^https:\/\//);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /data access guide/);
      const ld = await jsonLd(page);
      const crumbs = ld.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: unknown[] };
      expect(crumbs.itemListElement).toHaveLength(3);
      const webPage = ld.find((d) => d['@type'] === 'WebPage')!;
      expect(webPage.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });
}

test('SCES phone is a tel: link and its guide says what is not published', async ({ page }) => {
  await page.goto(SEEDS.sces);
  const phone = page.locator('#contacts a[href="tel:+18654532887"]');
  await expect(phone).toHaveText('(865) 453-2887');
  // Phones inside steps are dialable too.
  await expect(page.locator('#billing ol.steps a[href="tel:+18654532887"]').first()).toBeVisible();
  await expect(page.locator('#at-a-glance')).toContainText('Smart meters (AMI)Not published');
  await expect(page.locator('#rates')).toContainText('Demand chargesYes');
});

test('JEC shows its PSC docket, email as mailto: and the AMI facts', async ({ page }) => {
  await page.goto(SEEDS.jec);
  await expect(page.locator('#rates')).toContainText('31536');
  await expect(page.locator('#contacts a[href="mailto:mscott@jec.coop"]')).toBeVisible();
  await expect(page.locator('#interval-data')).toContainText('Deployed; Itron (cellular); since 2013');
  await expect(page.locator('#billing')).toContainText('5–15 business days');
});

test('FAQ page lists every question with matching FAQPage JSON-LD', async ({ page }) => {
  await page.goto(`${SEEDS.jec}faq/`);
  const questions = await page.locator('.faq h2').allTextContents();
  expect(questions.length).toBe(5);
  const faq = (await jsonLd(page)).find((d) => d['@type'] === 'FAQPage') as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
  expect(faq.mainEntity.map((q) => q.name)).toEqual(questions);
  for (const q of faq.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
  // Markdown links in answers are rendered as links.
  await expect(page.locator('.faq a[href="https://onlinebilling.jec.coop/onlineportal/"]')).toBeVisible();
});

test('rates page shows schedules, dated figures and the docket', async ({ page }) => {
  await page.goto(`${SEEDS.sces}rates/`);
  await expect(page.locator('h1')).toHaveText('Sevier County Electric System rate schedules and tariff guide');
  await expect(page.getByRole('rowheader', { name: 'GSA-2' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Residential energy charge/ })).toContainText('0.09436 USD per kWh');
  await expect(page.getByRole('row', { name: /Residential energy charge/ })).toContainText('October 2023');
  await page.goto(`${SEEDS.jec}rates/`);
  await expect(page.locator('main')).toContainText('31536');
  await expect(page.locator('main')).toContainText('Not published: no source we found states the individual rate schedules');
});
