/**
 * What the sitemap says: guide pages dated from their `lastUpdated`, and directory-only pages that the
 * thin-content policy marks noindex left out (same guides and directory the pages are built from).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { buildListings, isIndexable } from '#src/directory/listings.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { lastmodByPath } from '#src/lib/sitemap.ts';
import { guidePath } from '#src/lib/urls.ts';

export const DIRECTORY_FILE = 'content/directory/eia-861.json';

export function sitemapOptions(options: { dir: string; root: string }) {
  let lastmod: Map<string, string> | undefined;
  let hidden: Set<string> | undefined;
  const load = () => {
    const { guides } = loadGuideDirectory(options.dir, options.root);
    lastmod = lastmodByPath(guides);
    const entries = JSON.parse(
      readFileSync(resolve(options.root, DIRECTORY_FILE), 'utf8'),
    ) as DirectoryEntry[];
    hidden = new Set(
      buildListings(guides, entries)
        .filter((l) => !l.guide && !isIndexable(l.eia[0]))
        .map((l) => guidePath(l.slug)),
    );
  };
  return {
    filter: (page: string) => {
      if (!hidden) load();
      return !hidden!.has(new URL(page).pathname);
    },
    serialize: (item: SitemapItem): SitemapItem => {
      if (!lastmod) load();
      const date = lastmod!.get(new URL(item.url).pathname);
      return date ? { ...item, lastmod: date } : item;
    },
  };
}
