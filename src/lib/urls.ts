/** Every internal URL is built here so pages, sitemap and tests agree on the shape. */
export const guidePath = (slug: string) => `/utilities/${slug}/`;
export const faqPath = (slug: string) => `/utilities/${slug}/faq/`;
export const ratesPath = (slug: string) => `/utilities/${slug}/rates/`;
export const UTILITIES_PATH = '/utilities/';
/** Anchor of a state's section on the all-utilities page. */
export const stateAnchor = (code: string) => `state-${code.toLowerCase()}`;
export const STATES_PATH = '/states/';
/** A state's hub page. */
export const stateHubPath = (code: string) => `/states/${code.toLowerCase()}/`;
/** The A–Z browse page of utilities whose names start with `letter` ('a'…'z', or 'other'). */
export const letterPath = (letter: string) => `/utilities/a-z/${letter}/`;
