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
