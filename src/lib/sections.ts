import { SECTION } from '#src/schema/enums.ts';

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

/** Ids the page layout itself uses; a body heading may not take one (its anchor would clash). */
export const RESERVED_IDS: ReadonlySet<string> = new Set(
  [
    'main',
    'top',
    'how-to',
    'at-a-glance',
    'access-methods',
    'toc',
    'more',
    'contacts',
    'sources',
    'conflicts',
    'market',
    'about',
    'eia',
    'legend',
    'changes',
    'bill-steps',
    'bill-steps-business',
    'interval-steps',
    ...GUIDE_SECTIONS.map((s) => s.id),
  ].flatMap((id) => [id, `${id}-heading`]),
);
