/** The page types that share their own Open Graph image, and where the image is built. */
import { SITE_NAME } from '#src/site.ts';

/** Page types that have their own image: heading and the line under it. */
export const OG_KINDS = {
  home: {
    title: 'Get your data out of any US utility',
    line: 'Billing, interval data, Green Button, APIs and EDI, sourced for every guide',
  },
  utilities: { title: 'All utility data access guides', line: 'Browse US utilities by state' },
  guide: {
    title: 'Utility data access guide',
    line: 'How customers and third parties get bills, interval data, Green Button and API access',
  },
  faq: { title: 'Utility data access FAQ', line: 'Answers with sources, one utility at a time' },
  rates: {
    title: 'Rate schedules and tariffs',
    line: 'Published figures with their dates and sources',
  },
  page: { title: SITE_NAME, line: 'Sourced guides to getting utility data' },
} as const;
export type OgKind = keyof typeof OG_KINDS;

export const ogPath = (kind: OgKind) => `/og/${kind}.png`;
