/** Dates each sitemap entry from the guides' `lastUpdated` (read through the one content path). */
import type { SitemapItem } from '@astrojs/sitemap';
import { loadGuideDirectory } from '../content/guides.ts';
import { lastmodByPath } from '../lib/sitemap.ts';

export function sitemapLastmod(options: { dir: string; root: string }) {
  let map: Map<string, string> | undefined;
  return (item: SitemapItem): SitemapItem => {
    map ??= lastmodByPath(loadGuideDirectory(options.dir, options.root, { render: true }).guides);
    const date = map.get(new URL(item.url).pathname);
    return date ? { ...item, lastmod: date } : item;
  };
}
