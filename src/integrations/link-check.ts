/**
 * After the build, checks every internal link and `#anchor` in the built pages. A broken one stops the
 * build (exit 1) with one line per link: the page, the link, why it is broken, and the file to fix — the
 * content file that wrote it; for a page built from a guide, the guide file and the line of the value the
 * link was made from; else the page template that built it — and removes the output directory, so
 * the broken site cannot be deployed. External links are checked by `npm run check:links:external`, which
 * needs the network and so never runs in CI.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkInternalLinks } from '#src/links/internal.ts';
import { LinkSources, type RouteLike } from '#src/links/sources.ts';
import { failBuild } from './fail-build.ts';

const SHOWN = 50;

export default function linkCheck(options: {
  root: string;
  origin: string;
  contentDirs: string[];
}): AstroIntegration {
  let routes: RouteLike[] = [];
  return {
    name: 'utility-guides:link-check',
    hooks: {
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved.map((r) => ({ patternRegex: r.patternRegex, entrypoint: r.entrypoint }));
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { pages, links, broken } = checkInternalLinks(fileURLToPath(dir), options.origin);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (!broken.length) {
          logger.info(
            `links: ${links.toLocaleString('en-US')} internal links on ${pages.toLocaleString('en-US')} pages, none broken (${seconds} s)`,
          );
          return;
        }
        const sources = new LinkSources(options.root, options.contentDirs, routes);
        // One line per distinct link and cause, so a template bug on 3,000 pages reads as one problem.
        const groups = new Map<string, typeof broken>();
        for (const b of broken) {
          const key = `${b.href}\0${b.reason}`;
          groups.set(key, [...(groups.get(key) ?? []), b]);
        }
        const lines = [...groups.values()].slice(0, SHOWN).map((g) => {
          const [b] = g;
          const pages = [...new Set(g.map((x) => x.page))];
          const where =
            pages.length === 1
              ? b.page
              : `${pages.length.toLocaleString('en-US')} pages, e.g. ${b.page}`;
          return `  - ${where}: link to ${b.href}: ${b.reason}; ${sources.describe(pages, b.href, b.missing)}`;
        });
        const more = groups.size > SHOWN ? `\n  … and ${groups.size - SHOWN} more` : '';
        failBuild(
          logger,
          dir,
          `${broken.length} broken internal link(s):\n${lines.join('\n')}${more}\nFix the link where it is written.`,
        );
      },
    },
  };
}
