/** The numbered sections of a guide, in page order; the table of contents and the page share it. */
export const GUIDE_SECTIONS = [
  { id: 'billing', title: 'Billing data' },
  { id: 'third-party', title: 'Third-party access' },
  { id: 'interval-data', title: 'Interval data and meters' },
  { id: 'green-button', title: 'Green Button' },
  { id: 'api', title: 'Third-party API' },
  { id: 'edi', title: 'EDI (electronic data interchange)' },
  { id: 'data-fields', title: 'Data fields, portal platform and building data' },
  { id: 'rates', title: 'Rates and tariffs' },
  { id: 'programs', title: 'Other programs' },
  { id: 'limitations', title: 'Limitations' },
  { id: 'faq', title: 'Frequently asked questions' },
] as const;

export type SectionId = (typeof GUIDE_SECTIONS)[number]['id'];

export const sectionNumber = (id: SectionId) => GUIDE_SECTIONS.findIndex((s) => s.id === id) + 1;
export const sectionTitle = (id: SectionId) => GUIDE_SECTIONS.find((s) => s.id === id)!.title;

/** Ids the page layout itself uses; a body heading may not take one (its anchor would clash). */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'main', 'top', 'how-to', 'at-a-glance', 'access-methods', 'toc', 'more', 'contacts', 'sources', 'conflicts',
  'market', 'about', 'eia', 'legend', ...GUIDE_SECTIONS.map((s) => s.id),
].flatMap((id) => [id, `${id}-heading`]));
