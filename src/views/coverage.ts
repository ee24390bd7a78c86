/**
 * Coverage by customers, not by count: the share of the electric customers and of the smart (AMI) meters
 * that EIA-861 counts which are served by a utility with a researched guide, nationally or in one state,
 * and the largest utilities still without a guide. The home page, the state hubs and
 * `npm run report:coverage` all compute their figures here, from the same directory entries and the same
 * guide/entry join (buildListings), so the numbers agree everywhere. Pure: no I/O.
 *
 * HOW FIGURES ARE SUMMED
 * - Customers are EIA's TOTAL customer count of each directory entry (customersIn() for a state). Meters are
 *   its "AMI / Total" meter count (metersIn() for a state).
 * - A null count is "EIA published no figure", not zero: it adds nothing to the covered figure (numerator)
 *   AND nothing to the total (denominator). Nothing is estimated, so a share is "of the customers (meters)
 *   EIA counts", never of an estimated total.
 * - Delivery-only entries (the Texas ERCOT wires utilities: Oncor, CenterPoint, AEP Texas, TNMP) have
 *   `customers: null` because EIA counts their customers under the retail electric providers, which the
 *   directory leaves out. So those customers are in neither side of the customer share, while their meters
 *   ARE in the AMI-meter share. `deliveryOnly` lists such entries so pages can say so in words.
 * - "National" is every directory entry: the 50 states, DC and the territories EIA-861 reports.
 */
import { displayName, type Listing } from '#src/directory/listings.ts';
import { customersIn, metersIn } from '#src/directory/entry.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import { formatNumber, formatPercent } from '#src/lib/format.ts';

/** A covered part of a total; `share` is covered / total, 0–1, or null when the total is 0 (nothing counted). */
export interface Share {
  covered: number;
  total: number;
  share: number | null;
}

/** A delivery-only entry (customers counted by EIA elsewhere) with smart meters in the scope. */
export interface DeliveryOnly {
  eiaId: number;
  name: string;
  states: StateCode[];
  amiMeters: number;
  hasGuide: boolean;
}

export interface Coverage {
  /** EIA-861 data year of every figure. */
  dataYear: number;
  /** null = national (every entry). */
  state: StateCode | null;
  /** Ultimate customers (EIA TOTAL column) served by utilities with a guide, of all counted in scope. */
  customers: Share;
  /** AMI (smart) meters of utilities with a guide, of all counted in scope. */
  amiMeters: Share;
  /** Directory entries (EIA utilities) serving the scope, and how many of them a guide covers. */
  utilities: { withGuide: number; total: number };
  /** Entries in scope whose customers EIA counts elsewhere (customers null) but whose AMI meters count. */
  deliveryOnly: DeliveryOnly[];
  /** Entries in scope with a customer record but no published TOTAL (e.g. some short-form filers): no data, not zero. */
  customersNotReported: number;
}

/** The EIA IDs that have a researched guide: the entries a guide claims in buildListings (the one join). */
export function guidedEiaIds(listings: readonly Listing[]): Set<number> {
  const ids = new Set<number>();
  for (const l of listings) if (l.guide) for (const e of l.eia) ids.add(e.eiaId);
  return ids;
}

/** The page path slug of every directory-only entry, by EIA ID (buildListings may suffix a slug a guide took). */
export function directorySlugs(listings: readonly Listing[]): Map<number, string> {
  const slugs = new Map<number, string>();
  for (const l of listings) if (!l.guide) for (const e of l.eia) slugs.set(e.eiaId, l.slug);
  return slugs;
}

/** The one data year of the entries; throws when they mix years (a data error, not something to paper over). */
export function dataYearOf(entries: readonly DirectoryEntry[]): number {
  const years = [...new Set(entries.map((e) => e.dataYear))];
  if (years.length !== 1)
    throw new Error(
      `coverage: expected directory entries of one EIA-861 data year, found ${years.length ? years.join(', ') : 'no entries'}`,
    );
  return years[0]!;
}

const share = (covered: number, total: number): Share => ({
  covered,
  total,
  share: total > 0 ? covered / total : null,
});

/** The customer total of an entry in scope: null when EIA gives none (or the entry has no customers there). */
export const customersInScope = (e: DirectoryEntry, state: StateCode | null): number | null =>
  (state ? customersIn(e, state) : e.customers)?.total ?? null;

