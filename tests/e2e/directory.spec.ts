/**
 * Every US electric utility is findable: directory pages for utilities without a guide, EIA facts beside
 * guides, state hubs whose counts agree with the directory, maps, and a sitemap that follows the
 * thin-content policy.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { buildListings, isIndexable } from '#src/directory/listings.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { CONTENT_DIR } from '#src/site.ts';
import { companyKey } from '#src/views/companies.ts';
import { loadCollection } from '#src/content/collections.ts';
import { builtPage } from './dist.ts';
import { axeViolations } from './helpers.ts';

const entries = JSON.parse(
  readFileSync('content/directory/eia-861.json', 'utf8'),
) as DirectoryEntry[];
const listings = buildListings(loadGuideDirectory(CONTENT_DIR).guides, entries);

test('a directory-only page leads with what a customer can do today, then the EIA facts, then the invitation', async ({
  page,
}) => {
  await page.goto('/utilities/cherryland-electric-coop-inc-mi/');
  // The name spelled out; EIA's own spelling is kept in the facts.
  await expect(page.locator('h1')).toHaveText('Cherryland Electric Cooperative');
  await expect(page).toHaveTitle(/^Cherryland Electric Cooperative, Michigan: /);
  await expect(page.locator('.eia-facts')).toContainText('Cherryland Electric Coop Inc');
  const steps = page.locator('#first-steps-heading + ol > li');
  expect(await steps.count()).toBeGreaterThanOrEqual(2);
  // Each step links to where the site explains it, and every link leads somewhere.
  for (const href of await steps
    .locator('a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const res = await page.request.get(href.split('#')[0]!);
    expect(res.status(), href).toBe(200);
  }
  await page.getByRole('link', { name: 'A letter to copy' }).click();
  await expect(page).toHaveURL(/\/request-your-data\/#letter-own-data$/);
  await expect(page.locator('#letter-own-data + p + pre')).toContainText('billing and usage data');
  await page.goBack();
  // A county in the EIA facts leads to every utility serving it.
  await page.locator('.eia-facts').getByRole('link', { name: 'Grand Traverse' }).click();
  await expect(page.locator('h1')).toHaveText(
    'Electric utilities in Grand Traverse County, Michigan',
  );
  const servingGT = listings.filter((l) =>
    l.eia.some((e) => e.counties.MI?.includes('Grand Traverse')),
  );
  await expect(page.locator('.county-utilities > li')).toHaveCount(servingGT.length);
  await expect(page.locator('.county-utilities')).toContainText('Cherryland Electric Cooperative');
  // The invitation comes last, in words; the command line lives on /contribute/.
  await page.goto('/utilities/cherryland-electric-coop-inc-mi/');
  await expect(page.locator('#contribute-heading')).toHaveText(
    'Help write the guide for Cherryland Electric Cooperative',
  );
  await expect(page.locator('.contribute code')).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: "start this utility's file on GitHub" }),
  ).toHaveAttribute(
    'href',
    /\/new\/main\/content\/utilities\?filename=cherryland-electric-coop-inc-mi\.md$/,
  );
});

test('a state hub leads with finding your utility: the largest by customers and every county', async ({
  page,
}) => {
  await page.goto('/states/tx/');
  const find = page.locator('.find-utility');
  await expect(find.locator('h2')).toHaveText('Find your utility');
  await expect(find).toContainText('Smart Meter Texas');
  await find.locator('summary').click();
  const counties = new Set(entries.flatMap((e) => e.counties.TX ?? []));
  await expect(find.locator('.county-list > li')).toHaveCount(counties.size);
  await find.getByRole('link', { name: 'Travis County', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Electric utilities in Travis County, Texas');
  await expect(page.locator('.lead')).toContainText('service map');
});

test('a guide and its EIA entry are one page, with the EIA facts beside the guide’s own', async ({
  page,
}) => {
  expect(listings.filter((l) => l.eia.some((e) => e.eiaId === 16949))).toHaveLength(1);
  await page.goto('/utilities/sevier-county-electric-system/');
  const eia = page.locator('#about .eia-facts');
  await expect(eia).toContainText('Smart meters (AMI): 55,166 of 55,166 meters');
  await expect(eia).toContainText('Sevier');
  const res = await page.request.get('/utilities/sevier-county-electric-system-tn/');
  expect(res.status()).toBe(404);
});

test('the thin-content policy decides index and sitemap for directory pages', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const thin = listings.find((l) => !l.guide && !isIndexable(l.eia[0]))!;
  const full = listings.find((l) => !l.guide && isIndexable(l.eia[0]))!;
  expect(builtPage(`utilities/${thin.slug}`)).toContain('<meta name="robots" content="noindex">');
  expect(sitemap).not.toContain(`/utilities/${thin.slug}/<`);
  expect(builtPage(`utilities/${full.slug}`)).not.toContain('noindex');
  expect(sitemap).toContain(`/utilities/${full.slug}/<`);
});

for (const code of ['TN', 'TX', 'GA']) {
  test(`the ${code} hub lists exactly the directory’s utilities for ${code}`, async ({ page }) => {
    const expected = listings.filter((l) => l.states.includes(code as never));
    await page.goto(`/states/${code.toLowerCase()}/`);
    await expect(page.locator('#state-count strong')).toHaveText(String(expected.length));
    const linked = await page
      .locator('#all-utilities tbody th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(linked.sort()).toEqual(expected.map((l) => `/utilities/${l.slug}/`).sort());
  });
}

test('the maps link every state to its hub and say their values in words', async ({ page }) => {
  await page.goto('/states/');
  const links = page.locator('#coverage svg a');
  expect(await links.count()).toBeGreaterThanOrEqual(50);
  await expect(page.locator('#coverage svg a[href="/states/tn/"] title')).toContainText(
    'Tennessee',
  );
  await expect(page.locator('#ami svg a[href="/states/tn/"] title')).toContainText('smart meters');
  await page.goto('/');
  await page.locator('#home-coverage svg a[href="/states/ga/"]').click();
  await expect(page).toHaveURL(/\/states\/ga\/$/);
});

for (const [name, path] of [
  ['directory page', '/utilities/city-of-abbeville-la/'],
  ['state hub', '/states/tn/'],
  ['states', '/states/'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name}: no axe violations (${scheme}) and fits 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('a parent company’s page lists exactly its utilities that have a guide, each with the source for the parent', async ({
  page,
}) => {
  const guides = loadGuideDirectory(CONTENT_DIR).guides;
  const duke = guides.filter(
    (g) => g.data.parent && companyKey(g.data.parent.name) === 'duke-energy',
  );
  expect(duke.length).toBeGreaterThanOrEqual(2);
  await page.goto('/companies/duke-energy/');
  await expect(page.locator('h1')).toHaveText('Duke Energy');
  const items = page.locator('.company-members > li');
  await expect(items).toHaveCount(duke.length);
  for (const g of duke) {
    const item = items.filter({ has: page.locator(`a[href="/utilities/${g.slug}/"]`) });
    await expect(item).toHaveCount(1);
    await expect(item.locator('a[href*="#source-"]').first()).toBeVisible();
  }
});

test('a directory page named in content/names/ leads with the brand, gives the website and contact with their sources', async ({
  page,
}) => {
  const named = new Map(
    loadCollection('names').docs.flatMap((d) => d.data.entries.map((e) => [e.eiaId, e] as const)),
  );
  const withNames = buildListings(loadGuideDirectory(CONTENT_DIR).guides, entries, named);
  // A brand that is not EIA's name, with a cited phone number: CPS Energy (City of San Antonio) is one.
  const l = withNames.find(
    (x) => !x.guide && x.legalName && x.names?.contacts.some((c) => c.type === 'phone'),
  )!;
  expect(l).toBeDefined();
  await page.goto(`/utilities/${l.slug}/`);
  await expect(page.locator('h1')).toHaveText(l.name);
  await expect(page).toHaveTitle(
    new RegExp(`^${l.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
  );
  await expect(page.locator('p.aka')).toContainText(`Filed with EIA as ${l.legalName}`);
  const host = new URL(l.names!.website).hostname.replace(/^www\./, '');
  await expect(page.getByRole('link', { name: host, exact: true })).toHaveAttribute(
    'href',
    l.names!.website,
  );
  // Each contact cites a source in the list on the same page.
  const cite = page.locator('ul.contacts a[href^="#source-"]').first();
  const target = (await cite.getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);
  await expect(page.locator('details.sources li')).toHaveCount(l.names!.sources.length);
});

test('a parent company’s page also lists its utilities without a guide, from the names file', async ({
  page,
}) => {
  const parents = loadCollection('names').docs.flatMap((d) =>
    d.data.entries.filter((e) => e.parent).map((e) => ({ eiaId: e.eiaId, parent: e.parent! })),
  );
  const evergy = parents.filter((p) => companyKey(p.parent) === 'evergy');
  expect(evergy.length).toBeGreaterThanOrEqual(1);
  await page.goto('/companies/evergy/');
  const items = page.locator('#no-guide-yet + ul > li');
  await expect(items).toHaveCount(evergy.length);
  for (const p of evergy) {
    const slug = listings.find((l) => l.eia[0]?.eiaId === p.eiaId)!.slug;
    await expect(items.filter({ has: page.locator(`a[href="/utilities/${slug}/"]`) })).toHaveCount(
      1,
    );
  }
});
