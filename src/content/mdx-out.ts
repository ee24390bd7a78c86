/**
 * Where checked MDX bodies go. The content gate writes the body of every `.mdx` guide that passed every
 * check here, and only those; src/components/guide/MdxBody.astro imports them, so @astrojs/mdx compiles
 * nothing an editor wrote unless the checker (./mdx.ts) accepted it first. The folder is generated
 * (git-ignored) and rewritten on every check: a file whose guide is gone or now fails is removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The alias pages import checked bodies through (astro.config.mjs points it at `checkedMdxRoot`). */
export const CHECKED_MDX_ALIAS = '@checked-mdx';

/**
 * The folder for one guides folder's checked bodies: `src/generated/<key>/`, keyed by the guides folder, so
 * builds of different folders at the same time (tests, the benchmark) never remove each other's bodies.
 * Inside: `guides/` and `pages/` (the project's own pages, content/pages/).
 */
export function checkedMdxRoot(contentDir: string, root: string) {
  const key = createHash('sha256').update(resolve(root, contentDir)).digest('hex').slice(0, 12);
  return resolve(root, 'src/generated', key);
}

export function writeCheckedMdx(
  dir: string,
  guides: readonly { slug: string; format: string; body: string }[],
) {
  mkdirSync(dir, { recursive: true });
  const wanted = new Map(guides.filter((g) => g.format === 'mdx').map((g) => [`${g.slug}.mdx`, g.body]));
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  for (const [name, body] of wanted) {
    const file = join(dir, name);
    let old: string | undefined;
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      old = undefined;
    }
    // Unchanged files are left alone, so the dev server reloads only what changed.
    if (old !== body) writeFileSync(file, body);
  }
  return wanted.size;
}
