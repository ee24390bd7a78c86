/**
 * Which static side-by-side pages exist: every pair of utilities with a guide that serve the same state,
 * at most the 8 largest guides (by customers) per state, so a state with many guides gives at most
 * 28 pairs. Each pair has one page (names in alphabetical order of slug).
 */

export const MAX_GUIDES_PER_STATE = 8;

export const pairSlug = (a: string, b: string) => (a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`);

export function guidePairs<L extends { slug: string; states: string[]; guide?: unknown }>(
  listings: L[],
  customers: (l: L) => number,
): [L, L][] {
  const byState = new Map<string, L[]>();
  for (const l of listings.filter((x) => x.guide))
    for (const s of l.states) byState.set(s, [...(byState.get(s) ?? []), l]);
  const seen = new Map<string, [L, L]>();
  for (const list of byState.values()) {
    const top = [...list]
      .sort((a, b) => customers(b) - customers(a) || a.slug.localeCompare(b.slug))
      .slice(0, MAX_GUIDES_PER_STATE);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++) {
        const pair: [L, L] = top[i].slug < top[j].slug ? [top[i], top[j]] : [top[j], top[i]];
        seen.set(pairSlug(pair[0].slug, pair[1].slug), pair);
      }
  }
  return [...seen.values()];
}
