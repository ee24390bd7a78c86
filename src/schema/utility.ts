/**
 * The content model of one utility data access guide: the single source for pages, comparisons,
 * search filters, JSON-LD and the open data. Every field says why it exists. Capabilities that pages
 * compare are enums with an explicit `unknown`; free text sits beside them for nuance.
 */
import { z } from 'astro/zod';
import {
  availability, capabilityStatus, email, isoDate, partialDate, phone, stateCode, steps, text, url,
  yesNoUnknown,
} from './fragments.ts';

export const OWNERSHIP = {
  'investor-owned': 'Investor-owned utility',
  cooperative: 'Cooperative',
  municipal: 'Municipal utility',
  'political-subdivision': 'Political subdivision / public power district',
  state: 'State-owned utility',
  federal: 'Federal utility',
  other: 'Other',
} as const;

export const COMMODITIES = ['electric', 'gas', 'water', 'wastewater', 'steam'] as const;
export const CUSTOMER_TYPES = ['residential', 'commercial', 'industrial', 'agricultural', 'government', 'all'] as const;
export const DATA_TYPES = ['billing', 'usage', 'interval', 'payments', 'balance', 'alerts', 'rates', 'outages', 'account', 'enrollment', 'other'] as const;
export const GRANULARITY = ['1-minute', '5-minute', '15-minute', '30-minute', 'hourly', 'daily', 'monthly', 'not-applicable', 'unknown'] as const;
export const SOURCE_KINDS = ['utility', 'regulator', 'government', 'industry', 'news', 'commercial', 'other'] as const;
export const PROGRAM_KINDS = ['prepay', 'levelized-billing', 'e-billing', 'outage-map', 'benchmarking', 'aggregated-data', 'usage-alerts', 'other'] as const;
export const RATE_STRUCTURES = ['flat', 'tiered', 'time-of-use', 'demand', 'seasonal', 'real-time', 'fuel-adjustment', 'other'] as const;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.join(', ')}` });

const source = z
  .object({
    /** What the reader will find at the source. */
    title: text,
    /** Where it is; absent only for documents not published online. */
    url: url.optional(),
    /** Who published it (utility, regulator, EIA, …). */
    publisher: text.optional(),
    /** What kind of publisher, so readers can weigh it: a commercial guide is weaker than a tariff. */
    kind: enumOf(SOURCE_KINDS).optional(),
    /** When an editor last read it: facts age, so every source is dated. */
    accessed: isoDate,
  })
  .strict();

const contact = z.discriminatedUnion(
  'type',
  [
    z.object({ /** What this line is for. */ label: text, type: z.literal('phone'), value: phone }).strict(),
    z.object({ label: text, type: z.literal('fax'), value: phone }).strict(),
    z.object({ label: text, type: z.literal('email'), value: email }).strict(),
    z.object({ label: text, type: z.literal('postal'), value: text }).strict(),
    z.object({ label: text, type: z.literal('web-form'), value: url }).strict(),
  ],
  { error: 'a contact whose type is one of phone, fax, email, postal, web-form' },
);

const accessMethod = z
  .object({
    /** Name of the channel as a reader would recognise it. */
    method: text,
    /** Can the customer use it for their own data? */
    firstParty: z.boolean({ error: 'true or false' }),
    /** Can an authorised third party use it? */
    thirdParty: z.boolean({ error: 'true or false' }),
    /** Who may use it, with eligibility thresholds (e.g. ">200 kW") kept beside the type. */
    customerTypes: z
      .array(z.object({ type: enumOf(CUSTOMER_TYPES), eligibility: text.optional() }).strict())
      .min(1, { error: 'at least one customer type' }),
    /** What data comes out of it; drives the comparison filters. */
    dataTypes: z.array(enumOf(DATA_TYPES)).min(1, { error: 'at least one data type' }),
    /** How fresh or how slow, in the utility's own terms. */
    latency: text.optional(),
    /** File or delivery formats (PDF, CSV, Green Button XML, EDI X12, …). */
    formats: z.array(text).default([]),
    /** Live, announced or absent. */
    status: capabilityStatus,
    /** Any charge for using it. */
    fee: text.optional(),
    /** A named form or agreement that must be filed. */
    form: text.optional(),
    /** Only in these states, for utilities serving several; absent means everywhere it serves. */
    states: z.array(stateCode).optional(),
    /** Extra detail that does not fit the columns. */
    note: text.optional(),
  })
  .strict();

const granularity = z
  .object({ value: enumOf(GRANULARITY), /** Detail such as "15-minute for demand-metered accounts". */ note: text.optional() })
  .strict();

export const utilitySchema = z
  .object({
    // ---------- Identity ----------
    /** Legal or common full name, the page heading. */
    name: text,
    /** Short name or acronym used in running text (SCES, JEC). */
    shortName: text.optional(),
    /** Other names people search for, including the name on EIA filings. */
    aliases: z.array(text).default([]),
    /** Overrides the URL slug (defaults to the file name). */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'lowercase words joined by hyphens, such as sevier-county-electric-system' }).optional(),
    /** One-or-two-sentence summary; also the meta description of the guide. */
    summary: text.max(320, { error: 'at most 320 characters (it is the search-result snippet)' }),
    /** EIA-861 utility numbers; links the guide to the federal data. Empty when the utility files none (e.g. gas-only). */
    eiaIds: z.array(z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).positive()).default([]),
    /** The utility's own home page; omitted when no source confirms it. */
    website: url.optional(),
    /** States served, first is the headquarters state. */
    states: z.array(stateCode).min(1, { error: 'at least one state code' }),
    /** Ownership type as EIA classifies it. */
    ownership: enumOf(Object.keys(OWNERSHIP) as [keyof typeof OWNERSHIP, ...(keyof typeof OWNERSHIP)[]]),
    /** What the utility delivers. */
    commodities: z.array(enumOf(COMMODITIES)).min(1, { error: 'at least one commodity' }),
    /** Size, with its date and where the number comes from; one count per commodity where sources split them. */
    customers: z.preprocess(
      (v) => (v && typeof v === 'object' && !Array.isArray(v) ? [v] : v),
      z.array(z
      .object({
        /** Which service the count covers, when the utility delivers more than one. */
        commodity: enumOf(COMMODITIES).optional(),
        count: z.number({ error: 'a number' }).int().nonnegative(),
        /** True when the source says "about". */
        approximate: z.boolean().default(false),
        /** Customers, accounts or meters: sources count differently. */
        unit: enumOf(['customers', 'accounts', 'meters'] as const).default('customers'),
        asOf: partialDate.optional(),
        source: text,
      })
      .strict()),
    ).default([]),
    /** Where the utility serves, in words (counties, cities). */
    serviceArea: text.optional(),
    /** Who sells the utility its power or gas at wholesale (e.g. TVA). */
    wholesaleSupplier: text.optional(),
    /** Who approves its rates; several when a multi-state utility answers to each state's commission. */
    regulators: z
      .array(z.object({ name: text, url: url.optional(), /** States this body regulates the utility in. */ states: z.array(stateCode).optional() }).strict())
      .default([]),
    /** Whether customers can buy supply from someone else. */
    market: z
      .object({
        structure: enumOf(['regulated', 'deregulated', 'partial', 'unknown'] as const),
        retailChoice: yesNoUnknown,
        /** Who qualifies for choice (e.g. "loads above 1 MW"). */
        threshold: text.optional(),
        /** Named choice programs, per commodity (e.g. Community Choice Aggregation, gas Core Transport). */
        choicePrograms: z
          .array(z.object({ commodity: enumOf(COMMODITIES), name: text, eligibility: text.optional() }).strict())
          .default([]),
        note: text.optional(),
      })
      .strict(),
    /** When an editor last changed the guide (sitemap lastmod, dateModified). */
    lastUpdated: isoDate,
    /** When an editor last checked the facts against the sources. */
    lastVerified: isoDate,

    // ---------- Access methods table ----------
    /** Every channel that yields data, one row each. */
    accessMethods: z.array(accessMethod).min(1, { error: 'at least one access method' }),

    // ---------- 1. Billing ----------
    billing: z
      .object({
        summary: text,
        /** Items printed on or shown with a bill. */
        billContents: z.array(text).default([]),
        /** Can customers export bills or usage themselves, and in what formats? */
        selfServiceExport: z.object({ status: yesNoUnknown, formats: z.array(text).default([]), note: text.optional() }).strict(),
        residentialSteps: steps.default([]),
        commercialSteps: steps.default([]),
      })
      .strict(),

    // ---------- Third-party access ----------
    thirdPartyAccess: z
      .object({
        /** How a third party gets data: the comparison column. */
        kind: enumOf(['none', 'manual-authorization', 'online-authorization', 'green-button-connect', 'api', 'edi', 'unknown'] as const),
        /** Name of the program or form, where it has one. */
        programName: text.optional(),
        summary: text.optional(),
        steps: steps.default([]),
        /** Published turnaround in business days. */
        turnaroundBusinessDays: z
          .object({ /** Omitted when the utility only promises "within N days". */ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative() })
          .strict()
          .refine((v) => v.min === undefined || v.min <= v.max, { error: 'found max smaller than min; expected max at least min', path: ['max'] })
          .optional(),
        deliveryFormats: z.array(text).default([]),
        contacts: z.array(contact).default([]),
      })
      .strict(),

    // ---------- 2. Interval data and meters ----------
    intervalData: z
      .object({
        summary: text.optional(),
        ami: z
          .object({
            status: enumOf(['deployed', 'partial', 'none', 'unknown'] as const),
            vendor: text.optional(),
            /** Year deployment started or completed. */
            since: z.number().int().min(1990).max(2100).optional(),
            note: text.optional(),
          })
          .strict(),
        electricGranularity: granularity,
        gasGranularity: granularity,
        /** How far back interval history goes. */
        historyRetention: text.optional(),
        steps: steps.default([]),
      })
      .strict(),

    // ---------- 3. Green Button ----------
    greenButton: z
      .object({
        downloadMyData: z
          .object({ status: availability, expected: partialDate.optional(), availableTo: text.optional(), formats: z.array(text).default([]), note: text.optional() })
          .strict(),
        connectMyData: z
          .object({
            status: availability,
            expected: partialDate.optional(),
            availableTo: text.optional(),
            /** e.g. "ESPI (NAESB REQ.21)". */
            standard: text.optional(),
            note: text.optional(),
          })
          .strict(),
        /** Listed in the Green Button Alliance directory of implementations. */
        gbaDirectoryListed: yesNoUnknown,
      })
      .strict(),

    // ---------- 4. Third-party API ----------
    api: z
      .object({
        status: availability,
        expected: partialDate.optional(),
        program: text.optional(),
        authMethod: text.optional(),
        rateLimits: text.optional(),
        intervalLatency: text.optional(),
        developerPortal: url.optional(),
        summary: text.optional(),
        registrationSteps: steps.default([]),
        /** Independent companies that offer API access to this utility's data, listed neutrally and without endorsement. */
        dataProviders: z.array(z.object({ name: text, url: url.optional(), coverage: text.optional() }).strict()).default([]),
      })
      .strict(),

    // ---------- 5. EDI ----------
    edi: z
      .object({
        status: availability,
        /** ANSI X12 transaction sets such as 810, 814, 820, 867. */
        transactionSets: z.array(z.string().regex(/^\d{3}$/, { error: 'a three-digit X12 transaction set, such as "867"' })).default([]),
        /** Implementation standard, e.g. TxSET or a state EDI working group guide. */
        standard: text.optional(),
        whoMayUse: text.optional(),
        summary: text.optional(),
        enrollmentSteps: steps.default([]),
      })
      .strict(),

    // ---------- 6. Rates ----------
    rates: z
      .object({
        summary: text.optional(),
        /** Docket or case where the tariff is filed. */
        docket: z.object({ id: text, agency: text.optional(), url: url.optional() }).strict().optional(),
        tariffBook: url.optional(),
        schedules: z
          .array(
            z
              .object({
                code: text,
                name: text.optional(),
                class: enumOf(CUSTOMER_TYPES),
                applicability: text.optional(),
                structure: z.array(enumOf(RATE_STRUCTURES)).default([]),
              })
              .strict(),
          )
          .default([]),
        /** Published numbers, each with unit and date so readers can judge staleness. */
        figures: z
          .array(
            z
              .object({ label: text, value: z.number({ error: 'a number' }), unit: text, asOf: partialDate.optional(), source: text.optional() })
              .strict(),
          )
          .default([]),
        features: z.object({ timeOfUse: yesNoUnknown, demandCharges: yesNoUnknown, fuelAdjustment: yesNoUnknown }).strict(),
        notes: z.array(text).default([]),
      })
      .strict(),

    // ---------- 7. Other programs ----------
    programs: z
      .array(
        z
          .object({
            name: text,
            kind: enumOf(PROGRAM_KINDS),
            description: text,
            steps: steps.default([]),
            /** Only in these states, for utilities serving several. */
            states: z.array(stateCode).optional(),
          })
          .strict(),
      )
      .default([]),

    // ---------- 8. Limitations ----------
    limitations: z.array(text).default([]),

    // ---------- 9. FAQ ----------
    /** Answers may contain Markdown links. */
    faq: z.array(z.object({ question: text, answer: text }).strict()).default([]),

    // ---------- Contacts and sources ----------
    contacts: z.array(contact).default([]),
    sources: z.array(source).min(1, { error: 'at least one source' }),
  })
  .strict();

export type Utility = z.infer<typeof utilitySchema>;
export type Contact = z.infer<typeof contact>;
export type AccessMethod = z.infer<typeof accessMethod>;
export type Availability = z.infer<typeof availability>;
export type YesNoUnknown = z.infer<typeof yesNoUnknown>;
