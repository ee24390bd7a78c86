/** Site-wide constants; `SITE_URL` makes canonical URLs, sitemap and JSON-LD absolute. */
export const SITE_URL = process.env.SITE_URL ?? 'https://utilitydataguides.org';
export const SITE_NAME = 'Utility Data Guides';
