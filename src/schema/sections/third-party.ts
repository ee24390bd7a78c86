/**
 * Third-party access as a list of routes (Green Button Connect, an API program, a signed form, EDI, a
 * statewide platform, …), each with its own steps, turnaround, formats and onboarding facts.
 */
import { z } from 'astro/zod';
import {
  AUDIENCE, DATA_TYPE, EVIDENCE_VERDICT, REGISTRANT, REQUIREMENT, ROUTE_KIND, TURNAROUND_UNIT,
} from '#src/schema/enums.ts';
import {
  availabilityFact, cite, count, enumOf, label, list, paragraph, partialDate, stateList, steps, text, url,
  yesNoFact,
} from '#src/schema/fragments.ts';
import { customerClass, granularity, history } from './access.ts';
import { contact } from './sources.ts';

/** Published turnaround: "5–10 business days", "within 3 weeks", or "not guaranteed". */
export const turnaround = z
  .object({
    min: count.optional().describe("Shortest stated time; omitted for \"within N\"."),
    max: count.optional().describe("Longest stated time; omitted when the source gives no number."),
    unit: enumOf(TURNAROUND_UNIT).optional().describe("What min and max count; business days when not given."),
    guaranteed: yesNoFact.default({ status: 'unknown' }).describe("Whether the utility commits to it (yes), says it is not guaranteed (no), or does not say."),
    note: text.optional().describe("The promise in the source's words."),
    cite,
  })
  .strict()
  .refine((t) => t.min === undefined || t.max === undefined || t.min <= t.max, {
    error: 'found max smaller than min; expected max at least min',
    path: ['max'],
  })
  .refine((t) => t.max !== undefined || t.note !== undefined, { error: 'a max, a note, or both', path: ['max'] })
  .refine((t) => t.unit === undefined || t.max !== undefined || t.min !== undefined, { error: 'found a unit with no min or max; expected a number of days or weeks with it, or no unit', path: ['unit'] });

/** What a third party must do before it can use the route. Every item unknown unless a source says it. */
export const onboarding = z
  .object({
    registrationUrl: url.optional().describe("Where to register."),
    whoMayRegister: list(enumOf(REGISTRANT), 4).default([]).describe("Who may register."),
    /** What registration requires, each named and linked where the source does. */
    requirements: list(
      z
        .object({
          kind: enumOf(REQUIREMENT),
          name: label.optional().describe("The agreement's or form's name, e.g. \"Data Services Agreement\"."),
          url: url.optional(),
          note: text.optional(),
          cite,
        })
        .strict(),
      15,
    ).default([]).describe("What registration requires, each named and linked where the source does."),
    sandbox: yesNoFact.default({ status: 'unknown' }).describe("Whether a sandbox or test mode exists."),
    /** How long one customer authorization lasts. */
    authorizationTerm: z
      .object({ months: count.optional(), note: text.optional(), cite })
      .strict()
      .refine((t) => t.months !== undefined || t.note !== undefined, { error: 'months, a note, or both' })
      .optional().describe("How long one customer authorization lasts."),
    revocation: text.optional().describe("How a customer revokes an authorization."),
    cost: text.optional().describe("What registering or using the route costs."),
    onboardingTime: text.optional().describe("How long onboarding typically takes, in the source's words."),
    note: text.optional().describe("Anything else about registering, e.g. \"testing is mandatory and paid\"."),
    cite,
  })
  .strict();

/** An independent public record of the route working or not (never our own test). */
export const routeEvidence = z
  .object({
    verdict: enumOf(EVIDENCE_VERDICT),
    summary: text.describe("What the record says."),
    date: partialDate.describe("When the record was published."),
    cite: cite.unwrap(),
  })
  .strict();

export const route = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'lowercase words joined by hyphens, such as share-my-data' }).describe("Short id, unique in the guide, so data fields can say which route gives them."),
    kind: enumOf(ROUTE_KIND).describe("What kind of route it is; the label promises no more than the kind."),
    name: label.describe("The program's or form's name as the utility uses it."),
    status: availabilityFact.describe("Live, announced or absent."),
    audiences: list(enumOf(AUDIENCE), 10).default([]).describe("Who may use it."),
    customerTypes: list(customerClass, 10).default([]).describe("Customer classes whose data it covers."),
    dataTypes: list(enumOf(DATA_TYPE), 15).default([]).describe("What data it yields."),
    granularity: list(granularity, 6).default([]),
    history: list(history, 6).default([]),
    summary: paragraph.optional().describe("The process in a paragraph."),
    steps: steps.default([]).describe("What the third party and the customer do, in order."),
    turnaround: turnaround.optional(),
    formats: list(label, 20).default([]).describe("How the data arrives (PDF by email, CSV, SFTP, Green Button XML, …)."),
    form: text.optional().describe("A named form or agreement that must be filed."),
    url: url.optional().describe("Its page."),
    fee: text.optional(),
    states: stateList.optional().describe("Only in these states."),
    contacts: list(contact, 10).default([]).describe("Where requests go."),
    onboarding: onboarding.optional(),
    evidence: list(routeEvidence, 10).default([]).describe("Independent public records of the route working or not."),
    note: text.optional(),
    cite,
  })
  .strict();

export const thirdPartyAccess = z
  .object({
    summary: paragraph.optional().describe("The overall picture in a paragraph."),
    offered: yesNoFact.optional().describe("Whether any third-party access exists. Needed only when no route is listed (e.g. a source says there is none); with routes it follows from their statuses and may not contradict them."),
    routes: list(route, 12).default([]),
    cite,
  })
  .strict()
  .superRefine((v, ctx) => {
    const ids = new Set<string>();
    v.routes.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['routes', i, 'id'], message: `found "${r.id}" twice; expected each route id once` });
      ids.add(r.id);
    });
    // With routes, the routes' own statuses say whether access is offered; a second answer would go unseen.
    if (v.offered && v.routes.length)
      ctx.addIssue({ code: 'custom', path: ['offered'], message: `found offered: ${v.offered.status} beside ${v.routes.length} route(s); expected offered only when no route is listed (each route's status says whether it is offered)` });
  });

