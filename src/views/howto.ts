/**
 * The answer a reader came for, near the top of the guide: how to get your data, for the customer and for
 * a third party the customer authorises, each line linking to the steps further down. Composed only from
 * typed facts, each marked when only secondary sources state it; where nothing is published it says so
 * and gives the utility's own contact, never a pointer to an empty section.
 */
import { GRANULARITY, ROUTE_KIND, SECTION } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { formatList } from '#src/lib/format.ts';
import { availabilityText, finestGranularity, intervalCommodity, weakest } from './capabilities.ts';
import { evidenceOf, reportedMark, type Evidence } from './evidence.ts';
import { turnaroundText } from './guide.ts';
import { PAGE_IDS, routeAnchor } from '#src/lib/page-ids.ts';
import type { SectionId } from '#src/lib/sections.ts';

export interface HowItem {
  /** One plain sentence (it is the text of a link). */
  text: string;
  /** Where the steps are. */
  href: string;
  /** Short name for the table of contents. */
  toc: string;
  /** "reported by Nectar (commercial guide)" when only secondary sources state it. */
  mark?: string;
}

export interface HowTo {
  customer: HowItem[];
  thirdParty: HowItem[];
}

/** Anchors of the step lists the how-to links to. */
export const STEP_IDS = {
  bills: PAGE_IDS.billSteps,
  interval: PAGE_IDS.intervalSteps,
  greenButton: 'green-button' satisfies SectionId,
  contacts: PAGE_IDS.contacts,
} as const;

const markOf = (e: Evidence) => (e.tier === 'reported' ? reportedMark(e) : undefined);
const statesNote = (states?: readonly string[]) =>
  states?.length ? ` (${states.join(', ')} only)` : '';

/** The first way to ask the utility about bills or data: a phone number, a web form or an email. */
export function firstContact(u: Utility) {
  const order = ['phone', 'web-form', 'email'] as const;
  for (const type of order) {
    const c = u.contacts.find((x) => x.type === type);
    if (c) return c;
  }
  return undefined;
}

export function howTo(u: Utility): HowTo {
  const short = u.shortName ?? u.name;
  const customer: HowItem[] = [];
  const contact = firstContact(u);
  const ask: HowItem | undefined = contact && {
    text: `Ask ${short} about bills or data: ${contact.type === 'web-form' ? 'use its contact form' : contact.value}.`,
    href: `#${STEP_IDS.contacts}`,
    toc: `Contact ${short}`,
    mark: markOf(evidenceOf(u, contact.cite, 'positive')),
  };
  const billSteps = u.billing.residentialSteps.length + u.billing.commercialSteps.length > 0;
  const channels = u.accessMethods
    .filter((m) => m.status.status === 'available' && m.firstParty.status === 'yes')
    .map((m) => ({
      name: `${m.method}${statesNote(m.states)}`,
      evidence: evidenceOf(u, m.status.cite ?? m.cite, 'positive'),
    }));
  const confirmed = channels.filter((c) => c.evidence.tier === 'confirmed').map((c) => c.name);
  const reported = channels.filter((c) => c.evidence.tier === 'reported');
  const names = (list: string[]) =>
    formatList(list.length > 3 ? [...list.slice(0, 3), `${list.length - 3} more`] : list);
  const billHref = billSteps ? `#${STEP_IDS.bills}` : '#access-methods';
  if (confirmed.length || (billSteps && !reported.length))
    customer.push({
      text: confirmed.length
        ? `Bills and usage: ${names(confirmed)}.`
        : 'Bills and usage: follow the steps for your account type.',
      href: billHref,
      toc: 'Get your bills',
    });
  if (reported.length)
    customer.push({
      text: `${confirmed.length ? 'Also' : 'Bills and usage'}: ${names(reported.map((c) => c.name))}.`,
      href: billHref,
      toc: confirmed.length ? 'Other channels' : 'Get your bills',
      mark: markOf(weakest(reported.map((c) => c.evidence))),
    });
  const g = finestGranularity(u);
  const commodity = intervalCommodity(u);
  if (g.value !== 'unknown' && g.value !== 'not-applicable')
    customer.push({
      text: `Finest ${commodity === 'gas' ? 'gas ' : ''}usage data published: ${GRANULARITY[g.value].toLowerCase()}${g.partial ? ' for some customers' : ''}${statesNote(g.states)}.${u.intervalData.steps.length ? ' See the steps.' : ''}`,
      href: u.intervalData.steps.length ? `#${STEP_IDS.interval}` : '#interval-data',
      toc: 'Get interval data',
      mark: markOf(evidenceOf(u, g.cite, 'positive')),
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
      mark: markOf(evidenceOf(u, dmd.cite ?? u.greenButton.cite, dmd.status)),
    });
  if (!customer.length)
    customer.push(
      ask
        ? {
            ...ask,
            text: `No source we read describes a self-service route to ${short} data. ${ask.text}`,
          }
        : {
            text: `No source we read describes a self-service route to ${short} data or how to reach ${short}.`,
            href: `#${PAGE_IDS.sources}`,
            toc: 'Sources',
          },
    );
  else if (ask) customer.push(ask);

  const t = u.thirdPartyAccess;
  const routeCite = (r: (typeof t.routes)[number]) => r.status.cite ?? r.cite ?? t.cite;
  const thirdParty: HowItem[] = t.routes
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
        text: `${r.name}${statesNote(r.states)}${detail.length ? `: ${detail.join(', ')}` : ''}.`,
        href: `#${routeAnchor(r.id)}`,
        toc: r.name,
        mark: markOf(evidenceOf(u, routeCite(r), r.status.status)),
      };
    });
  const described = t.routes.filter((r) => r.status.status === 'unknown');
  if (described.length)
    thirdParty.push({
      text: `Described, but whether it is offered is not published: ${formatList(described.map((r) => r.name))}.`,
      href: `#${routeAnchor(described[0].id)}`,
      toc: described.length === 1 ? described[0].name : 'Other routes',
    });
  if (!thirdParty.length) {
    const offered = t.offered;
    const closed = t.routes.length > 0; // every route listed is not available
    if (offered?.status === 'no' || closed)
      thirdParty.push({
        text: `${short} offers no third-party access, according to its sources.`,
        href: `#${'third-party' satisfies SectionId}`,
        toc: SECTION['third-party'],
        mark: markOf(
          evidenceOf(
            u,
            offered?.cite ?? t.routes.flatMap((r) => routeCite(r) ?? []) ?? t.cite,
            'negative',
          ),
        ),
      });
    else
      thirdParty.push(
        ask
          ? {
              ...ask,
              text: `No source we read describes how a third party gets ${short} data. ${ask.text}`,
              toc: SECTION['third-party'],
            }
          : {
              text: `No source we read describes how a third party gets ${short} data.`,
              href: `#${'third-party' satisfies SectionId}`,
              toc: SECTION['third-party'],
            },
      );
  }
  return { customer, thirdParty };
}
