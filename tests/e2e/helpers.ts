import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const SEEDS = {
  sces: '/utilities/sevier-county-electric-system/',
  jec: '/utilities/jefferson-energy-cooperative/',
} as const;

/** One page of every type the site builds. */
export const PAGE_TYPES = {
  home: '/',
  utilities: '/utilities/',
  guide: SEEDS.sces,
  faq: `${SEEDS.sces}faq/`,
  rates: `${SEEDS.sces}rates/`,
  mdxPage: '/about/',
  openData: '/data/',
  notFound: '/no-such-page/',
} as const;

export async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b));
}

/** Every page in the sitemap, as site-relative paths. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const res = await page.request.get('/sitemap-0.xml');
  const xml = await res.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** WCAG 2.2 AA and best-practice violations on the page, one line each: rule id and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