/** The AMI meter count of an entry in scope; null when not reported. */
export const amiInScope = (e: DirectoryEntry, state: StateCode | null): number | null =>
  (state ? metersIn(e, state) : e.meters)?.ami ?? null;

/** EIA gave the entry a customer record in scope but no TOTAL (not: it has no customers in that state at all). */
const notReportedIn = (e: DirectoryEntry, state: StateCode | null) => {
  const c = state ? customersIn(e, state) : e.customers;
  return c !== null && c.total === null;
};

/** Whether an entry serves the scope: any entry nationally; in a state, one listing the state (as hubs do). */
const serves = (e: DirectoryEntry, state: StateCode | null) =>
  state === null || (e.states as string[]).includes(state);

/**
 * Coverage nationally (`state` omitted) or in one state. Per-state figures come from customersIn/metersIn
 * of every entry, so a figure EIA reports in a state is counted there even if the entry lists it elsewhere.
 */
export function coverage(
  entries: readonly DirectoryEntry[],
  guided: ReadonlySet<number>,
  state: StateCode | null = null,
): Coverage {
  let custCovered = 0;
  let custTotal = 0;
  let amiCovered = 0;
  let amiTotal = 0;
  let utilities = 0;
  let withGuide = 0;
  let notReported = 0;
  const deliveryOnly: DeliveryOnly[] = [];
  for (const e of entries) {
    const has = guided.has(e.eiaId);
    const customers = customersInScope(e, state);
    const ami = amiInScope(e, state);
    if (customers !== null) {
      custTotal += customers;
      if (has) custCovered += customers;
    }
    if (ami !== null) {
      amiTotal += ami;
      if (has) amiCovered += ami;
    }
    if (serves(e, state)) {
      utilities++;
      if (has) withGuide++;
      if (e.customers === null) {
        if (ami)
          deliveryOnly.push({
            eiaId: e.eiaId,
            name: displayName(e),
            states: e.states as StateCode[],
            amiMeters: ami,
            hasGuide: has,
          });
      } else if (customers === null && notReportedIn(e, state)) notReported++;
    }
  }
  deliveryOnly.sort((a, b) => b.amiMeters - a.amiMeters || a.name.localeCompare(b.name, 'en'));
  return {
    dataYear: dataYearOf(entries),
    state,
    customers: share(custCovered, custTotal),
    amiMeters: share(amiCovered, amiTotal),
    utilities: { withGuide, total: utilities },
    deliveryOnly,
    customersNotReported: notReported,
  };
}

export interface RankedUtility {
  /** 1 = most customers in scope. */
  rank: number;
  entry: DirectoryEntry;
  /** Customers in scope (EIA TOTAL). */
  customers: number;
  /** AMI meters in scope; null when not reported. */
  amiMeters: number | null;
  /** Customers of this and every higher-ranked utility without a guide. */
  cumulative: number;
  /** cumulative / all customers counted in scope, 0–1. */
  cumulativeShare: number;
  /** Coverage of customers in scope if this and every higher-ranked utility had a guide, 0–1. */
  coverageIfWritten: number;
}

export interface Unranked {
  entry: DirectoryEntry;
  amiMeters: number | null;
  /**
   * Why there is no customer figure to rank by: customers counted under retail providers (delivery-only), no
   * TOTAL published (not-reported), or customers only in other states while serving this one (none-in-state:
   * e.g. service territory without ultimate customers there).
   */
  reason: 'delivery-only' | 'not-reported' | 'none-in-state';
}

/**
 * The utilities without a guide, largest first by customers in scope (ties by name), with the cumulative
 * share of all customers counted in scope. Entries without a customer figure cannot be ranked by customers
 * and are returned apart in `unranked` (delivery-only first, then by AMI meters), so none is silently lost.
 */
