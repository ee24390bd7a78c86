/**
 * Third-party access: whether the utility offers it, then each route (a form, a portal, an API
 * program) as a group a reader opens, with its facts, steps, contacts, onboarding and reports.
 */
import {
  AUDIENCE,
  DATA_TYPE,
  EVIDENCE_VERDICT,
  REGISTRANT,
  REQUIREMENT,
  ROUTE_KIND,
  SECTION,
  YES_NO,
} from '#src/schema/enums.ts';
import type { Route, Utility } from '#src/schema/utility.ts';
import { formatDate } from '#src/lib/format.ts';
import { routeAnchor } from '#src/lib/page-ids.ts';
import { availabilityText } from '../capabilities.ts';
import { compact, join, md, text, UNKNOWN, type Block, type Fact } from '../parts.ts';
import { contactMd } from './contacts.ts';
import {
  classText,
  granularityText,
  historyText,
  list,
  statesText,
  statusFactOf,
  tone,
  turnaroundText,
  type CiteLists,
  type GuideContext,
} from './shared.ts';

export function thirdPartyBlocks(u: Utility, ctx: GuideContext): Block[] {
  const t = u.thirdPartyAccess;
  const offered = t.offered ?? { status: 'unknown' as const };
  return [
    ...ctx.para(t.summary, [t.cite]),
    ...(t.routes.length
      ? []
      : [
          {
            kind: 'facts',
            facts: [
              statusFactOf(ctx, SECTION['third-party'], offered, YES_NO[offered.status], [t.cite]),
            ],
          } as Block,
        ]),
    ...t.routes.flatMap((r) => routeBlocks(u, r, ctx)),
    ...ctx.conflicts('third-party', 'access-methods'),
  ];
}

/** One route as a group: its name, kind and turnaround on the summary line, its status as the badge. */
export function routeBlocks(u: Utility, r: Route, ctx: GuideContext): Block[] {
  const rc = [r.cite, u.thirdPartyAccess.cite];
  const out: Block[] = [
    { kind: 'facts', facts: compact(routeFacts(r, rc, ctx)) },
    ...ctx.para(r.summary, rc),
    ...ctx.steps('Steps', r.steps, r.cite ?? u.thirdPartyAccess.cite),
  ];
  if (r.contacts.length)
    out.push({
      kind: 'list',
      title: 'Where to send requests',
      items: r.contacts.map((x) => ({ md: contactMd(x), cite: ctx.citations.of(x.cite) })),
    });
  if (r.onboarding) out.push(...onboardingBlocks(r, rc, ctx));
  if (r.evidence.length)
    out.push({
      kind: 'list',
      title: 'Independent reports on this route',
      items: r.evidence.map((e) => ({
        md: `${EVIDENCE_VERDICT[e.verdict]} (${formatDate(e.date)}): ${e.summary}`,
        cite: ctx.citations.of(e.cite),
      })),
    });
  out.push(...ctx.para(r.note, rc));
  const kind = r.kind === 'other' ? undefined : ROUTE_KIND[r.kind];
  const time =
    r.turnaround?.max !== undefined ? turnaroundText(r.turnaround).split('. ')[0] : undefined;
  return [
    {
      kind: 'details',
      id: routeAnchor(r.id),
      summary: [r.name, kind && kind !== r.name ? kind : undefined, time]
        .filter(Boolean)
        .join(' · '),
      badge: {
        text: availabilityText(r.status.status, r.status.expected),
        tone: tone(r.status.status),
      },
      blocks: out,
    },
  ];
}

function routeFacts(r: Route, rc: CiteLists, ctx: GuideContext): Fact[] {
  const f = ctx.fact;
  return [
    f('Kind', text(ROUTE_KIND[r.kind]), rc),
    statusFactOf(ctx, 'Status', r.status, availabilityText(r.status.status, r.status.expected), rc),
    f('Who may use it', list(r.audiences.map((a) => AUDIENCE[a])), rc),
    f(
      'Customer types',
      r.customerTypes.length ? text(r.customerTypes.map(classText).join('; ')) : UNKNOWN,
      rc,
    ),
    f('Data', list(r.dataTypes.map((d) => DATA_TYPE[d])), rc),
    ...(r.granularity.length
      ? [
          f('Interval', text(r.granularity.map(granularityText).join('; ')), [
            r.granularity.flatMap((g) => g.cite ?? []),
            ...rc,
          ]),
        ]
      : []),
    ...(r.history.length
      ? [
          f('History', text(r.history.map(historyText).join('; ')), [
            r.history.flatMap((h) => h.cite ?? []),
            ...rc,
          ]),
        ]
      : []),
    f('Turnaround', r.turnaround ? text(turnaroundText(r.turnaround)) : UNKNOWN, [
      r.turnaround?.cite,
      r.turnaround?.guaranteed.cite,
      ...rc,
    ]),
    f('Formats', list(r.formats), rc),
    ...(r.form ? [f('Form', md(r.form), rc)] : []),
    ...(r.fee ? [f('Fee', md(r.fee), rc)] : []),
    ...(r.url
      ? [
          f(
            'Page',
            {
              href: r.url,
              text: new URL(r.url).hostname + new URL(r.url).pathname.replace(/\/$/, ''),
            },
            rc,
          ),
        ]
      : []),
    ...(r.states ? [f('Only in', text(statesText(r.states)), rc)] : []),
  ];
}

/** How a third party registers for the route: where, who may, what it needs, what it costs. */
function onboardingBlocks(r: Route, rc: CiteLists, ctx: GuideContext): Block[] {
  const f = ctx.fact;
  const o = r.onboarding!;
  const oc = [o.cite, ...rc];
  return [
    { kind: 'heading', text: `Registering for ${r.name}` },
    {
      kind: 'facts',
      facts: compact([
        f(
          'Where to register',
          o.registrationUrl ? { href: o.registrationUrl, text: o.registrationUrl } : UNKNOWN,
          oc,
        ),
        f('Who may register', list(o.whoMayRegister.map((w) => REGISTRANT[w])), oc),
        f(
          'What registration requires',
          o.requirements.length
            ? join(
                o.requirements.map((q) =>
                  md(
                    `${REQUIREMENT[q.kind]}${q.name ? `: ${q.url ? `[${q.name}](${q.url})` : q.name}` : q.url ? ` ([link](${q.url}))` : ''}${q.note ? ` (${q.note})` : ''}`,
                  ),
                ),
                '; ',
              )
            : UNKNOWN,
          [o.requirements.flatMap((q) => q.cite ?? []), ...oc],
        ),
        statusFactOf(ctx, 'Sandbox or test mode', o.sandbox, YES_NO[o.sandbox.status], oc),
        f(
          'How long one authorization lasts',
          o.authorizationTerm
            ? text(
                [
                  o.authorizationTerm.months && `${o.authorizationTerm.months} months`,
                  o.authorizationTerm.note,
                ]
                  .filter(Boolean)
                  .join('. '),
              )
            : UNKNOWN,
          [o.authorizationTerm?.cite, ...oc],
        ),
        f('How a customer revokes it', o.revocation ? md(o.revocation) : UNKNOWN, oc),
        f('Cost', o.cost ? md(o.cost) : UNKNOWN, oc),
        f('Typical onboarding time', o.onboardingTime ? md(o.onboardingTime) : UNKNOWN, oc),
        ...(o.note ? [f('Note', md(o.note), oc)] : []),
      ]),
    },
  ];
}
