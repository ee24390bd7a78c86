/**
 * The one place pages get guides from. Guides are read, checked and rendered by `loadGuideDirectory`
 * (src/content/), the same code `npm run check` and the content gate run, and kept in memory: storing ten
 * thousand large entries in Astro's content-layer store cost more build time and memory than rendering
 * them (see README, Performance). In dev every request re-reads the folder (cached per file state), so an
 * edit shows on the next load.
 */
import { resolve } from 'node:path';
import { loadGuideDirectory, type Guide as LoadedGuide } from '#src/content/guides.ts';
import { US_STATES, type StateCode } from '#src/schema/fragments.ts';
import { CONTENT_DIR } from '#src/site.ts';

/** A guide as pages use it: `id` is its slug. */
export type Guide = LoadedGuide & { id: string; html: string };
export type { LoadedGuide };

let cached: Guide[] | undefined;

/** All valid guides, sorted by name. (The content gate has already stopped the build if any is invalid.) */
export async function getGuides(): Promise<Guide[]> {
  if (cached && !import.meta.env.DEV) return cached;
  const { guides } = loadGuideDirectory(resolve(CONTENT_DIR), process.cwd());
  cached = guides
    .map((g) => ({ ...g, id: g.slug, html: g.rendered.html }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  return cached;
}

/** Guides grouped by every state they serve, states in alphabetical order of name. */
export async function getGuidesByState(): Promise<[StateCode, Guide[]][]> {
  const map = new Map<StateCode, Guide[]>();
  for (const g of await getGuides())
    for (const s of g.data.states) map.set(s, [...(map.get(s) ?? []), g]);
  return [...map.entries()].sort(([a], [b]) => US_STATES[a].localeCompare(US_STATES[b], 'en'));
}

/** The latest changes across guides, newest first (same day: by utility name), for the home page and feeds. */
export async function getRecentChanges(
  limit: number,
): Promise<{ guide: Guide; date: string; summary: string }[]> {
  return (await getGuides())
    .flatMap((guide) => guide.data.changes.map((c) => ({ guide, ...c })))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) || a.guide.data.name.localeCompare(b.guide.data.name, 'en'),
    )
    .slice(0, limit);
}

/** `getStaticPaths` result shared by the guide, FAQ and rates pages. */
export async function guidePaths() {
  return (await getGuides()).map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}