export function withoutGuide(
  entries: readonly DirectoryEntry[],
  guided: ReadonlySet<number>,
  state: StateCode | null = null,
): { total: number; covered: number; ranked: RankedUtility[]; unranked: Unranked[] } {
  const c = coverage(entries, guided, state);
  const open: { entry: DirectoryEntry; customers: number; amiMeters: number | null }[] = [];
  const unranked: Unranked[] = [];
  for (const e of entries) {
    if (guided.has(e.eiaId) || !serves(e, state)) continue;
    const customers = customersInScope(e, state);
    const amiMeters = amiInScope(e, state);
    if (customers === null)
      unranked.push({
        entry: e,
        amiMeters,
        reason:
          e.customers === null
            ? 'delivery-only'
            : notReportedIn(e, state)
              ? 'not-reported'
              : 'none-in-state',
      });
    else open.push({ entry: e, customers, amiMeters });
  }
  open.sort(
    (a, b) =>
      b.customers - a.customers ||
      a.entry.name.localeCompare(b.entry.name, 'en') ||
      a.entry.eiaId - b.entry.eiaId,
  );
  unranked.sort(
    (a, b) =>
      Number(b.reason === 'delivery-only') - Number(a.reason === 'delivery-only') ||
      (b.amiMeters ?? -1) - (a.amiMeters ?? -1) ||
      a.entry.name.localeCompare(b.entry.name, 'en'),
  );
  const total = c.customers.total;
  let cumulative = 0;
  const ranked = open.map((o, i) => {
    cumulative += o.customers;
    return {
      rank: i + 1,
      ...o,
      cumulative,
      cumulativeShare: total ? cumulative / total : 0,
      coverageIfWritten: total ? (c.customers.covered + cumulative) / total : 0,
    };
  });
  return { total, covered: c.customers.covered, ranked, unranked };
}

/**
 * How many of the largest utilities (by customers, guide or not) together serve at least `fraction` of all
 * customers counted in scope (default half). Entries without a customer figure are not counted.
 */
export function largestServing(
  entries: readonly DirectoryEntry[],
  fraction = 0.5,
  state: StateCode | null = null,
): { utilities: number; customers: number; total: number } {
  const counts = entries
    .map((e) => customersInScope(e, state))
    .filter((n): n is number => n !== null && n > 0)
    .sort((a, b) => b - a);
  const total = counts.reduce((a, b) => a + b, 0);
  let customers = 0;
  let utilities = 0;
  for (const n of counts) {
    if (total > 0 && customers >= fraction * total) break;
    customers += n;
    utilities++;
  }
  return { utilities, customers, total };
}

/**
 * A share as readers see it: "0%" when nothing is covered, "under 0.1%" when something is but rounds to
 * 0.0%, otherwise formatPercent's one decimal ("100%" when all). Empty when nothing was counted.
 */
export function sharePercent(s: Share): string {
  if (s.total <= 0) return '';
  if (s.covered === 0) return '0%';
  if (s.covered < s.total && s.covered / s.total < 0.0005) return 'under 0.1%';
  const p = formatPercent(s.covered, s.total);
  // Rounding up to "100.0%" would claim full coverage.
  return s.covered < s.total && p === '100.0%' ? 'over 99.9%' : p;
}

/** The words pages show for a coverage figure, so the home page and hubs say the same thing. */
export interface CoverageText {
  customersPercent: string;
  customersOf: string;
  amiPercent: string;
  amiOf: string;
  /** The delivery-only caveat in plain words, when an entry in scope has AMI meters but no customer count. */
  deliveryOnlyNote: string | undefined;
}

export function coverageText(c: Coverage): CoverageText {
  const names = c.deliveryOnly.map((d) => d.name);
  const list =
    names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ');
  // Every delivery-only entry is a Texas ERCOT wires utility (see src/directory/eia861.ts); say so only when true.
  const texas = c.deliveryOnly.every((d) => d.states.length === 1 && d.states[0] === 'TX');
  const where = texas
    ? 'Texas’s competitive (ERCOT) area'
    : 'the areas these delivery-only utilities serve';
  return {
    customersPercent: sharePercent(c.customers),
    customersOf: `${formatNumber(c.customers.covered)} of ${formatNumber(c.customers.total)}`,
    amiPercent: sharePercent(c.amiMeters),
    amiOf: `${formatNumber(c.amiMeters.covered)} of ${formatNumber(c.amiMeters.total)}`,
    deliveryOnlyNote: c.deliveryOnly.length
      ? `Customers in ${where} are not in these customer counts: EIA counts them under their retail electric providers, not under the wires utilities that deliver their power (${list}). The smart-meter share does include those utilities’ ${formatNumber(c.deliveryOnly.reduce((a, d) => a + d.amiMeters, 0))} smart meters.`
      : undefined,
  };
}
