/**
 * The content gate. At config time it checks every guide with the same `loadGuideDirectory` that pages and
 * `npm run check` use: `astro build` stops before anything is compiled or written, printing one line per
 * problem and no stack trace, and removes the output directory, so an earlier build's output cannot be
 * deployed as if it were this one; from here on any failure of the build removes it too (./fail-build.ts).
 * `astro dev` keeps running, re-checks on every file added, changed or removed in the guides folder or in any
 * other collection's folder (COLLECTIONS: states, glossary, FAQ, hubs, platforms), reloads the browser, and
 * while any file is invalid answers every page request with an error page that lists the problems, so
 * nobody reads a stale copy of a broken file, nor a page that silently left out an invalid one.
 */
import type { AstroIntegration } from 'astro';
import { join, resolve, sep } from 'node:path';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { COLLECTIONS, collectionProblems, loadCollection } from '#src/content/collections.ts';
import { formatProblem, formatReport, isError, type Problem } from '#src/content/problems.ts';
import { failBuild, removeOutputIfBuildFails } from './fail-build.ts';
import { guardedRead } from '#src/content/guard.ts';
import { escapeHtml } from '#src/lib/escape.ts';
import { checkedMdxRoot, writeCheckedMdx } from '#src/content/mdx-out.ts';

interface GateOptions {
  /** The guides folder, relative to `root` (or absolute). */
  dir: string;
  root: string;
}

/** Every folder editors write content in: the guides and each collection; the dev server watches them all. */
export function contentDirs(options: GateOptions): string[] {
  return [options.dir, ...Object.values(COLLECTIONS).map((c) => c.dir)].map((d) =>
    resolve(options.root, d),
  );
}

/** Whether `file` is one of `dirs` or lies inside one (`content/faq-old/` is not inside `content/faq/`). */
export const isInContentDirs = (file: string, dirs: readonly string[]) => {
  const path = resolve(file);
  return dirs.some((d) => path === d || path.startsWith(d + sep));
};

/**
 * The gate's state: one check of the guides and every collection, and the errors it found, which the dev
 * server shows instead of pages while there are any.
 */
export function contentGate(options: GateOptions) {
  const dirs = contentDirs(options);
  const gate = {
    dirs,
    errors: [] as Problem[],
    check() {
      const { guides, problems } = loadGuideDirectory(options.dir, options.root);
      const all = [...problems, ...collectionProblems(options.root)];
      gate.errors = all.filter(isError);
      // Only a clean check hands MDX bodies to the compiler; while anything fails, none is written.
      const clean = !gate.errors.length;
      const out = checkedMdxRoot(options.dir, options.root);
      writeCheckedMdx(join(out, 'guides'), clean ? guides : []);
      writeCheckedMdx(join(out, 'pages'), clean ? loadCollection('pages', options.root).docs : []);
      return { guides, problems: all };
    },
    /** After a file is added, changed or removed: checks again if it is content, else returns undefined. */
    changed(file: string) {
      return isInContentDirs(file, dirs) ? gate.check() : undefined;
    },
  };
  return gate;
}

export default function validateContent(options: GateOptions): AstroIntegration {
  const gate = contentGate(options);
  return {
    name: 'utility-guides:content-gate',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        if (command === 'build') removeOutputIfBuildFails(config.outDir);
        // No file may stall or exhaust the build: read everything once under a time and memory guard.
        if (command === 'build') {
          const stalled = guardedRead(options.dir, options.root);
          if (stalled)
            failBuild(
              logger,
              config.outDir,
              `${formatReport([stalled], 'content')}\nFix the problem above; nothing was built.`,
            );
        }
        const { guides, problems } = gate.check();
        const errors = gate.errors;
        // Errors in full; warnings are counted here and listed by `npm run check`.
        if (errors.length) logger.error(formatReport(errors, 'content'));
        const warnings = problems.length - errors.length;
        if (warnings)
          logger.warn(`${warnings} warning(s) in the content; \`npm run check\` lists them`);
        if (errors.length && command === 'build')
          failBuild(logger, config.outDir, 'Fix the problems above; nothing was built.');
        if (errors.length && command !== 'dev') {
          logger.error('Fix the problems above; nothing was built.');
          process.exit(1);
        }
        if (!errors.length) logger.info(`${guides.length} utility guide(s) valid`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(gate.dirs);
        server.watcher.on('all', (_event, file) => {
          const result = gate.changed(file);
          if (!result) return;
          if (gate.errors.length) logger.error(formatReport(gate.errors, 'content'));
          else logger.info(`${result.guides.length} utility guide(s) valid`);
          server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((req, res, next) => {
          const accept = req.headers.accept ?? '';
          const { errors } = gate;
          if (!errors.length || !accept.includes('text/html')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content problems</title>` +
              `<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}li{margin:.5rem 0;white-space:pre-wrap;font-family:ui-monospace,monospace}</style></head>` +
              `<body><h1>${errors.length} problem(s) in the content</h1><p>Fix them and save; the page reloads by itself.</p><ol>` +
              errors.map((p) => `<li>${escapeHtml(formatProblem(p))}</li>`).join('') +
              `</ol></body></html>`,
          );
        });
      },
    },
  };
}
