/**
 * The content model of one utility data access guide: the single source for pages, comparisons,
 * search filters, JSON-LD and the open data. Every field says why it exists. Capabilities that pages
 * compare are enums with an explicit `unknown` ("not published" is not "no"); free text sits beside them.
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
export const THIRD_PARTY_KINDS = ['none', 'manual-authorization', 'online-authorization', 'green-button-connect', 'api', 'edi', 'unknown'] as const;

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
    kind: enumOf(SOURCE_KINDS),
    /** When an editor last read it: facts age, so every source is dated. */
    accessed: isoDate,
  })
  .strict();

/** What this contact line is for, shown before the number or address. */
const label = text;
const contact = z.discriminatedUnion(
  'type',
  [
    /** Rendered as a dialable tel: link. */
    z.object({ label, type: z.literal('phone'), value: phone }).strict(),
    /** Shown as text: a fax number is not dialable from a browser. */
    z.object({ label, type: z.literal('fax'), value: phone }).strict(),
    /** Rendered as a mailto: link. */
    z.object({ label, type: z.literal('email'), value: email }).strict(),
    /** A mailing address, as one line. */
    z.object({ label, type: z.literal('postal'), value: text }).strict(),
    /** A contact or request form on the web. */
    z.object({ label, type: z.literal('web-form'), value: url }).strict(),
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
      .array(
        z
          .object({
            /** Customer class, for filtering. */
            type: enumOf(CUSTOMER_TYPES),
            /** Threshold or condition in the utility's words. */
            eligibility: text.optional(),
          })
          .strict(),
      )
      .min(1, { error: 'at least one customer type' }),
    /** What data comes out of it; drives the comparison filters. */
    dataTypes: z.array(enumOf(DATA_TYPES)).min(1, { error: 'at least one data type' }),
    /** How fresh or how slow, in the utility's own terms. */
    latency: text.optional(),
    /** File or delivery formats (PDF, CSV, Green Button XML, EDI X12, …). */
    formats: z.array(text).default([]),
    /** Live, announced (with expected date) or absent. */
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
  .object({
    /** Finest interval a customer can get, for comparison. */
    value: enumOf(GRANULARITY),
    /** Detail such as "15-minute for demand-metered accounts". */
    note: text.optional(),
  })
  .strict();

/** One headcount; utilities that deliver several commodities often publish one per commodity. */
const customerCount = z
  .object({
    /** Which service the count covers, when the utility delivers more than one. */
    commodity: enumOf(COMMODITIES).optional(),
    /** The number as published. */
    count: z.number({ error: 'a number' }).int().nonnegative(),
    /** True when the source says "about" or "more than". */
    approximate: z.boolean().default(false),
    /** Customers, accounts or meters: sources count differently. */
    unit: enumOf(['customers', 'accounts', 'meters'] as const).default('customers'),
    /** When the count was true. */
    asOf: partialDate.optional(),
    /** Where the number comes from, e.g. "EIA-861 2018". */
    source: text,
  })
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
    /** Size, with its date and source; a single count may be written as one object instead of a list. */
    customers: z
      .preprocess((v) => (v && typeof v === 'object' && !Array.isArray(v) ? [v] : v), z.array(customerCount))
      .default([]),
    /** Where the utility serves, in words (counties, cities). */
    serviceArea: text.optional(),
    /** Who sells the utility its power or gas at wholesale (e.g. TVA). */
    wholesaleSupplier: text.optional(),
    /** Who approves its rates; several when a multi-state utility answers to each state's commission. */
    regulators: z
      .array(
        z
          .object({
            /** The body's name. */
            name: text,
            /** Its home page or the utility's page on its site. */
            url: url.optional(),
            /** States where it regulates this utility; absent means all of them. */
            states: z.array(stateCode).optional(),
          })
          .strict(),
      )
      .default([]),
    /** Whether customers can buy supply from someone else. */
    market: z
      .object({
        /** Regulated monopoly, competitive retail market, or in between. */
        structure: enumOf(['regulated', 'deregulated', 'partial', 'unknown'] as const),
        /** Can customers choose a supplier? The comparison column. */
        retailChoice: yesNoUnknown,
        /** Who qualifies for choice (e.g. "loads above 1 MW"). */
        threshold: text.optional(),
        /** Named choice programs, per commodity (e.g. Community Choice Aggregation, gas Core Transport). */
        choicePrograms: z
          .array(
            z
              .object({
                /** Which supply the program opens to competition. */
                commodity: enumOf(COMMODITIES),
                /** The program's name as the utility or regulator uses it. */
                name: text,
                /** Who may join. */
                eligibility: text.optional(),
              })
              .strict(),
          )
          .default([]),
        /** Context that the fields above cannot carry. */
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
        /** How customers see and get their bills, in a paragraph. */
        summary: text,
        /** Items printed on or shown with a bill. */
        billContents: z.array(text).default([]),
        /** Can customers export bills or usage themselves, and in what formats? */
        selfServiceExport: z
          .object({
            /** The comparison value. */
            status: yesNoUnknown,
            /** PDF, CSV, Excel, Green Button XML, … */
            formats: z.array(text).default([]),
            /** Limits such as "PDF only" or "last 13 months". */
            note: text.optional(),
          })
          .strict(),
        /** How a household gets its bills, step by step. */
        residentialSteps: steps.default([]),
        /** How a business gets its bills, step by step. */
        commercialSteps: steps.default([]),
      })
      .strict(),

    // ---------- Third-party access (rendered within Billing) ----------
    thirdPartyAccess: z
      .object({
        /** How a third party gets data: the comparison column. */
        kind: enumOf(THIRD_PARTY_KINDS),
        /** Name of the program or form, where it has one. */
        programName: text.optional(),
        /** The process in a paragraph. */
        summary: text.optional(),
        /** What the third party and the customer do, in order. */
        steps: steps.default([]),
        /** Published turnaround in business days. */
        turnaroundBusinessDays: z
          .object({
            /** Omitted when the utility only promises "within N days". */
            min: z.number().int().nonnegative().optional(),
            /** Longest published turnaround. */
            max: z.number().int().nonnegative(),
          })
          .strict()
          .refine((v) => v.min === undefined || v.min <= v.max, { error: 'found max smaller than min; expected max at least min', path: ['max'] })
          .optional(),
        /** How the data arrives (PDF by email, CSV, SFTP, …). */
        deliveryFormats: z.array(text).default([]),
        /** Where requests go. */
        contacts: z.array(contact).default([]),
      })
      .strict(),

    // ---------- 2. Interval data and meters ----------
    intervalData: z
      .object({
        /** What interval data exists and how to reach it, in a paragraph. */
        summary: text.optional(),
        /** Smart-meter (AMI) rollout: without it there is no interval data. */
        ami: z
          .object({
            /** The comparison value. */
            status: enumOf(['deployed', 'partial', 'none', 'unknown'] as const),
            /** Meter or network vendor, as a fact about the hardware. */
            vendor: text.optional(),
            /** Year deployment started or completed. */
            since: z.number().int().min(1990).max(2100).optional(),
            /** Coverage detail, e.g. share of meters or pilots. */
            note: text.optional(),
          })
          .strict(),
        /** Finest electric interval available to customers. */
        electricGranularity: granularity,
        /** Finest gas interval available to customers. */
        gasGranularity: granularity,
        /** How far back interval history goes. */
        historyRetention: text.optional(),
        /** How to download or request interval data. */
        steps: steps.default([]),
      })
      .strict(),

    // ---------- 3. Green Button ----------
    greenButton: z
      .object({
        /** Customer-initiated file download in the Green Button format. */
        downloadMyData: z
          .object({
            /** The comparison value. */
            status: availability,
            /** Announced launch, only with status planned. */
            expected: partialDate.optional(),
            /** Which customers can use it. */
            availableTo: text.optional(),
            /** File formats, e.g. "Green Button XML", "CSV". */
            formats: z.array(text).default([]),
            /** Anything else a reader should know. */
            note: text.optional(),
          })
          .strict(),
        /** Automated, customer-authorised sharing with third parties. */
        connectMyData: z
          .object({
            /** The comparison value. */
            status: availability,
            /** Announced launch, only with status planned. */
            expected: partialDate.optional(),
            /** Which customers and third parties can use it. */
            availableTo: text.optional(),
            /** e.g. "ESPI (NAESB REQ.21)". */
            standard: text.optional(),
            /** Program name, registration, limits. */
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
        /** The comparison value. */
        status: availability,
        /** Announced launch, only with status planned. */
        expected: partialDate.optional(),
        /** Name of the API program. */
        program: text.optional(),
        /** OAuth, API key, manual authorization, … */
        authMethod: text.optional(),
        /** Published request limits. */
        rateLimits: text.optional(),
        /** How soon interval data appears in the API. */
        intervalLatency: text.optional(),
        /** Where developers start. */
        developerPortal: url.optional(),
        /** The API situation in a paragraph. */
        summary: text.optional(),
        /** How a developer registers, in order. */
        registrationSteps: steps.default([]),
        /** Independent companies that offer API access to this utility's data, listed neutrally and without endorsement. */
        dataProviders: z
          .array(
            z
              .object({
                /** Company name. */
                name: text,
                /** Its documentation or home page. */
                url: url.optional(),
                /** What it says it covers, attributed to it. */
                coverage: text.optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),

    // ---------- 5. EDI ----------
    edi: z
      .object({
        /** The comparison value. */
        status: availability,
        /** ANSI X12 transaction sets such as 810, 814, 820, 867. */
        transactionSets: z.array(z.string().regex(/^\d{3}$/, { error: 'a three-digit X12 transaction set, such as "867"' })).default([]),
        /** Implementation standard, e.g. TxSET or a state EDI working group guide. */
        standard: text.optional(),
        /** Suppliers, aggregators, … */
        whoMayUse: text.optional(),
        /** EDI at this utility in a paragraph. */
        summary: text.optional(),
        /** How a trading partner enrols and tests. */
        enrollmentSteps: steps.default([]),
      })
      .strict(),

    // ---------- 6. Rates ----------
    rates: z
      .object({
        /** How rates are set and where they are published, in a paragraph. */
        summary: text.optional(),
        /** Docket or case where the tariff is filed. */
        docket: z
          .object({
            /** Docket number as the agency writes it. */
            id: text,
            /** The agency that holds it. */
            agency: text.optional(),
            /** Link to the docket. */
            url: url.optional(),
          })
          .strict()
          .optional(),
        /** Link to the full tariff book. */
        tariffBook: url.optional(),
        /** Rate schedules, one row each. */
        schedules: z
          .array(
            z
              .object({
                /** Schedule code as the tariff writes it (e.g. GSA-2). */
                code: text,
                /** Schedule name. */
                name: text.optional(),
                /** Customer class it serves. */
                class: enumOf(CUSTOMER_TYPES),
                /** Who it applies to, in the tariff's terms. */
                applicability: text.optional(),
                /** Pricing elements, for comparison. */
                structure: z.array(enumOf(RATE_STRUCTURES)).default([]),
              })
              .strict(),
          )
          .default([]),
        /** Published numbers, each with unit and date so readers can judge staleness. */
        figures: z
          .array(
            z
              .object({
                /** What the number is. */
                label: text,
                /** The number as published. */
                value: z.number({ error: 'a number' }),
                /** e.g. "USD per kWh", "cents per kWh", "USD per month". */
                unit: text,
                /** When it took effect or was published. */
                asOf: partialDate.optional(),
                /** Where it comes from, when it is not obvious from the sources list. */
                source: text.optional(),
              })
              .strict(),
          )
          .default([]),
        /** Rate features readers compare. */
        features: z
          .object({
            /** Any time-of-use schedule. */
            timeOfUse: yesNoUnknown,
            /** Any per-kW demand charge. */
            demandCharges: yesNoUnknown,
            /** A fuel, power-cost or supply adjustment that moves monthly or quarterly. */
            fuelAdjustment: yesNoUnknown,
          })
          .strict(),
        /** Other rate facts, one per item. */
        notes: z.array(text).default([]),
      })
      .strict(),

    // ---------- 7. Other programs ----------
    /** Prepay, levelized billing, e-billing, outage maps, benchmarking feeds, aggregated public data, … */
    programs: z
      .array(
        z
          .object({
            /** Program name as the utility uses it. */
            name: text,
            /** Category, for filtering. */
            kind: enumOf(PROGRAM_KINDS),
            /** What it does for the customer. */
            description: text,
            /** How to join or use it. */
            steps: steps.default([]),
            /** Only in these states, for utilities serving several. */
            states: z.array(stateCode).optional(),
          })
          .strict(),
      )
      .default([]),

    // ---------- 8. Limitations ----------
    /** What a reader cannot do, one per item. */
    limitations: z.array(text).default([]),

    // ---------- 9. FAQ ----------
    /** Questions readers ask; answers may contain Markdown links. Also the FAQPage JSON-LD. */
    faq: z
      .array(
        z
          .object({
            /** The question, as a reader would type it. */
            question: text,
            /** A complete answer grounded in the facts above. */
            answer: text,
          })
          .strict(),
      )
      .default([]),

    // ---------- Contacts and sources ----------
    /** How to reach the utility about data. */
    contacts: z.array(contact).default([]),
    /** Every source the facts come from. */
    sources: z.array(source).min(1, { error: 'at least one source' }),
  })
  .strict();

export type Utility = z.infer<typeof utilitySchema>;
export type Contact = z.infer<typeof contact>;
export type AccessMethod = z.infer<typeof accessMethod>;
export type Availability = z.infer<typeof availability>;
export type YesNoUnknown = z.infer<typeof yesNoUnknown>;
