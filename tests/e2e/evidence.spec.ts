/**
 * No page calls a cited value "not published": every guide's glance, how-to, comparison cells and
 * data-field matrix are walked against the typed guides, and each value's evidence tier must show.
 * Citation marks are tap-sized and never cover the value they follow.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { CONTENT_DIR } from '#src/site.ts';
import { capabilities } from '#src/views/capabilities.ts';
import { dataFieldMatrix } from '#src/views/data-fields.ts';
import { reportedMark } from '#src/views/evidence.ts';
import { howTo } from '#src/views/howto.ts';

const guides = loadGuideDirectory(CONTENT_DIR).guides;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('guides exist to walk', () => expect(guides.length).toBeGreaterThanOrEqual(15));

for (const g of guides) {
  test(`${g.data.name}: glance and how-to say what the sources say`, async ({ page }) => {
    await page.goto(`/utilities/${g.slug}/`);
    const items = page.locator('#at-a-glance .glance > li');
    for (const cap of capabilities(g.data)) {
      const line = items.filter({
        has: page.locator(`a.label[href="${cap.href}"]`),
        hasText: cap.label,
      });
      if (cap.evidence.tier === 'not-published') {
        await expect(page.locator('#at-a-glance .glance-missing')).toContainText(cap.label);
        continue;
      }
      const text = squash(await line.innerText());
      expect(text, `${cap.label} has a cited value`).not.toContain('Not published —');
      expect(text).toContain(squash(cap.value));
      if (cap.tone !== 'unknown')
        expect(text).not.toMatch(new RegExp(`${cap.label} Not published$`));
      if (cap.evidence.tier === 'reported') expect(text).toContain(reportedMark(cap.evidence));
      else expect(text).not.toContain('reported by');
    }
    const how = squash(await page.locator('#how-to').innerText());
    const h = howTo(g.data);
    if (g.data.thirdPartyAccess.routes.length)
      expect(how).not.toContain('No source we read describes how a third party');
    for (const item of [...h.customer, ...h.thirdParty]) {
      expect(how).toContain(squash(item.text));
      if (item.mark) expect(how).toContain(item.mark);
    }
    // Every how-to link lands on something that exists and is not empty.
    for (const href of await page
      .locator('#how-to a[href^="#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const target = page.locator(href);
      await expect(target).toHaveCount(1);
      // textContent: a target inside a closed fold (a short route's details) opens when the link is followed.
      expect(squash((await target.textContent()) ?? '').length).toBeGreaterThan(20);
    }
  });
}

/** Each guide row's cells, by column, read once (the tables hold every EIA utility, thousands of rows). */
const rowCells = (page: Page, attr: 'data-col' | 'data-label') =>
  page.locator('tbody tr').evaluateAll(
    (rows, attr) =>
      Object.fromEntries(
        rows.flatMap((r) => {
          const href = r.querySelector('th a')?.getAttribute('href')?.replace(/#.*$/, '');
          if (!href) return [];
          const cells = [...r.querySelectorAll(`td[${attr}]`)].map((td) => [
            td.getAttribute(attr)!,
            (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          ]);
          return [[href, Object.fromEntries(cells)]];
        }),
      ) as Record<string, Record<string, string>>,
    attr,
  );

test('comparison cells and the data-field matrix never call a cited value not published', async ({
  page,
}) => {
  await page.goto('/compare/');
  const table = await rowCells(page, 'data-col');
  let checked = 0;
  for (const g of guides) {
    const row = table[`/utilities/${g.slug}/`];
    expect(row, g.slug).toBeTruthy();
    for (const cap of capabilities(g.data)) {
      const text = row[cap.id === 'self-service-export' ? 'export' : cap.id];
      if (text === undefined) continue;
      checked++;
      if (cap.evidence.tier !== 'not-published')
        expect(text, `${g.slug} ${cap.id}`).not.toBe('Not published');
      if (cap.evidence.tier === 'reported')
        expect(text, `${g.slug} ${cap.id}`).toContain('reported by');
    }
  }
  expect(checked).toBeGreaterThan(guides.length * 4);
  await page.goto('/compare/data-fields/');
  const matrix = await rowCells(page, 'data-label');
  checked = 0;
  for (const g of guides) {
    const row = matrix[`/utilities/${g.slug}/`];
    expect(row, g.slug).toBeTruthy();
    for (const m of dataFieldMatrix(g.data)) {
      const text = row[m.label];
      if (text === undefined) continue;
      checked++;
      if (m.evidence.tier !== 'not-published')
        expect(text, `${g.slug} ${m.label}`).not.toContain('Not published');
      if (m.evidence.tier === 'reported')
        expect(text, `${g.slug} ${m.label}`).toContain('reported by');
    }
  }
  expect(checked).toBeGreaterThan(guides.length * 4);
});

test('the CSV and JSON carry an evidence value beside each capability', async ({ request }) => {
  const csv = await (await request.get('/compare.csv')).text();
  const head = csv.split('\r\n')[0];
  for (const label of ['Green Button Connect', 'API', 'EDI', 'Finest interval'])
    expect(head).toContain(`${label},${label} evidence`);
  const json = await (await request.get('/compare.json')).json();
  const sces = json.utilities.find(
    (u: { slug: string }) => u.slug === 'sevier-county-electric-system',
  );
  expect(sces.evidence['gb-cmd']).toBe('reported by Nectar (commercial guide)');
  expect(sces.evidence.meters).toBe('confirmed');
});

test('citation marks are tap-sized and do not cover the values they follow', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/utilities/pacific-gas-and-electric/');
  const results = await new AxeBuilder({ page })
    .include('#at-a-glance')
    .include('.guide-header dl')
    .withRules(['target-size'])
    .analyze();
  expect(results.violations).toEqual([]);
  // Each mark sits beside its value, not over it.
  const overlaps = await page.locator('#at-a-glance li').evaluateAll((lis) =>
    lis.flatMap((li) => {
      const value = li.querySelector('.value')?.getBoundingClientRect();
      const card = li.getBoundingClientRect();
      return [...li.querySelectorAll('a.cite')].flatMap((a) => {
        const r = a.getBoundingClientRect();
        const inCard = r.left >= card.left - 1 && r.right <= card.right + 1;
        const overValue =
          value &&
          r.left < value.right &&
          r.right > value.left &&
          r.top < value.bottom &&
          r.bottom > value.top;
        return !inCard || overValue ? [li.textContent!.trim().slice(0, 60)] : [];
      });
    }),
  );
  expect(overlaps).toEqual([]);
});
