// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import validateContent from './src/integrations/validate-content.ts';
import { validateDirectory } from './src/schema/validate.ts';
import { lastmodByPath } from './src/lib/sitemap.ts';
import { SITE_URL } from './src/site.ts';

// Validated once here: the result gates the build and dates the sitemap.
const root = fileURLToPath(new URL('./', import.meta.url));
const checked = validateDirectory(fileURLToPath(new URL('./content/utilities/', import.meta.url)), root);
const lastmod = lastmodByPath(checked.guides);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [
    validateContent(checked),
    mdx(),
    sitemap({
      serialize(item) {
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
});
