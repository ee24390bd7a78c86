/**
 * Portal platforms: which vendor platform each guide names, and the platform hubs that group them. What a
 * platform generally offers comes from content/platforms/ (sourced, about the product); what a guide says
 * about one utility comes from that guide. The pages keep the two apart.
 */
import { PLATFORM } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';

export type PlatformId = keyof typeof PLATFORM;
/** Platforms with a hub page: every value but `unknown`. */
export const HUB_PLATFORMS = (Object.keys(PLATFORM) as PlatformId[]).filter((p) => p !== 'unknown');

/** The platform in words: the enum's label, the name for `other`, the product name in brackets. */
export function platformLabel(u: Pick<Utility, 'platform'>): string {
  const p = u.platform;
  if (p.vendor === 'other') return p.name!;
  return p.name && p.vendor !== 'unknown' && !PLATFORM[p.vendor].includes(p.name)
    ? `${PLATFORM[p.vendor]} (${p.name})`
    : PLATFORM[p.vendor];
}

/** Guides grouped by platform, in the enum's order; `unknown` is the guides that name none. */
export function platformGroups<G extends { data: Pick<Utility, 'platform' | 'name'> }>(
  guides: G[],
): Map<PlatformId, G[]> {
  const out = new Map<PlatformId, G[]>((Object.keys(PLATFORM) as PlatformId[]).map((p) => [p, []]));
  for (const g of [...guides].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')))
    out.get(g.data.platform.vendor)!.push(g);
  return out;
}
