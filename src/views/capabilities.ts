/**
 * The capabilities readers compare across utilities, keyed by id (never by label), each with its label,
 * its value in words, a tone, and the section that explains it. The guide's at-a-glance box, cards, the
 * all-utilities list and comparisons all read this one function.
 */
import {
  CAPABILITY,
  NOT_APPLICABLE,
  AVAILABILITY,
  EDI_PURPOSE,
  GRANULARITY,
  METER_DEPLOYMENT,
  METER_TECHNOLOGY,
  NOT_PUBLISHED,
  RETAIL_CHOICE,
  ROUTE_KIND,
  YES_NO,
  COMMODITY,
} from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { formatDate, formatList } from '#src/lib/format.ts';
import type { Tone } from './parts.ts';
import { evidenceOf, type Evidence } from './evidence.ts';

export { CAPABILITY };
export type CapabilityId = keyof typeof CAPABILITY;

export interface Capability {
  id: CapabilityId;
  label: string;
  value: string;
  tone: Tone;
  href: string;
  /** Source ids the value rests on. */
  cite: string[];
  /** How well the sources back the value: confirmed, reported (and by whom), not published, or no. */
  evidence: Evidence;
}

/** The polarity of a value by its tone: "no" is a negative claim, "unknown" none at all. */
const polarityOfTone = (t: Tone) =>
  t === 'unknown' ? 'unknown' : t === 'no' ? 'negative' : 'positive';

const TIER_RANK = { 'not-published': 0, reported: 1, confirmed: 2, no: 2 } as const;

/**
 * The evidence of a value made of several parts (meter fleets, electric and gas choice): as strong as its
 * weakest stated part, so one confirmed fleet does not vouch for a reported one. Parts that are not
 * published say so in the value itself.
 */
export function weakest(parts: Evidence[]): Evidence {
  const known = parts.filter((e) => e.tier !== 'not-published');
  if (!known.length) return { tier: 'not-published', by: [] };
  const low = Math.min(...known.map((e) => TIER_RANK[e.tier]));
  const at = known.filter((e) => TIER_RANK[e.tier] === low);
  if (low === 1) {
    const names = new Set<string>();
    return {
      tier: 'reported',
      by: at.flatMap((e) => e.by).filter((r) => !names.has(r.name) && names.add(r.name)),
    };
  }
  return { tier: at.every((e) => e.tier === 'no') ? 'no' : 'confirmed', by: [] };
}

type Availability = keyof typeof AVAILABILITY;
const availabilityTone = (s: Availability): Tone =>
  s === 'available'
    ? 'yes'
    : s === 'planned'
      ? 'partial'
      : s === 'not-available'
        ? 'no'
        : 'unknown';
const yesNoTone = (s: keyof typeof YES_NO): Tone =>
  s === 'yes' ? 'yes' : s === 'no' ? 'no' : 'unknown';

/** An X12 transaction as its code: "867", "867 IU". */
export const transactionCode = (t: string) => t.replace('-', ' ').toUpperCase();

/** "Planned (expected March 2027)". */
export function availabilityText(status: Availability, expected?: string): string {
  return status === 'planned' && expected
    ? `${AVAILABILITY[status]} (expected ${formatDate(expected)})`
    : AVAILABILITY[status];
}

/** Finest first, for choosing the best granularity a utility offers. */
const FINEST: (keyof typeof GRANULARITY)[] = [
  '1-minute',
  '5-minute',
  '15-minute',
  '30-minute',
  'hourly',
  'daily',
  'interval-unstated',
  'monthly',
];

/** The primary commodity for interval data: electricity where delivered, else gas. */
export const intervalCommodity = (u: Utility) =>
  u.commodities.includes('electric')
    ? 'electric'
    : u.commodities.includes('gas')
      ? 'gas'
      : undefined;

