/**
 * Builds the search index with Pagefind's Node API at the end of `astro build`: no separate step to forget.
 * Every response's errors fail the build, and so does a page count that differs from the number of pages
 * that asked to be indexed (count in = count out). The service is closed whatever happens, and a failure
 * removes the output directory before it is rethrown.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { indexedPages } from '#src/lib/search.ts';
import { removeOutputOnFailure } from './fail-build.ts';

/**
 * Source lists and citation marks stay out of the index: every guide repeats its sources on the FAQ and
 * rates pages, so they tripled the indexed text, and result fragments carried them to the reader's browser.
 */
const NOT_INDEXED = ['ol.sources', '.cites'];

const fail = (what: string, errors: string[]) => {
  if (errors.length) throw new Error(`search index: ${what} failed:\n  - ${errors.join('\n  - ')}`);
};

export default function searchIndex(): AstroIntegration {
  return {
    name: 'utility-guides:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        removeOutputOnFailure(dir, async () => {
          const out = fileURLToPath(dir);
          const started = performance.now();
          try {
            const { index, errors } = await pagefind.createIndex({
              forceLanguage: 'en',
              excludeSelectors: ['.breadcrumbs', '.toc', '[data-search-form]', ...NOT_INDEXED],
            });
            fail('createIndex', errors);
            const added = await index!.addDirectory({ path: out });
            fail('addDirectory', added.errors);
            const written = await index!.writeFiles({ outputPath: join(out, 'pagefind') });
            fail('writeFiles', written.errors);
            // Pagefind reads every HTML file (page_count) but indexes only pages marked data-pagefind-body.
            const entry = JSON.parse(
              readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'),
            ) as { languages: Record<string, { page_count: number }> };
            const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
            const expected = indexedPages().size;
            if (indexed !== expected)
              throw new Error(
                `search index: indexed ${indexed} pages but ${expected} pages asked to be indexed; a page lost its data-pagefind-body or one was added by mistake`,
              );
            logger.info(
              `search index: ${indexed} of ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
            );
          } finally {
            await pagefind.close();
          }
        }),
    },
  };
}
