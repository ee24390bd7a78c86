/** Site-wide constants; `SITE_URL` makes canonical URLs, sitemap and JSON-LD absolute. */
export const SITE_URL = process.env.SITE_URL ?? 'https://utilitydataguides.org';
export const SITE_NAME = 'Utility Data Guides';
/** Where guides live. Overridable so tests can prove a broken guide fails the real build. */
export const CONTENT_DIR = process.env.GUIDES_DIR ?? 'content/utilities';

/**
 * The Content-Security-Policy of every page. The site runs no script of its own (JSON-LD blocks are data,
 * which CSP does not govern), loads nothing from other origins, and forbids plugins, <base>, forms and
 * frames, so even a guide that slipped past validation could not run code or phish. BaseLayout writes it
 * as a <meta> tag; `frame-ancestors` only works as an HTTP header, which public hosts get from _headers.
 */
/** The strictest policy; pages use cspFor('wasm') because every page has the search box. */
export const CSP = cspFor('none');

/**
 * The policy for a page: `none` runs no script at all (every page but a few); `self` allows the site's
 * own bundled scripts, for the pages that progressively enhance (sorting, filters, search); `wasm` adds
 * 'wasm-unsafe-eval' for search, whose index is WebAssembly. Inline scripts never run.
 */
export function cspFor(scripts: 'none' | 'self' | 'wasm'): string {
  const script =
    scripts === 'none' ? "'none'" : scripts === 'self' ? "'self'" : "'self' 'wasm-unsafe-eval'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    `worker-src ${scripts === 'wasm' ? "'self'" : "'none'"}`,
    "manifest-src 'self'",
  ].join('; ');
}

/** HTTP headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const SECURITY_HEADERS: Record<string, string> = {
  // The widest page policy (search's); each page's own <meta> policy narrows it, and both apply.
  'Content-Security-Policy': `${cspFor('wasm')}; frame-ancestors 'none'`,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** The repository editors send pull requests to; "Edit this page" and "add a guide" links are built from it. */
export const REPO_URL =
  process.env.REPO_URL ?? 'https://github.com/utility-data-guides/utility-data-guides';
/** Branch that edit links point at. */
export const REPO_BRANCH = process.env.REPO_BRANCH ?? 'main';
