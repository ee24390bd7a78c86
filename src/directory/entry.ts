/**
 * Reading directory entries (content/directory/eia-861.json) without caring whether the per-state breakdown
 * was written: it is omitted when every figure is in the primary state, states[0].
 */
import type { CustomerCounts, DirectoryEntry, MeterCounts } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';

/** Customers in one state; null when the utility has none there or EIA counts them elsewhere (Texas TDUs). */
export function customersIn(entry: DirectoryEntry, state: StateCode): CustomerCounts | null {
  if (entry.customersByState) return entry.customersByState[state] ?? null;
  return state === entry.states[0] ? entry.customers : null;
}

/** Meters in one state; null when the utility reported none there. */
export function metersIn(entry: DirectoryEntry, state: StateCode): MeterCounts | null {
  if (entry.metersByState) return entry.metersByState[state] ?? null;
  return state === entry.states[0] ? entry.meters : null;
}
