/**
 * The content model of one utility data access guide: the single source for pages, comparisons, search
 * filters, JSON-LD, the open data and the editor schema. Composed from one file per section under
 * `sections/`; enums and their labels live in `enums.ts`. Not published is not "no": every status has an
 * explicit `unknown`, and every other status must cite the source that states it.
 */
import { z } from 'astro/zod';
import { COMMODITY, OWNERSHIP } from './enums.ts';
import { cite, enumOf, label, list, paragraph, pastDate, stateList, text, url } from './fragments.ts';
import { accessMethod } from './sections/access.ts';
import { billing } from './sections/billing.ts';
import { api, edi, greenButton } from './sections/channels.ts';
import { dataField, platform, wholeBuilding } from './sections/data-fields.ts';
import { customersField, eiaIds, parent, regulator, related } from './sections/identity.ts';
import { intervalData } from './sections/interval.ts';
import { market } from './sections/market.ts';
import { faqItem, limitation, program } from './sections/programs.ts';
import { rates } from './sections/rates.ts';
import { conflict, contact, source } from './sections/sources.ts';
import { thirdPartyAccess } from './sections/third-party.ts';
import { addIssues, citationIssues, commodityIssues, routeRefIssues } from './rules.ts';

export const utilitySchema = z
  .object({
    // ---------- Identity ----------
    /** The name people know and search for; the page heading. */
    name: label,
    /** The legal name, where it differs from the name (d/b/a). */
    legalName: label.optional(),
    /** Short name or acronym used in running text (SCES, ComEd). */
    shortName: label.optional(),
    /** Other names people search for, including the name on EIA filings. */
    aliases: list(label, 20).default([]),
    /** One-or-two-sentence summary of the guide. */
    summary: paragraph.max(320, { error: 'at most 320 characters (it is the search-result snippet)' }),
    /** EIA-861 utility numbers, or `none` (files none), or `unknown` (not looked up). */
    eiaIds,
    /** The utility's own home page. */
    website: url.optional(),
    /** States served, the headquarters state first. */
    states: stateList.min(1, { error: 'at least one state code' }),
    /** Ownership type as EIA classifies it. */
    ownership: enumOf(OWNERSHIP),
    /** The holding company, where there is one. */
    parent: parent.optional(),
    /** Companies readers may confuse with this one, and sister utilities. */
    related: list(related, 10).default([]),
    /** What the utility delivers. */
    commodities: list(enumOf(COMMODITY), 5)
      .min(1, { error: 'at least one commodity' })
      .refine((v) => new Set(v).size === v.length, { error: 'each commodity once' }),
    /** Size, each count with its date and source. */
    customers: customersField,
    /** Where the utility serves, in words (counties, cities). */
    serviceArea: text.optional(),
    /** Who sells the utility its power or gas at wholesale (e.g. TVA). */
    wholesaleSupplier: text.optional(),
    /** Who approves its rates; several when a multi-state utility answers to each state's commission. */
    regulators: list(regulator, 12).default([]),
    /** Sources for the identity facts above. */
    cite,
    market: market.prefault({}),
    /** When an editor last changed the guide (sitemap lastmod, dateModified). */
    lastUpdated: pastDate,
    /** When an editor last checked the facts against the sources. */
    lastVerified: pastDate,
    /** What changed and when, newest first: shown on the guide and in the home page's list of updates. */
    changes: list(z.object({ /** The day of the change. */ date: pastDate, /** What a reader would notice. */ summary: text }).strict(), 100).default([]),

    // ---------- Sections ----------
    /** Every channel that yields data, one row each. */
    accessMethods: list(accessMethod, 30).default([]),
    billing: billing.prefault({}),
    thirdPartyAccess: thirdPartyAccess.prefault({}),
    intervalData: intervalData.prefault({}),
    greenButton: greenButton.prefault({}),
    api: api.prefault({ status: 'unknown' }),
    edi: edi.prefault({ status: 'unknown' }),
    rates: rates.prefault({}),
    /** Prepay, levelized billing, e-billing, outage maps, benchmarking feeds, demand response, … */
    programs: list(program, 40).default([]),
    /** What a reader cannot do, one per item. */
    limitations: list(limitation, 30).default([]),
    /** Which data fields the utility gives, per route or customer class where they differ. */
    dataFields: list(dataField, 60).default([]),
    /** The vendor platform behind the customer portal. */
    platform: platform.default({ status: 'unknown' }),
    /** Aggregated whole-building data for benchmarking. */
    wholeBuilding: wholeBuilding.default({ status: 'unknown', multifamily: { status: 'unknown' }, delivery: [] }),
    /** Questions readers ask; also the FAQPage JSON-LD. */
    faq: list(faqItem, 40).default([]),
    /** How to reach the utility about data. */
    contacts: list(contact, 30).default([]),
    /** Where sources disagree: every claim, shown side by side. */
    conflicts: list(conflict, 20).default([]),
    /** Every source the facts come from. */
    sources: list(source, 150).min(1, { error: 'at least one source' }),
  })
  .strict()
  .superRefine((u, ctx) => {
    addIssues(ctx, citationIssues(u));
    addIssues(ctx, commodityIssues(u));
    addIssues(ctx, routeRefIssues(u));
  });

export type Utility = z.infer<typeof utilitySchema>;
export type Source = Utility['sources'][number];
export type Contact = Utility['contacts'][number];
export type AccessMethod = Utility['accessMethods'][number];
export type Route = Utility['thirdPartyAccess']['routes'][number];
