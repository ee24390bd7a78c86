/**
 * Writes `dist/_headers` for static hosts (Netlify, Cloudflare Pages) from the same constants the pages'
 * <meta> policy uses, so the two cannot drift: security headers on every path, long caching for hashed assets.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from '#src/site.ts';

export function headersFile(): string {
  const security = Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  return `/*\n${security}\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`;
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'utility-guides:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
        logger.info('wrote _headers (security headers, asset caching)');
      },
    },
  };
}
