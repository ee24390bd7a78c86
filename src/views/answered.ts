/**
 * Answered coverage: a guide "answers" when a reader gets both halves of the how-to from it —
 *   - the customer: at least one way to get bills, usage or interval data that a primary source confirms
 *     (an access method that is available to the customer, or Green Button Download My Data), with steps
 *     on the page (bill, commercial or interval steps);
 *   - a third party: a stated answer at any evidence tier — a route or Green Button Connect whose status
 *     is anything but unknown, including "not available".
 * `npm run report:coverage` weighs answered guides by EIA customers, as it does all guides. Pure: no I/O.
 */
import type { Listing } from '#src/directory/listings.ts';
import type { Utility } from '#src/schema/utility.ts';
import { evidenceOf } from './evidence.ts';

export interface Answers {
  customer: boolean;
  thirdParty: boolean;
}

const USEFUL: ReadonlySet<string> = new Set(['billing', 'usage', 'interval', 'demand']);

export function answers(u: Utility): Answers {
  const steps =
    u.billing.residentialSteps.length +
      u.billing.commercialSteps.length +
      u.intervalData.steps.length >
    0;
  const confirmedMethod = u.accessMethods.some(
    (m) =>
      m.status.status === 'available' &&
      m.firstParty.status === 'yes' &&
      (m.dataTypes.length === 0 || m.dataTypes.some((t) => USEFUL.has(t))) &&
      evidenceOf(u, m.status.cite ?? m.cite, 'positive').tier === 'confirmed',
  );
  const dmd = u.greenButton.downloadMyData;
  const confirmedDownload =
    dmd.status === 'available' &&
    evidenceOf(u, dmd.cite ?? u.greenButton.cite, 'positive').tier === 'confirmed';
  const thirdParty =
    u.thirdPartyAccess.routes.some((r) => r.status.status !== 'unknown') ||
    u.greenButton.connectMyData.status !== 'unknown';
  return { customer: steps && (confirmedMethod || confirmedDownload), thirdParty };
}

/** EIA IDs of the guides that answer both halves. */
export function answeredEiaIds(listings: readonly Listing[]): Set<number> {
  const ids = new Set<number>();
  for (const l of listings) {
    if (!l.guide) continue;
    const a = answers(l.guide.data);
    if (a.customer && a.thirdParty) for (const e of l.eia) ids.add(e.eiaId);
  }
  return ids;
}