export function finestGranularity(u: Utility): {
  value: keyof typeof GRANULARITY;
  partial: boolean;
  cite: string[];
  /** States the finest interval is limited to, when every row stating it is scoped; empty for all. */
  states: string[];
} {
  const c = intervalCommodity(u);
  const rows = (c && u.intervalData[c]?.granularity) || [];
  const best = FINEST.find((g) => rows.some((r) => r.value === g));
  if (!best)
    return {
      value: rows.some((r) => r.value === 'not-applicable') ? 'not-applicable' : 'unknown',
      partial: false,
      cite: [],
      states: [],
    };
  const used = rows.filter((r) => r.value === best);
  const scoped = used.every((r) => r.states?.length);
  return {
    value: best,
    partial: used.every((r) => r.customerTypes && !r.customerTypes.includes('all')),
    cite: used.some((r) => r.cite)
      ? used.flatMap((r) => r.cite ?? [])
      : (u.intervalData[c!]?.cite ?? u.intervalData.cite ?? []),
    states: scoped ? [...new Set(used.flatMap((r) => r.states ?? []))] : [],
  };
}

/** Overall third-party status: from the routes, else from `offered`. */
export function thirdPartyStatus(u: Utility): {
  status: Availability;
  routes: string[];
  cite: string[];
} {
  const t = u.thirdPartyAccess;
  for (const s of ['available', 'planned'] as const) {
    const routes = t.routes.filter((r) => r.status.status === s);
    if (routes.length)
      return {
        status: s,
        routes: routes.map((r) => r.name),
        cite: routes.flatMap((r) => r.status.cite ?? r.cite ?? t.cite ?? []),
      };
  }
  if (t.offered && t.offered.status !== 'unknown')
    return {
      status: t.offered.status === 'yes' ? 'available' : 'not-available',
      routes: [],
      cite: t.offered.cite ?? t.cite ?? [],
    };
  if (t.routes.length && t.routes.every((r) => r.status.status === 'not-available'))
    return {
      status: 'not-available',
      routes: [],
      cite: t.routes.flatMap((r) => r.status.cite ?? r.cite ?? []),
    };
  return { status: 'unknown', routes: [], cite: [] };
}

function metersCapability(u: Utility): Omit<Capability, 'id' | 'label' | 'href' | 'evidence'> & {
  evidence?: Evidence;
} {
  const known = u.intervalData.meters.filter(
    (m) => m.status !== 'unknown' || m.technology !== 'unknown',
  );
  if (!known.length) return { value: NOT_PUBLISHED, tone: 'unknown', cite: [] };
  const several = new Set(known.map((m) => m.commodity)).size > 1;
  // Fleets listed per state read as "OR: …; UT: …".
  const value = known
    .map((m) => {
      const what =
        m.technology === 'unknown' ? 'Meters of unstated type' : METER_TECHNOLOGY[m.technology];
      const where =
        m.status === 'unknown'
          ? 'coverage not published'
          : METER_DEPLOYMENT[m.status].toLowerCase();
      const prefix = [several && m.commodity && COMMODITY[m.commodity], m.states?.join(', ')]
        .filter(Boolean)
        .join(', ');
      return `${prefix ? `${prefix}: ` : ''}${what}, ${where}${m.count?.asOf ? ` (${m.count.asOf})` : ''}`;
    })
    .join('; ');
  const best =
    known.find((m) => m.technology === 'ami' || m.technology === 'ami-and-amr') ?? known[0];
  const tone: Tone =
    best.status === 'none'
      ? 'no'
      : best.technology === 'ami' && best.status === 'deployed'
        ? 'yes'
        : best.status === 'unknown' && best.technology === 'unknown'
          ? 'unknown'
          : 'partial';
  const cites = known.map((m) => m.cite ?? u.intervalData.cite ?? []);
  return {
    value,
    tone,
    cite: cites.flat(),
    evidence: weakest(
      known.map((m, i) => evidenceOf(u, cites[i], m.status === 'none' ? 'negative' : 'positive')),
    ),
  };
}

const memo = new WeakMap<Utility, Capability[]>();

/** The capabilities of a guide (computed once per guide: cards, tables, the how-to and meta all ask). */
export function capabilities(u: Utility): Capability[] {
  let c = memo.get(u);
  if (!c) memo.set(u, (c = computeCapabilities(u)));
  return c;
}

