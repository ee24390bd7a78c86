/**
 * The Astro loader for guides: stores entries already checked and rendered by `loadGuideDirectory`, so
 * Astro never parses a guide a second time, never compiles anything an editor wrote, and uses the same
 * slug the checks used. In dev it reloads on every change to the folder; while a guide is invalid the
 * store keeps its last state and the dev server shows the problems instead of pages (see integration).
 */
import type { Loader } from 'astro/loaders';
import { extname, resolve } from 'node:path';
import { loadGuideDirectory } from './guides.ts';
import { ContentError, isError, type Problem } from './problems.ts';
import { utilitySchema } from '../schema/utility.ts';

/** Problems of the last load, read by the dev server's error page. */
export const devState = ((globalThis as { __udgDevState?: { problems: Problem[] } }).__udgDevState ??= { problems: [] });

export function guideLoader(options: { dir: string; root?: string }): Loader {
  const root = options.root ?? process.cwd();
  const dir = resolve(root, options.dir);
  return {
    name: 'utility-guides',
    schema: utilitySchema,
    async load({ store, logger, watcher, generateDigest }) {
      const sync = (dev: boolean) => {
        const { guides, problems } = loadGuideDirectory(dir, root, { render: true });
        const errors = problems.filter(isError);
        devState.problems = errors;
        if (errors.length) {
          if (!dev) throw new ContentError(problems, 'utility guides');
          logger.error(new ContentError(problems, 'utility guides').message);
          return;
        }
        store.clear();
        for (const g of guides) {
          store.set({
            id: g.slug,
            data: g.data,
            body: g.body,
            filePath: g.path,
            digest: generateDigest(g.body + JSON.stringify(g.data)),
            rendered: { html: g.rendered!.html, metadata: { headings: g.rendered!.headings } },
          });
        }
        logger.info(`${guides.length} utility guide(s) valid`);
      };
      sync(false);
      if (!watcher) return;
      watcher.add(dir);
      const onChange = (file: string) => {
        if (resolve(file).startsWith(dir) && (extname(file) !== '' || true)) sync(true);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
