/**
 * Pagefind's options, shared by the search UI (src/scripts/search-ui.ts) and the query suite
 * (tests/e2e/search-queries.spec.ts), so the suite measures the ranking readers get. No DOM, no imports.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: 'highlight',
  excerptLength: 24,
  // Long guide pages would otherwise rank below their own short FAQ and rates pages.
  ranking: { pageLength: 0.1, termSaturation: 1.6 },
};
