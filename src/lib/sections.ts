import { SECTION } from '#src/schema/enums.ts';
import { detailId, headingId, PAGE_IDS, RESERVED_ID_PREFIXES } from '#src/lib/page-ids.ts';

export {
  detailId,
  headingId,
  PAGE_IDS,
  RESERVED_ID_PREFIXES,
  routeAnchor,
  sourceAnchor,
  type PageId,
} from '#src/lib/page-ids.ts';

/** The numbered sections of a guide, in page order; the table of contents and the page share it. */
const ORDER = [
  'billing',
  'third-party',
  'interval-data',
  'green-button',
  'api',
  'edi',
  'data-fields',
  'rates',
  'programs',
  'limitations',
  'faq',
] as const;
export const GUIDE_SECTIONS = ORDER.map((id) => ({ id, title: SECTION[id] }));

export type SectionId = (typeof ORDER)[number];

export const sectionNumber = (id: SectionId) => GUIDE_SECTIONS.findIndex((s) => s.id === id) + 1;
export const sectionTitle = (id: SectionId) => GUIDE_SECTIONS.find((s) => s.id === id)!.title;

/**
 * Ids a body heading may not take (src/content/body.ts): every id in PAGE_IDS and every section id, each
 * with its heading's id. tests/unit/site-build.test.ts fails if a built guide carries an id that is neither
 * a body heading's nor reserved here (by name or by prefix).
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(
  [
    ...Object.values(PAGE_IDS),
    ...GUIDE_SECTIONS.map((s) => s.id),
    // Not written by the page, but `#top` scrolls to the top of any page; a heading must not take it.
    'top',
  ].flatMap((id) => [id, headingId(id), detailId(id)]),
);

/** Whether a body heading's id would clash with one the page uses (or makes from a prefix). */
export const isReservedId = (id: string) =>
  RESERVED_IDS.has(id) || Object.values(RESERVED_ID_PREFIXES).some((p) => id.startsWith(p));
