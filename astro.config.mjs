// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import validateContent from './src/integrations/validate-content.ts';
import { validateDirectory } from './src/schema/validate.ts';
import { lastmodByPath } from './src/lib/sitemap.ts';
import { CONTENT_DIR, SITE_URL } from './src/site.ts';

// Validated once here: the result gates the build and dates the sitemap.
const root = fileURLToPath(new URL('./', import.meta.url));
const guidesDir = resolve(root, CONTENT_DIR);
const checked = validateDirectory(guidesDir, root);
const lastmod = lastmodByPath(checked.guides);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4) },
  integrations: [
    validateContent({ result: checked, dir: guidesDir, root }),
    mdx(),
    sitemap({
      serialize(item) {
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
});
