/**
 * What no other guide publishes: third-party onboarding, the data-field matrix, portal platforms, state
 * rules linked from guides, and each guide's machine-readable copy.
 */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { loadCollection } from '#src/content/collections.ts';
import { CONTENT_DIR } from '#src/site.ts';
import { DATA_FIELD } from '#src/schema/enums.ts';
import { applicableFields } from '#src/views/data-fields.ts';
import { HUB_PLATFORMS } from '#src/views/platforms.ts';
import { axeViolations } from './helpers.ts';

const guides = loadGuideDirectory(CONTENT_DIR).guides;
const withOnboarding = guides.find((g) =>
  g.data.thirdPartyAccess.routes.some((r) => r.onboarding?.registrationUrl),
)!;

test('a guide shows how a third party registers for a route, with citations', async ({ page }) => {
  const route = withOnboarding.data.thirdPartyAccess.routes.find(
    (r) => r.onboarding?.registrationUrl,
  )!;
  await page.goto(`/utilities/${withOnboarding.slug}/`);
  const heading = page.locator('h3, h4', { hasText: `Registering for ${route.name}` });
  // Routes after the first are collapsed: open the one that holds the block, as a reader would.
  const closed = page.locator('details:not([open])').filter({ has: heading });
  if (await closed.count()) await closed.last().locator(':scope > summary').click();
  await expect(heading).toBeVisible();
  const facts = heading.locator('xpath=following-sibling::*[1]');
  await expect(facts).toContainText('Where to register');
  await expect(
    facts.getByRole('link', { name: route.onboarding!.registrationUrl! }),
  ).toHaveAttribute('href', route.onboarding!.registrationUrl!);
  for (const term of [
    'Who may register',
    'What registration requires',
    'Sandbox or test mode',
    'How long one authorization lasts',
    'How a customer revokes it',
    'Cost',
    'Typical onboarding time',
  ])
    // Items no source states are gathered in one "Not published: …" line, so match either case.
    await expect(facts).toContainText(new RegExp(term, 'i'));
  await expect(facts.locator('a.cite').first()).toHaveAttribute('href', /^#source-/);
});

test('the data-field matrix covers every field that applies: cited rows, the rest named as not published', async ({
  page,
}) => {
  for (const g of [
    guides.find((x) => x.data.dataFields.length)!,
    guides.find(
      (x) => x.data.commodities.includes('gas') && !x.data.commodities.includes('electric'),
    )!,
  ]) {
    await page.goto(`/utilities/${g.slug}/`);
    const section = page.locator('#data-fields');
    // The matrix is reference detail, folded: a reader opens it.
    const fold = section.locator('details#data-fields-detail');
    if (await fold.count()) {
      await expect(fold).not.toHaveAttribute('open');
      await fold.locator('summary').click();
    }
    const heads = (await section.locator('table tbody th').allInnerTexts()).map((t) =>
      // The row head carries the citation marks and, for a reported row, who reports it.
      t
        .replace(/\s*\[\d+\]/g, '')
        .replace(/\s*reported by .*$/s, '')
        .trim(),
    );
    const fields = applicableFields(g.data.commodities);
    expect([...new Set(heads)], g.slug).toEqual(
      fields.filter((f) => g.data.dataFields.some((d) => d.field === f)).map((f) => DATA_FIELD[f]),
    );
    const silent = fields.filter((f) => !g.data.dataFields.some((d) => d.field === f));
    if (silent.length) {
      const line = section.locator('p', { hasText: 'Not published for' });
      for (const f of silent)
        await expect(line).toContainText(new RegExp(DATA_FIELD[f].replace(/[()]/g, '\\$&'), 'i'));
    }
    for (const f of ['gas-usage', 'peak-load-contribution'] as const)
      if (!fields.includes(f)) await expect(section).not.toContainText(DATA_FIELD[f]);
    for (const d of g.data.dataFields.filter((x) => x.status !== 'unknown' && x.cite?.length)) {
      const row = section
        .locator('tbody tr', { has: page.locator('th', { hasText: DATA_FIELD[d.field] }) })
        .first();
      await expect(row.locator('a.cite').first()).toBeVisible();
    }
  }
});

test('each platform hub lists exactly the guides that name its platform', async ({ page }) => {
  for (const p of HUB_PLATFORMS) {
    await page.goto(`/platforms/${p}/`);
    const names = (
      await page.locator('ul.platform-utilities > li > a:first-child').allInnerTexts()
    ).map((t) => t.trim());
    const expected = guides
      .filter((g) => g.data.platform.vendor === p)
      .map((g) => g.data.name)
      .sort((a, b) => a.localeCompare(b, 'en'));
    expect(names, p).toEqual(expected);
  }
  await page.goto('/platforms/');
  await expect(page.locator('table tbody tr')).toHaveCount(HUB_PLATFORMS.length);
});

test('a state hub cites its rules, and guides in the state link to them', async ({ page }) => {
  const ca = loadCollection('states').docs.find((d) => d.data.state === 'CA')!;
  const rule = ca.data.rules[0];
  await page.goto('/states/ca/');
  const block = page.locator(`#rule-${rule.id}`);
  await expect(block).toContainText(rule.name);
  await expect(block.locator('a.cite').first()).toHaveAttribute('href', /^#source-/);
  await page.goto('/utilities/pacific-gas-and-electric/');
  const link = page.locator('#about').getByRole('link', { name: rule.name });
  await expect(link).toHaveAttribute('href', `/states/ca/#rule-${rule.id}`);
});

test('every guide’s JSON validates against the published schema and carries its sources', async ({
  request,
}) => {
  const schema = await (await request.get('/schema/utility.schema.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  for (const g of guides) {
    const res = await request.get(`/utilities/${g.slug}.json`);
    expect(res.status(), g.slug).toBe(200);
    const data = await res.json();
    expect(
      validate(data)
        ? []
        : validate.errors!.slice(0, 3).map((e) => `${g.slug}${e.instancePath}: ${e.message}`),
    ).toEqual([]);
    expect(data.sources.length).toBe(g.data.sources.length);
  }
});

test('llms.txt indexes every guide with its JSON, the hubs and the open data', async ({
  request,
}) => {
  const text = await (await request.get('/llms.txt')).text();
  expect(text.startsWith('# Utility Data Guides\n')).toBe(true);
  for (const g of guides) expect(text).toContain(`/utilities/${g.slug}.json`);
  for (const p of ['/green-button/', '/platforms/', '/compare.json', '/schema/utility.schema.json'])
    expect(text).toContain(p);
});

for (const path of ['/platforms/', '/platforms/opower/', '/contribute/']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path}: no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
