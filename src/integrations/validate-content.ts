/**
 * The content gate. At config time it checks every guide (the same `loadGuideDirectory` the loader and
 * `npm run check` use): `astro build` stops before anything is compiled or written, printing one line per
 * problem and no stack trace. `astro dev` keeps running and, while any guide is invalid, answers every
 * page request with an error page listing the problems, so nobody reads a stale copy of a broken guide.
 */
import type { AstroIntegration } from 'astro';
import { loadGuideDirectory } from '../content/guides.ts';
import { devState } from '../content/loader.ts';
import { formatProblem, formatReport, isError } from '../content/problems.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export default function validateContent(options: { dir: string; root: string }): AstroIntegration {
  return {
    name: 'utility-guides:content-gate',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        const { guides, problems } = loadGuideDirectory(options.dir, options.root, { render: true });
        const errors = problems.filter(isError);
        if (problems.length) (errors.length ? logger.error : logger.warn).call(logger, formatReport(problems, 'utility guides'));
        if (errors.length && command !== 'dev') {
          logger.error('Fix the problems above; nothing was built.');
          process.exit(1);
        }
        devState.problems = errors;
        if (!errors.length) logger.info(`${guides.length} utility guide(s) valid`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const accept = req.headers.accept ?? '';
          if (!devState.problems.length || !accept.includes('text/html')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide problems</title>` +
              `<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}li{margin:.5rem 0;white-space:pre-wrap;font-family:ui-monospace,monospace}</style></head>` +
              `<body><h1>${devState.problems.length} problem(s) in the utility guides</h1><p>Fix them and save; this page reloads when you refresh.</p><ol>` +
              devState.problems.map((p) => `<li>${escape(formatProblem(p))}</li>`).join('') +
              `</ol></body></html>`,
          );
        });
      },
    },
  };
}
