/** Every internal URL is built here so pages, sitemap and tests agree on the shape. */
export const guidePath = (slug: string) => `/utilities/${slug}/`;
export const faqPath = (slug: string) => `/utilities/${slug}/faq/`;
export const ratesPath = (slug: string) => `/utilities/${slug}/rates/`;
export const UTILITIES_PATH = '/utilities/';
/** Anchor of a state's section on the all-utilities page. */
export const stateAnchor = (code: string) => `state-${code.toLowerCase()}`;
