/**
 * State hubs: every utility serving a state (guides and EIA directory entries alike), with counts the
 * map and the hub share, so "N utilities in Georgia" means the same number everywhere.
 */
import type { Listing } from '#src/data/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import { amiShare } from './eia.ts';

export interface StateSummary {
  code: StateCode;
  utilities: number;
  guides: number;
  /** Smart meters as a share of all meters reported to EIA in the state, 0–1; null when none reported. */
  amiShare: number | null;
  ami: number;
  meters: number;
}

/** Meter totals for one state from the directory entries' per-state figures. */
function metersInState(l: Listing, code: StateCode): { ami: number; total: number } {
  let ami = 0;
  let total = 0;
  for (const e of l.eia) {
    const m = e.metersByState ? e.metersByState[code] : e.states[0] === code ? e.meters : null;
    if (m && m.total) {
      total += m.total;
      ami += m.ami ?? 0;
    }
  }
  return { ami, total };
}

export function stateSummaries(byState: Map<StateCode, Listing[]>): StateSummary[] {
  return [...byState.entries()].map(([code, list]) => {
    let ami = 0;
    let meters = 0;
    for (const l of list) {
      const m = metersInState(l, code);
      ami += m.ami;
      meters += m.total;
    }
    return {
      code,
      utilities: list.length,
      guides: list.filter((l) => l.guide).length,
      ami,
      meters,
      amiShare: meters ? ami / meters : null,
    };
  });
}

export { amiShare };
