import type { Guide } from '#src/content/guides.ts';
import { faqPath, guidePath, ratesPath, UTILITIES_PATH } from './urls.ts';

/** Maps each page path to the date its content last changed, for `<lastmod>` in sitemap.xml. */
export function lastmodByPath(guides: Guide[]): Map<string, string> {
  const map = new Map<string, string>();
  let newest = '';
  for (const { slug, data } of guides) {
    for (const path of [guidePath(slug), faqPath(slug), ratesPath(slug)])
      map.set(path, data.lastUpdated);
    if (data.lastUpdated > newest) newest = data.lastUpdated;
  }
  if (newest) {
    map.set('/', newest);
    map.set(UTILITIES_PATH, newest);
  }
  return map;
}
