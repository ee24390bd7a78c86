/** The numbered sections of a guide, in page order; the table of contents and the page share it. */
export const GUIDE_SECTIONS = [
  { id: 'billing', title: 'Billing data' },
  { id: 'interval-data', title: 'Interval data and meters' },
  { id: 'green-button', title: 'Green Button' },
  { id: 'api', title: 'Third-party API' },
  { id: 'edi', title: 'EDI (electronic data interchange)' },
  { id: 'rates', title: 'Rates and tariffs' },
  { id: 'programs', title: 'Other programs' },
  { id: 'limitations', title: 'Limitations' },
  { id: 'faq', title: 'Frequently asked questions' },
] as const;

export type SectionId = (typeof GUIDE_SECTIONS)[number]['id'];

export const sectionNumber = (id: SectionId) => GUIDE_SECTIONS.findIndex((s) => s.id === id) + 1;
export const sectionTitle = (id: SectionId) => GUIDE_SECTIONS.find((s) => s.id === id)!.title;
