/**
 * Directory slugs: readable, unique, and stable across data years. Shared with guides so a guide and its
 * directory entry can agree on a URL.
 *
 * Rule: slugify(name) + '-' + lowercase primary state code (`sevier-county-electric-system-tn`). EIA tells
 * same-named utilities apart with a trailing "- (ST)" ("City of Abbeville - (SC)"); when that code is the
 * primary state it is dropped before the state is appended, so the slug is `city-of-abbeville-sc`, not
 * `city-of-abbeville-sc-sc`. Only when two entries still collide is the EIA ID appended to each colliding
 * one. Stability: an EIA ID that already has a slug keeps it, whatever its name becomes (KCP&L renamed to
 * Evergy Metro keeps its slug), and a new entry never takes a slug an existing entry uses.
 */

/** Lowercase ASCII words joined by single hyphens; '&' reads as 'and', apostrophes vanish. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug a utility gets before collisions are resolved: `directorySlug('Sevier County Electric System', 'TN')`. */
export function directorySlug(name: string, state: string): string {
  const st = state.trim().toLowerCase();
  const suffix = /^(.*?)[\s-]*\(\s*([A-Za-z]{2})\s*\)\s*$/.exec(name);
  const base = suffix && suffix[2]!.toLowerCase() === st ? suffix[1]! : name;
  return `${slugify(base) || 'utility'}-${st}`;
}

export interface SlugRequest {
  eiaId: number;
  name: string;
  /** Primary state code. */
  state: string;
}

export interface ExistingSlug {
  eiaId: number;
  slug: string;
}

/**
 * Slugs for `entries`, keeping `existing` ones. Throws on a duplicate among kept slugs, which can only come
 * from a hand-edited existing file.
 */
export function assignSlugs(
  entries: readonly SlugRequest[],
  existing: readonly ExistingSlug[] = [],
): Map<number, string> {
  const keptById = new Map(existing.map((e) => [e.eiaId, e.slug]));
  const reserved = new Set(existing.map((e) => e.slug));
  const result = new Map<number, string>();
  const fresh = new Map<string, SlugRequest[]>();
  for (const e of entries) {
    const kept = keptById.get(e.eiaId);
    if (kept) result.set(e.eiaId, kept);
    else {
      const base = directorySlug(e.name, e.state);
      fresh.set(base, [...(fresh.get(base) ?? []), e]);
    }
  }
  for (const [base, group] of fresh) {
    const collides = group.length > 1 || reserved.has(base);
    for (const e of group) result.set(e.eiaId, collides ? `${base}-${e.eiaId}` : base);
  }
  const owner = new Map<string, number>();
  for (const [id, slug] of result) {
    const other = owner.get(slug);
    if (other !== undefined)
      throw new Error(`slug "${slug}" would be used by EIA IDs ${other} and ${id}`);
    owner.set(slug, id);
  }
  return result;
}
