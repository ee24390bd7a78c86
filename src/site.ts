/** Site-wide constants; `SITE_URL` makes canonical URLs, sitemap and JSON-LD absolute. */
export const SITE_URL = process.env.SITE_URL ?? 'https://utilitydataguides.org';
export const SITE_NAME = 'Utility Data Guides';
/** Where guides live. Overridable so tests can prove a broken guide fails the real build. */
export const CONTENT_DIR = process.env.GUIDES_DIR ?? 'content/utilities';
