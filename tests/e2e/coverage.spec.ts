/**
 * Nothing lost: every value an editor writes in a guide's frontmatter reaches a reader on the guide, its
 * FAQ page or its rates page. Walks each parsed guide leaf by leaf, so a new field that no page shows
 * fails here without anyone having to remember to add a test.
 */
import { expect, test } from '@playwright/test';
import { decodeHTML } from 'entities';
import { loadGuideDirectory } from '#src/content/guides.ts';
import * as enums from '#src/schema/enums.ts';
import { US_STATES } from '#src/schema/fragments.ts';
import { formatDate, formatDecimal, formatNumber } from '#src/lib/format.ts';
import { inlineMarkdown } from '#src/lib/markdown.ts';
import { CONTENT_DIR } from '#src/site.ts';
import { builtPage, hrefs, mainText } from './dist.ts';

/** Keys whose values are identifiers or links, checked as hrefs or not shown as text by design. */
const ID_KEYS = new Set(['id', 'cite', 'slug', 'routes']);
/** Where a conflict is shown (its section) and how a contact is linked (its type) are checked elsewhere. */
const PLACEMENT_KEYS = new Set(['section', 'type']);
const URL_KEYS = new Set(['url', 'website', 'tariffBook', 'developerPortal', 'registrationUrl']);

// Section titles would match any value that happens to share a section's id (billing, api, …).
const labelMaps = Object.entries(enums)
  .filter(
    ([name, v]) =>
      name !== 'SECTION' &&
      Boolean(v) &&
      typeof v === 'object' &&
      Object.values(v).every((l) => typeof l === 'string'),
  )
  .map(([, v]) => v as Record<string, string>);
/** Every label any enum gives this value (the same value, e.g. `none`, means different things in different enums). */
const labelsOf = (value: string, key: string) =>
  key === 'section'
    ? [enums.SECTION[value as keyof typeof enums.SECTION]]
    : labelMaps.filter((m) => value in m).map((m) => m[value]);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A sentence's final full stop may give way to the page's own punctuation ("Sources differ: a; b."). */
const asText = (markdown: string) =>
  norm(decodeHTML(inlineMarkdown(markdown).replace(/<[^>]+>/g, ''))).replace(/[.\s]+$/, '');

function* leaves(
  value: unknown,
  path: (string | number)[] = [],
): Generator<[unknown, (string | number)[]]> {
  if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) yield* leaves(value[i], [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* leaves(v, [...path, k]);
  else yield [value, path];
}

const { guides } = loadGuideDirectory(CONTENT_DIR);

for (const g of guides) {
  test(`${g.slug}: every frontmatter value reaches a reader`, () => {
    const pages = ['', 'faq/', 'rates/'].map((p) => builtPage(`utilities/${g.slug}/${p}`));
    const text = norm(pages.map(mainText).join(' '));
    const links = new Set(pages.flatMap(hrefs));
    const missing: string[] = [];
    for (const [value, path] of leaves(g.data)) {
      const key = String(path.filter((p) => typeof p === 'string').at(-1));
      const where = path.join('.');
      if (
        ID_KEYS.has(key) ||
        PLACEMENT_KEYS.has(key) ||
        path.includes('cite') ||
        value === undefined
      )
        continue;
      if (path.includes('states') && typeof value === 'string' && value in US_STATES) {
        if (!text.includes(norm(US_STATES[value as keyof typeof US_STATES])))
          missing.push(`${where}: state ${value}`);
        continue;
      }
      if (typeof value === 'boolean') {
        if (key === 'approximate' && value && !text.includes('about '))
          missing.push(`${where}: "About"`);
        continue;
      }
      if (typeof value === 'number') {
        if (!text.includes(formatNumber(value)) && !text.includes(String(value)))
          missing.push(`${where}: ${value}`);
        continue;
      }
      const s = String(value);
      if (URL_KEYS.has(key) || (key === 'value' && /^https?:/.test(s))) {
        if (!links.has(s)) missing.push(`${where}: link ${s}`);
        continue;
      }
      if (path.includes('figures') && (key === 'value' || key === 'min' || key === 'max')) {
        if (!text.includes(formatDecimal(s))) missing.push(`${where}: figure ${s}`);
        continue;
      }
      if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) {
        if (!text.includes(norm(formatDate(s)))) missing.push(`${where}: date ${formatDate(s)}`);
        continue;
      }
      if (/^-?\d+\.\d+$/.test(s)) {
        if (!text.includes(formatDecimal(s))) missing.push(`${where}: figure ${s}`);
        continue;
      }
      const labels = labelsOf(s, key);
      if (labels.length) {
        if (!labels.some((l) => text.includes(norm(l))))
          missing.push(`${where}: ${s} (${labels.join(' / ')})`);
        continue;
      }
      if (!text.includes(asText(s))) missing.push(`${where}: "${s.slice(0, 60)}"`);
    }
    expect(missing).toEqual([]);
  });
}
