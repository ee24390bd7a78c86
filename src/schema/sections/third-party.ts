/**
 * Third-party access as a list of routes (Green Button Connect, an API program, a signed form, EDI, a
 * statewide platform, …), each with its own steps, turnaround, formats and onboarding facts.
 */
import { z } from 'astro/zod';
import {
  AUDIENCE, DATA_TYPE, EVIDENCE_VERDICT, REGISTRANT, REQUIREMENT, ROUTE_KIND, TURNAROUND_UNIT,
} from '../enums.ts';
import {
  availabilityFact, cite, count, enumOf, label, list, paragraph, partialDate, stateList, steps, text, url,
  yesNoFact,
} from '../fragments.ts';
import { customerClass, granularity, history } from './access.ts';
import { contact } from './sources.ts';

/** Published turnaround: "5–10 business days", "within 3 weeks", or "not guaranteed". */
export const turnaround = z
  .object({
    /** Shortest stated time; omitted for "within N". */
    min: count.optional(),
    /** Longest stated time; omitted when the source gives no number. */
    max: count.optional(),
    /** What min and max count; business days when not given. */
    unit: enumOf(TURNAROUND_UNIT).optional(),
    /** Whether the utility commits to it (yes), says it is not guaranteed (no), or does not say. */
    guaranteed: yesNoFact.default({ status: 'unknown' }),
    /** The promise in the source's words. */
    note: text.optional(),
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
    /** Where to register. */
    registrationUrl: url.optional(),
    /** Who may register. */
    whoMayRegister: list(enumOf(REGISTRANT), 4).default([]),
    /** What registration requires, each named and linked where the source does. */
    requirements: list(
      z
        .object({
          kind: enumOf(REQUIREMENT),
          /** The agreement's or form's name, e.g. "Data Services Agreement". */
          name: label.optional(),
          url: url.optional(),
          note: text.optional(),
          cite,
        })
        .strict(),
      15,
    ).default([]),
    /** Whether a sandbox or test mode exists. */
    sandbox: yesNoFact.default({ status: 'unknown' }),
    /** How long one customer authorization lasts. */
    authorizationTerm: z
      .object({ months: count.optional(), note: text.optional(), cite })
      .strict()
      .refine((t) => t.months !== undefined || t.note !== undefined, { error: 'months, a note, or both' })
      .optional(),
    /** How a customer revokes an authorization. */
    revocation: text.optional(),
    /** What registering or using the route costs. */
    cost: text.optional(),
    /** How long onboarding typically takes, in the source's words. */
    onboardingTime: text.optional(),
    /** Anything else about registering, e.g. "testing is mandatory and paid". */
    note: text.optional(),
    cite,
  })
  .strict();

/** An independent public record of the route working or not (never our own test). */
export const routeEvidence = z
  .object({
    verdict: enumOf(EVIDENCE_VERDICT),
    /** What the record says. */
    summary: text,
    /** When the record was published. */
    date: partialDate,
    cite: cite.unwrap(),
  })
  .strict();

export const route = z
  .object({
    /** Short id, unique in the guide, so data fields can say which route gives them. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'lowercase words joined by hyphens, such as share-my-data' }),
    /** What kind of route it is; the label promises no more than the kind. */
    kind: enumOf(ROUTE_KIND),
    /** The program's or form's name as the utility uses it. */
    name: label,
    /** Live, announced or absent. */
    status: availabilityFact,
    /** Who may use it. */
    audiences: list(enumOf(AUDIENCE), 10).default([]),
    /** Customer classes whose data it covers. */
    customerTypes: list(customerClass, 10).default([]),
    /** What data it yields. */
    dataTypes: list(enumOf(DATA_TYPE), 15).default([]),
    granularity: list(granularity, 6).default([]),
    history: list(history, 6).default([]),
    /** The process in a paragraph. */
    summary: paragraph.optional(),
    /** What the third party and the customer do, in order. */
    steps: steps.default([]),
    turnaround: turnaround.optional(),
    /** How the data arrives (PDF by email, CSV, SFTP, Green Button XML, …). */
    formats: list(label, 20).default([]),
    /** A named form or agreement that must be filed. */
    form: text.optional(),
    /** Its page. */
    url: url.optional(),
    fee: text.optional(),
    /** Only in these states. */
    states: stateList.optional(),
    /** Where requests go. */
    contacts: list(contact, 10).default([]),
    onboarding: onboarding.optional(),
    /** Independent public records of the route working or not. */
    evidence: list(routeEvidence, 10).default([]),
    note: text.optional(),
    cite,
  })
  .strict();

export const thirdPartyAccess = z
  .object({
    /** The overall picture in a paragraph. */
    summary: paragraph.optional(),
    /**
     * Whether any third-party access exists. Needed only when no route is listed (e.g. a source says there is
     * none); with routes it follows from their statuses and may not contradict them.
     */
    offered: yesNoFact.optional(),
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
    const live = v.routes.some((r) => r.status.status === 'available');
    if (v.offered?.status === 'no' && live)
      ctx.addIssue({ code: 'custom', path: ['offered'], message: 'found offered: no while a route is available; expected offered to agree with the routes (or leave it out)' });
    if (v.offered?.status === 'yes' && v.routes.length && !live)
      ctx.addIssue({ code: 'custom', path: ['offered'], message: 'found offered: yes but no route is available; expected a route with status available (or leave offered out)' });
  });

