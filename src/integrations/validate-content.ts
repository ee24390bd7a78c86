/**
 * The content gate. At config time it checks every guide with the same `loadGuideDirectory` that pages and
 * `npm run check` use: `astro build` stops before anything is compiled or written, printing one line per
 * problem and no stack trace, and removes the output directory, so an earlier build's output cannot be
 * deployed as if it were this one; from here on any failure of the build removes it too (./fail-build.ts).
 * `astro dev` keeps running, re-checks on every change in the guides folder, reloads the browser, and while
 * any guide is invalid answers every page request with an error page that lists the problems, so nobody
 * reads a stale copy of a broken guide.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { collectionProblems } from '#src/content/collections.ts';
import { formatProblem, formatReport, isError, type Problem } from '#src/content/problems.ts';
import { failBuild, removeOutputIfBuildFails } from './fail-build.ts';

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export default function validateContent(options: { dir: string; root: string }): AstroIntegration {
  let errors: Problem[] = [];
  const check = () => {
    const { guides, problems } = loadGuideDirectory(options.dir, options.root);
    return { guides, problems: [...problems, ...collectionProblems(options.root)] };
  };
  return {
    name: 'utility-guides:content-gate',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        if (command === 'build') removeOutputIfBuildFails(config.outDir);
        const { guides, problems } = check();
        errors = problems.filter(isError);
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
        const dir = resolve(options.root, options.dir);
        server.watcher.add(dir);
        server.watcher.on('all', (_event, file) => {
          if (!resolve(file).startsWith(dir)) return;
          const { guides, problems } = check();
          errors = problems.filter(isError);
          if (errors.length) logger.error(formatReport(errors, 'content'));
          else logger.info(`${guides.length} utility guide(s) valid`);
          server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((req, res, next) => {
          const accept = req.headers.accept ?? '';
          if (!errors.length || !accept.includes('text/html')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide problems</title>` +
              `<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}li{margin:.5rem 0;white-space:pre-wrap;font-family:ui-monospace,monospace}</style></head>` +
              `<body><h1>${errors.length} problem(s) in the utility guides</h1><p>Fix them and save; the page reloads by itself.</p><ol>` +
              errors.map((p) => `<li>${escape(formatProblem(p))}</li>`).join('') +
              `</ol></body></html>`,
          );
        });
      },
    },
  };
}
