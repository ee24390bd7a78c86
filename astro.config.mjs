// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import validateContent from './src/integrations/validate-content.ts';
import { sitemapOptions } from './src/integrations/sitemap-lastmod.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import searchIndex from './src/integrations/search-index.ts';
import linkCheck from './src/integrations/link-check.ts';
import { CONTENT_DIR, SITE_URL } from './src/site.ts';

const root = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Whitespace between tags is kept, so the text of neighbouring blocks never runs together ("No.Formats:").
  compressHTML: false,
  // Every stylesheet is a file, so the Content-Security-Policy can say style-src 'self' with no inline styles.
  build: { concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4), inlineStylesheets: 'never' },
  // Scripts are always files (never inlined), so the policy can allow 'self' and still refuse inline code.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    validateContent({ dir: CONTENT_DIR, root }),
    sitemap(sitemapOptions({ dir: CONTENT_DIR, root })),
    securityHeaders(),
    searchIndex(),
    // Last, so it sees every file the others write.
    linkCheck({ root, origin: SITE_URL, contentDirs: [CONTENT_DIR, 'content'] }),
  ],
});
