/**
 * The content model of one utility data access guide: the single source for pages, comparisons, search
 * filters, JSON-LD, the open data and the editor schema. Composed from one file per section under
 * `sections/`; enums and their labels live in `enums.ts`. Not published is not "no": every status has an
 * explicit `unknown`, and every other status must cite the source that states it.
 */
import { z } from 'astro/zod';
import { COMMODITY, OWNERSHIP, ROLE } from './enums.ts';
import { cite, enumOf, label, list, paragraph, pastDate, stateList, statusFact, text, url } from './fragments.ts';
import { accessMethod } from './sections/access.ts';
import { billing } from './sections/billing.ts';
import { api, edi, greenButton } from './sections/channels.ts';
import { dataField, platform, wholeBuilding } from './sections/data-fields.ts';
import { customersField, eiaIds, headquarters, parent, regulator, related } from './sections/identity.ts';
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
    name: label.describe("The name people know and search for; the page heading."),
    legalName: label.optional().describe("The legal name, where it differs from the name (d/b/a)."),
    shortName: label.optional().describe("Short name or acronym used in running text (SCES, ComEd)."),
    aliases: list(label, 20).default([]).describe("Other names people search for, including the name on EIA filings."),
    summary: paragraph.max(320, { error: 'at most 320 characters (it is the search-result snippet)' }).describe("One-or-two-sentence summary of the guide."),
    /** EIA-861 utility numbers, or `none` (files none), or `unknown` (not looked up). */
    eiaIds,
    website: url.optional().describe("The utility's own home page."),
    states: stateList.min(1, { error: 'at least one state code' }).describe("States served."),
    headquarters: headquarters.optional().describe("Where the utility is based; a fact apart from the states it serves."),
    role: statusFact(ROLE).default({ status: 'unknown' }).describe("What part of the supply chain it runs: delivery only, vertically integrated, a distribution co-op, a municipal distributor."),
    ownership: enumOf(OWNERSHIP).describe("Ownership type as EIA classifies it."),
    parent: parent.optional().describe("The holding company, where there is one."),
    related: list(related, 10).default([]).describe("Companies readers may confuse with this one, and sister utilities."),
    /** What the utility delivers. */
    commodities: list(enumOf(COMMODITY), 5)
      .min(1, { error: 'at least one commodity' })
      .refine((v) => new Set(v).size === v.length, { error: 'each commodity once' }).describe("What the utility delivers."),
    customers: customersField.describe("Size, each count with its date and source."),
    serviceArea: text.optional().describe("Where the utility serves, in words (counties, cities)."),
    wholesaleSupplier: text.optional().describe("Who sells the utility its power or gas at wholesale (e.g. TVA)."),
    regulators: list(regulator, 12).default([]).describe("Who approves its rates; several when a multi-state utility answers to each state's commission."),
    /** Sources for the identity facts above. */
    cite,
    market: market.prefault({}),
    lastUpdated: pastDate.describe("When an editor last changed the guide (sitemap lastmod, dateModified)."),
    lastVerified: pastDate.describe("When an editor last checked the facts against the sources."),
    changes: list(z.object({ /** The day of the change. */ date: pastDate, /** What a reader would notice. */ summary: text }).strict(), 100).default([]).describe("What changed and when, newest first: shown on the guide and in the home page's list of updates."),

    // ---------- Sections ----------
    accessMethods: list(accessMethod, 30).default([]).describe("Every channel that yields data, one row each."),
    billing: billing.prefault({}),
    thirdPartyAccess: thirdPartyAccess.prefault({}),
    intervalData: intervalData.prefault({}),
    greenButton: greenButton.prefault({}),
    api: api.prefault({ status: 'unknown' }),
    edi: edi.prefault({ status: 'unknown' }),
    rates: rates.prefault({}),
    programs: list(program, 40).default([]).describe("Prepay, levelized billing, e-billing, outage maps, benchmarking feeds, demand response, …"),
    limitations: list(limitation, 30).default([]).describe("What a reader cannot do, one per item."),
    dataFields: list(dataField, 60).default([]).describe("Which data fields the utility gives, per route or customer class where they differ."),
    platform: platform.default({ vendor: 'unknown' }).describe("The vendor platform behind the customer portal."),
    wholeBuilding: wholeBuilding.default({ status: 'unknown', multifamily: { status: 'unknown' }, delivery: [] }).describe("Aggregated whole-building data for benchmarking."),
    faq: list(faqItem, 40).default([]).describe("Questions readers ask; also the FAQPage JSON-LD."),
    contacts: list(contact, 30).default([]).describe("How to reach the utility about data."),
    conflicts: list(conflict, 20).default([]).describe("Where sources disagree: every claim, shown side by side."),
    sources: list(source, 150).min(1, { error: 'at least one source' }).describe("Every source the facts come from."),
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
