/**
 * The answer a reader came for, near the top of the guide: how to get your data, for the customer and for
 * a third party the customer authorises, each line linking to the steps further down. Composed only from
 * typed facts; where nothing is published it says so and points to the contacts.
 */
import { GRANULARITY, ROUTE_KIND, SECTION } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { formatList } from '#src/lib/format.ts';
import { availabilityText, finestGranularity, intervalCommodity } from './capabilities.ts';
import { turnaroundText } from './guide.ts';

export interface HowItem {
  /** One plain sentence (it is the text of a link). */
  text: string;
  /** Where the steps are. */
  href: string;
  /** Short name for the table of contents. */
  toc: string;
}

export interface HowTo {
  customer: HowItem[];
  thirdParty: HowItem[];
}

/** Anchors of the step lists the how-to links to. */
export const STEP_IDS = {
  bills: 'bill-steps',
  interval: 'interval-steps',
  greenButton: 'green-button',
  contacts: 'contacts',
} as const;

export function howTo(u: Utility): HowTo {
  const short = u.shortName ?? u.name;
  const customer: HowItem[] = [];
  const channels = u.accessMethods
    .filter((m) => m.status.status === 'available' && m.firstParty.status === 'yes')
    .map((m) => m.method);
  const billSteps = u.billing.residentialSteps.length + u.billing.commercialSteps.length > 0;
  if (channels.length || billSteps)
    customer.push({
      text: channels.length
        ? `Bills and usage: ${formatList(channels.length > 3 ? [...channels.slice(0, 3), `${channels.length - 3} more`] : channels)}.`
        : 'Bills and usage: follow the steps for your account type.',
      href: billSteps ? `#${STEP_IDS.bills}` : '#access-methods',
      toc: 'Get your bills',
    });
  const g = finestGranularity(u);
  const commodity = intervalCommodity(u);
  if (g.value !== 'unknown' && g.value !== 'not-applicable')
    customer.push({
      text: `Finest ${commodity === 'gas' ? 'gas ' : ''}usage data published: ${GRANULARITY[g.value].toLowerCase()}${g.partial ? ' for some customers' : ''}.${u.intervalData.steps.length ? ' See the steps.' : ''}`,
      href: u.intervalData.steps.length ? `#${STEP_IDS.interval}` : '#interval-data',
      toc: 'Get interval data',
    });
  else if (u.intervalData.steps.length)
    customer.push({
      text: 'Interval data: follow the steps; the finest interval is not published.',
      href: `#${STEP_IDS.interval}`,
      toc: 'Get interval data',
    });
  const dmd = u.greenButton.downloadMyData;
  if (dmd.status === 'available' || dmd.status === 'planned')
    customer.push({
      text: `Green Button Download My Data: ${availabilityText(dmd.status, dmd.expected).toLowerCase()}.`,
      href: `#${STEP_IDS.greenButton}`,
      toc: 'Green Button download',
    });
  if (!customer.length)
    customer.push({
      text: `No source we read describes a self-service route to ${short} data; ask ${short} directly.`,
      href: `#${STEP_IDS.contacts}`,
      toc: `Contact ${short}`,
    });

  const thirdParty: HowItem[] = u.thirdPartyAccess.routes
    .filter((r) => r.status.status === 'available' || r.status.status === 'planned')
    .map((r) => {
      const detail = [
        r.kind === 'other' ? undefined : ROUTE_KIND[r.kind],
        r.status.status === 'planned'
          ? availabilityText('planned', r.status.expected).toLowerCase()
          : undefined,
        r.turnaround?.max !== undefined ? turnaroundText(r.turnaround).split('. ')[0] : undefined,
      ].filter(Boolean);
      return {
        text: detail.length ? `${r.name}: ${detail.join(', ')}.` : `${r.name}.`,
        href: `#route-${r.id}`,
        toc: r.name,
      };
    });
  if (!thirdParty.length) {
    const offered = u.thirdPartyAccess.offered?.status;
    thirdParty.push(
      offered === 'no'
        ? {
            text: `${short} offers no third-party access, according to its sources.`,
            href: '#third-party',
            toc: SECTION['third-party'],
          }
        : {
            text: `No source we read describes how a third party gets ${short} data; see the contacts.`,
            href: `#${STEP_IDS.contacts}`,
            toc: SECTION['third-party'],
          },
    );
  }
  return { customer, thirdParty };
}
