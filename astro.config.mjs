// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import validateContent from './src/integrations/validate-content.ts';
import { sitemapOptions } from './src/integrations/sitemap-lastmod.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import searchIndex from './src/integrations/search-index.ts';
import linkCheck from './src/integrations/link-check.ts';
import { CONTENT_DIR, SITE_URL } from './src/site.ts';
import { CHECKED_MDX_ALIAS, checkedMdxRoot } from './src/content/mdx-out.ts';

const root = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Whitespace between tags is kept, so the text of neighbouring blocks never runs together ("No.Formats:").
  compressHTML: false,
  // Every stylesheet is a file, so the Content-Security-Policy can say style-src 'self' with no inline styles.
  build: { concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4), inlineStylesheets: 'never' },
  // Scripts are always files (never inlined), so the policy can allow 'self' and still refuse inline code.
  // `@checked-mdx` is where the content gate writes the MDX bodies it checked (src/content/mdx-out.ts).
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: { alias: { [CHECKED_MDX_ALIAS]: checkedMdxRoot(CONTENT_DIR, root) } },
  },
  integrations: [
    validateContent({ dir: CONTENT_DIR, root }),
    // Compiles only the MDX bodies the content gate checked and copied to src/generated/ (src/content/mdx.ts).
    mdx({ syntaxHighlight: false }),
    sitemap(sitemapOptions({ dir: CONTENT_DIR, root })),
    securityHeaders(),
    searchIndex(),
    // Last, so it sees every file the others write.
    linkCheck({ root, origin: SITE_URL, contentDirs: [CONTENT_DIR, 'content'] }),
  ],
});
