/**
 * Every fixed id a guide page writes outside its body, in one place: the layout, the guide components and
 * the views that emit HTML take their ids from here, and a body heading may take none of them
 * (RESERVED_IDS in ./sections.ts), so an editor's heading never captures an anchor that the table of
 * contents, the how-to or a citation links to. The numbered sections' ids are GUIDE_SECTIONS in
 * ./sections.ts. No imports, so client scripts can share it.
 */
export const PAGE_IDS = {
  // The layout, on every page: skip link target and the search box.
  main: 'main',
  siteSearch: 'site-search',
  siteSearchHint: 'site-search-hint',
  siteSearchResults: 'site-search-results',
  // The guide header and the answer first.
  staleNotice: 'stale-notice',
  howTo: 'how-to',
  toc: 'toc',
  atAGlance: 'at-a-glance',
  score: 'score',
  legend: 'legend',
  accessMethods: 'access-methods',
  // Step lists the how-to links to (the numbered sections come from GUIDE_SECTIONS).
  billSteps: 'bill-steps',
  billStepsBusiness: 'bill-steps-business',
  intervalSteps: 'interval-steps',
  // After the numbered sections.
  about: 'about',
  market: 'market',
  stateRules: 'state-rules',
  more: 'more',
  contacts: 'contacts',
  changes: 'changes',
  sources: 'sources',
} as const;
export type PageId = (typeof PAGE_IDS)[keyof typeof PAGE_IDS];

/** The id of a section's heading, which the section names with aria-labelledby. */
export const headingId = (id: string) => `${id}-heading`;
/** The id of a section's folded reference detail (the group a reader opens). */
export const detailId = (id: string) => `${id}-detail`;

/**
 * Ids made from a prefix and a guide's own ids: one per source in the list, one per third-party route, and
 * the options the search box lists while a reader types (src/scripts/search-ui.ts).
 */
export const RESERVED_ID_PREFIXES = {
  source: 'source-',
  route: 'route-',
  searchOption: 'site-search-option-',
} as const;

/** Anchor of a source in the list, for citation links. */
export const sourceAnchor = (id: string) => `${RESERVED_ID_PREFIXES.source}${id}`;
/** Anchor of a third-party route's group in the third-party section. */
export const routeAnchor = (id: string) => `${RESERVED_ID_PREFIXES.route}${id}`;