function computeCapabilities(u: Utility): Capability[] {
  const out: (Omit<Capability, 'label' | 'href' | 'evidence'> & { evidence?: Evidence })[] = [];
  const exp = u.billing.selfServiceExport;
  out.push({
    id: 'self-service-export',
    value:
      YES_NO[exp.status] +
      (exp.status === 'yes' && exp.formats.length ? ` (${exp.formats.join(', ')})` : ''),
    tone: yesNoTone(exp.status),
    cite: exp.cite ?? u.billing.cite ?? [],
  });
  out.push({ id: 'meters', ...metersCapability(u) });
  const g = finestGranularity(u);
  const commodity = intervalCommodity(u);
  out.push({
    id: 'interval',
    value:
      g.value === 'unknown'
        ? NOT_PUBLISHED
        : `${GRANULARITY[g.value]}${g.partial ? ' (some customers)' : ''}${g.states.length ? ` (${g.states.join(', ')} only)` : ''}${commodity === 'gas' ? ' (gas)' : ''}`,
    tone:
      g.value === 'unknown'
        ? 'unknown'
        : g.value === 'not-applicable' || g.value === 'monthly'
          ? 'no'
          : g.value === 'daily' || g.partial
            ? 'partial'
            : 'yes',
    cite: g.cite,
  });
  const gb = u.greenButton;
  for (const [id, f] of [
    ['gb-dmd', gb.downloadMyData],
    ['gb-cmd', gb.connectMyData],
  ] as const)
    out.push({
      id,
      value: availabilityText(f.status, f.expected),
      tone: availabilityTone(f.status),
      cite: f.cite ?? gb.cite ?? [],
    });
  out.push({
    id: 'api',
    value: availabilityText(u.api.status, u.api.expected),
    tone: availabilityTone(u.api.status),
    cite: u.api.cite ?? [],
  });
  const purposes = u.edi.purposes.map(
    (p) => EDI_PURPOSE[p].charAt(0).toLowerCase() + EDI_PURPOSE[p].slice(1),
  );
  out.push({
    id: 'edi',
    value:
      availabilityText(u.edi.status, u.edi.expected) +
      (u.edi.status === 'available' && purposes.length ? `: ${formatList(purposes)}` : '') +
      (u.edi.status === 'available' && u.edi.transactionSets.length
        ? ` (${u.edi.transactionSets.map(transactionCode).join(', ')})`
        : ''),
    tone: availabilityTone(u.edi.status),
    cite: u.edi.cite ?? [],
  });
  const tp = thirdPartyStatus(u);
  out.push({
    id: 'third-party',
    value: tp.routes.length
      ? `${AVAILABILITY[tp.status]}: ${formatList(tp.routes)}`
      : AVAILABILITY[tp.status],
    tone: availabilityTone(tp.status),
    cite: tp.cite,
  });
  const choices = (['electric', 'gas'] as const)
    .filter((c) => u.commodities.includes(c))
    .map((c) => [c, u.market.choice[c] ?? { status: 'unknown' as const }] as const);
  const several = choices.length > 1;
  out.push({
    id: 'retail-choice',
    value: choices.length
      ? choices
          .map(
            ([c, f]) =>
              `${several ? `${COMMODITY[c]}: ` : ''}${RETAIL_CHOICE[f.status]}${'threshold' in f && f.threshold ? ` (${f.threshold})` : ''}`,
          )
          .join('; ')
      : NOT_APPLICABLE,
    tone:
      choices.length === 0
        ? 'unknown'
        : choices.some(([, f]) => f.status === 'full')
          ? 'yes'
          : choices.some(([, f]) => f.status === 'limited')
            ? 'partial'
            : choices.every(([, f]) => f.status === 'none')
              ? 'no'
              : 'unknown',
    cite: choices.flatMap(([, f]) => f.cite ?? u.market.cite ?? []),
    evidence: weakest(choices.map(([, f]) => evidenceOf(u, f.cite ?? u.market.cite, f.status))),
  });
  return out.map((c) => ({
    ...c,
    evidence: c.evidence ?? evidenceOf(u, c.cite, polarityOfTone(c.tone)),
    label: CAPABILITY[c.id].label,
    href: CAPABILITY[c.id].href,
  }));
}

/** One capability by id. */
export const capability = (u: Utility, id: CapabilityId) =>
  capabilities(u).find((c) => c.id === id)!;

export { ROUTE_KIND };
