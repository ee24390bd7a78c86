/** Comparisons, hubs and reference pages: the table sorts and filters in the URL, works without script. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { CONTENT_DIR } from '#src/site.ts';

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n')
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += c;
  }
  return rows;
}

test('the comparison table sorts and filters, keeps the view in the URL and restores it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/compare/');
  await expect(page.locator('.compare-controls')).toBeVisible();
  // On a phone the controls fit: only the table scrolls sideways, inside its own region.
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel('State', { exact: true }).selectOption('CA');
  await expect(page).toHaveURL(/[?&]state=CA/);
  const visible = page.locator('table.compare tbody tr:not([hidden])');
  const states = await visible.evaluateAll((rs) =>
    rs.map((r) => (r as HTMLElement).dataset.states),
  );
  expect(states.length).toBeGreaterThanOrEqual(5);
  for (const s of states) expect(s!.split(', ')).toContain('CA');
  await page.getByRole('button', { name: 'Customers' }).click();
  await page.getByRole('button', { name: 'Customers' }).click();
  await expect(page).toHaveURL(/sort=customers&dir=desc|dir=desc.*sort=customers/);
  await expect(page.locator('th[data-key="customers"]')).toHaveAttribute('aria-sort', 'descending');
  const counts = await visible.evaluateAll((rs) =>
    rs.map((r) => Number((r as HTMLTableRowElement).cells[3].dataset.sort)),
  );
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  // A shared link restores the view; Back undoes the last change.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByLabel('State', { exact: true })).toHaveValue('CA');
  await expect(page.locator('th[data-key="customers"]')).toHaveAttribute('aria-sort', 'descending');
  await page.goBack();
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=customers/);
});

test('filters by capability status, keeping unknown apart from no', async ({ page }) => {
  await page.goto('/compare/?cap=gb-cmd&status=unknown&guides=1');
  const tones = await page
    .locator('table.compare tbody tr:not([hidden]) td:nth-child(8)')
    .evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.tone));
  expect(tones.length).toBeGreaterThan(0);
  expect(new Set(tones)).toEqual(new Set(['unknown']));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table lists every guide, largest first, and matches the CSV', async ({
    page,
    request,
  }) => {
    await page.goto('/compare/');
    await expect(page.locator('.compare-controls')).toBeHidden();
    const names = await page.locator('table.compare tbody th a').allTextContents();
    const text = await (await request.get('/compare.csv')).text();
    // A byte-order mark first, so Excel reads UTF-8; then the slug and the EIA IDs of each row.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = parseCsv(text.slice(1));
    expect(csv[0].slice(0, 3)).toEqual(['slug', 'eia_ids', 'Utility']);
    expect(csv.find((r) => r[0] === 'sevier-county-electric-system')?.[1]).toBe('16949');
    // Only the guides, never the whole directory, and the largest first.
    expect(names).toHaveLength(loadGuideDirectory(CONTENT_DIR).guides.length);
    expect(csv.length - 1).toBeGreaterThan(2000);
    const customers = await page
      .locator('table.compare tbody tr')
      .evaluateAll((rs) =>
        rs.map((r) => Number((r as HTMLTableRowElement).cells[3]!.dataset.sort)),
      );
    expect([...customers].sort((a, b) => b - a)).toEqual(customers);
    expect(await page.locator('#by-state + p + ul a').count()).toBeGreaterThan(50);
    const first = await page
      .locator('table.compare tbody tr')
      .first()
      .locator('th a')
      .getAttribute('href');
    const row = csv.find((r) => first === `/utilities/${r[0]}/`)!;
    expect(row, first!).toBeTruthy();
    // The other columns too, for the first rows.
    const cells = await page
      .locator('table.compare tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    // The CSV carries the table's columns, each status followed by its evidence column, then one per
    // data field (the matrix at /compare/data-fields/), then the URL.
    const heads = (await page.locator('table.compare thead th').allTextContents()).map((h) =>
      h.trim(),
    );
    const at = heads.slice(1).map((h) => csv[0].indexOf(h));
    expect(at).not.toContain(-1);
    // A cell shows its reported mark inline; the CSV gives it in the evidence column beside the value.
    expect(cells.map((c) => c.trim().replace(/ reported by .*$/, ''))).toEqual(
      at.map((i) => row[i]),
    );
    const evidence = csv[0].filter((h) => h.endsWith(' evidence'));
    expect(evidence.map((h) => h.replace(/ evidence$/, ''))).toEqual(
      expect.arrayContaining(['Green Button Connect', 'API', 'EDI']),
    );
    expect(csv[0][csv[0].indexOf(heads.at(-1)!) + 1]).toMatch(/^Data field: /);
  });
});

test('the picker compares the utilities chosen, and the link keeps the choice', async ({
  page,
}) => {
  await page.goto('/compare/pick/?u=sevier-county-electric-system,knoxville-utilities-board');
  const table = page.locator('table.side-by-side');
  await expect(table.locator('thead th')).toHaveText([
    'Compared',
    'Sevier County Electric System',
    'Knoxville Utilities Board',
  ]);
  await expect(table.locator('tr.differs').first()).toBeVisible();
  // On a phone both utilities are on screen: each criterion stacks into a card with a line per utility.
  await page.setViewportSize({ width: 360, height: 800 });
  const firstRow = table.locator('tbody tr').first();
  for (const td of await firstRow.locator('td').all()) {
    const box = (await td.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel('Utility 3').fill('Pacific Gas and Electric Company (CA)');
  await page.getByLabel('Utility 3').dispatchEvent('change');
  await expect(page).toHaveURL(
    /u=sevier-county-electric-system,knoxville-utilities-board,pacific-gas-and-electric/,
  );
  await expect(table.locator('thead th')).toHaveCount(4);
});

test('a static pair page marks its differences', async ({ page }) => {
  await page.goto('/compare/knoxville-utilities-board-vs-sevier-county-electric-system/');
  await expect(page.locator('h1')).toHaveText('KUB and SCES compared');
  await expect(page.locator('.differs-mark').first()).toHaveText('differs');
});

test('the guide shows its score and links the method', async ({ page }) => {
  await page.goto('/utilities/pacific-gas-and-electric/');
  await expect(page.locator('#score')).toContainText(/Data-access score: \d+\/100/);
  await page.locator('#score a').click();
  await expect(page.locator('h1')).toHaveText('How the data-access score works');
});

for (const path of [
  '/compare/',
  '/compare/knoxville-utilities-board-vs-sevier-county-electric-system/',
  '/compare/pick/?u=sevier-county-electric-system,knoxville-utilities-board',
  '/green-button/',
  '/faq/',
  '/glossary/',
  '/methodology/',
  '/states/ca/',
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path}: no axe violations (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // The full comparison table is long: check the page around it plus its first rows.
      const builder = new AxeBuilder({ page }).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
        'best-practice',
      ]);
      if (path === '/compare/')
        await page.evaluate(() =>
          document
            .querySelectorAll('table.compare tbody tr:nth-child(n+60)')
            .forEach((r) => r.remove()),
        );
      const results = await builder.analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}
