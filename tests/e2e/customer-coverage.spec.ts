/**
 * Coverage by customers, not by count: the home page and state hubs show the share of EIA-861 customers and
 * smart meters served by utilities with a guide, and the figures are the ones src/views/coverage.ts computes
 * from the same directory file and guide folder (so page, report and test cannot drift apart).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { buildListings } from '#src/directory/listings.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import { CONTENT_DIR } from '#src/site.ts';
import {
  coverage,
  coverageText,
  directorySlugs,
  guidedEiaIds,
  withoutGuide,
} from '#src/views/coverage.ts';

const entries = JSON.parse(
  readFileSync('content/directory/eia-861.json', 'utf8'),
) as DirectoryEntry[];
const listings = buildListings(loadGuideDirectory(CONTENT_DIR).guides, entries);
const guided = guidedEiaIds(listings);

/**
 * The coverage blocks' own boundaries, as text.ts's runTogether checks a whole page (other parts of a page
 * are other specs' business): each block element must have whitespace, not another element, on both sides.
 */
const glued = (page: Page, selectors: string[]) =>
  page.evaluate(
    (sels) =>
      sels.flatMap((sel) =>
        [...document.querySelectorAll(sel)].flatMap((el) => {
          const ok = (n: ChildNode | null, re: RegExp) =>
            !n || (n.nodeType === Node.TEXT_NODE && re.test(n.textContent ?? ''));
          return [
            ...(ok(el.previousSibling, /\s$/) ? [] : [`${sel} is glued to what precedes it`]),
            ...(ok(el.nextSibling, /^\s/) ? [] : [`${sel} is glued to what follows it`]),
          ];
        }),
      ),
    selectors,
  );

/** The numbers of a "(covered of total)" pair as shown, e.g. "(21,347,642 of 147,664,905)". */
const pairs = (text: string) =>
  [...text.matchAll(/\(([\d,]+) of ([\d,]+)\)/g)].map((m) =>
    [m[1], m[2]].map((n) => Number(n!.replace(/,/g, ''))),
  );

test('the home page shows the national coverage the view computes, and the largest utilities without a guide', async ({
  page,
}) => {
  const c = coverage(entries, guided);
  const words = coverageText(c);
  await page.goto('/');
  const figure = page.locator('#customer-coverage');
  const text = (await figure.textContent())!.replace(/\s+/g, ' ');
  expect(text).toContain(
    `serve ${words.customersPercent} of the electric customers EIA counts for US utilities`,
  );
  expect(text).toContain(`and ${words.amiPercent} of their smart (AMI) meters`);
  expect(text).toContain(`Form EIA-861 data for ${c.dataYear}`);
  // The numbers, parsed back: customers first, then AMI meters.
  expect(pairs(text)).toEqual([
    [c.customers.covered, c.customers.total],
    [c.amiMeters.covered, c.amiMeters.total],
  ]);
  expect(c.customers.covered).toBeGreaterThan(0);
  // Oncor (delivery-only) has a guide, so the national figures carry the Texas note.
  await expect(page.locator('main')).toContainText(words.deliveryOnlyNote!);

  const slugs = directorySlugs(listings);
  const top = withoutGuide(entries, guided).ranked.slice(0, 10);
  const hrefs = await page
    .locator('ol.next-guides a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(top.map((r) => `/utilities/${slugs.get(r.entry.eiaId)}/`));
  for (const href of hrefs.slice(0, 3)) expect((await page.request.get(href!)).status()).toBe(200);
  expect(
    await glued(page, [
      '#customer-coverage',
      '#customer-coverage + p.muted',
      '#next-guides-intro',
      'ol.next-guides',
      'ol.next-guides li',
    ]),
  ).toEqual([]);
});

for (const code of ['TN', 'TX', 'GA'] as StateCode[]) {
  test(`the ${code} hub shows the state’s coverage with the data year`, async ({ page }) => {
    const c = coverage(entries, guided, code);
    const words = coverageText(c);
    await page.goto(`/states/${code.toLowerCase()}/`);
    const text = (await page.locator('#state-coverage').textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(
      `serve ${words.customersPercent} of the electric customers EIA counts in`,
    );
    expect(text).toContain(`${words.amiPercent} of their smart (AMI) meters`);
    expect(text).toContain(`Form EIA-861 data for ${c.dataYear}`);
    expect(pairs(text)).toEqual([
      [c.customers.covered, c.customers.total],
      [c.amiMeters.covered, c.amiMeters.total],
    ]);
    const note = page.locator('#state-coverage-note');
    if (code === 'TX') {
      // Texas: ERCOT's wires utilities have meters but no EIA customer count, and the page says so.
      expect(c.deliveryOnly.length).toBeGreaterThan(0);
      await expect(note).toContainText(
        'Customers in Texas’s competitive (ERCOT) area are not in these customer counts',
      );
      await expect(note).toContainText('The smart-meter share does include');
    } else await expect(note).toHaveCount(0);
    expect(await glued(page, ['#state-coverage', '#state-coverage-note'])).toEqual([]);
  });
}

for (const [name, path] of [
  ['home', '/'],
  ['Texas hub', '/states/tx/'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} with coverage: no axe violations (${scheme}), fits 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page })
        .include('main')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}
