/** Capability hubs: utilities with a guide grouped by the status of one capability, best first. */
import { AVAILABILITY, HUB, NOT_PUBLISHED } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { capabilities, type CapabilityId } from './capabilities.ts';
import type { Tone } from './parts.ts';

export const HUB_GROUPS: { tone: Tone; title: string }[] = [
  { tone: 'yes', title: 'Available' },
  { tone: 'partial', title: 'Planned or partial' },
  { tone: 'no', title: AVAILABILITY['not-available'] },
  { tone: 'unknown', title: NOT_PUBLISHED },
];

export function hubGroups<G extends { id: string; data: Utility }>(
  hub: keyof typeof HUB,
  guides: G[],
) {
  const id = HUB[hub].capability as CapabilityId;
  const rows = guides.map((g) => ({
    guide: g,
    cap: capabilities(g.data).find((c) => c.id === id)!,
  }));
  return HUB_GROUPS.map((grp) => ({ ...grp, rows: rows.filter((r) => r.cap.tone === grp.tone) }));
}
