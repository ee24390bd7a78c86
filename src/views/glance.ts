/**
 * The at-a-glance box: stated capabilities one per line, with their evidence; the ones no source states
 * gathered into one closing line ("Not published: Green Button Connect My Data, Utility API, EDI"), so the
 * box leads with what is known.
 */
import type { Capability } from './capabilities.ts';

export function glanceParts<C extends Capability>(items: C[]): { stated: C[]; missing: string } {
  const isMissing = (c: C) => c.tone === 'unknown' && c.evidence.tier === 'not-published';
  const missing = items.filter(isMissing).map((c) => c.label);
  return { stated: items.filter((c) => !isMissing(c)), missing: missing.join(', ') };
}
