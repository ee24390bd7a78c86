/** What no other guide publishes: data fields, portal platform and whole-building data. */
import { z } from 'astro/zod';
import { CUSTOMER_CLASS, DATA_FIELD, GRANULARITY, PLATFORM, WHOLE_BUILDING_DELIVERY, YES_NO } from '#src/schema/enums.ts';
import { alsoAccepts, cite, count, enumOf, label, list, stateList, statusShape, text, url, withShorthand, yesNoFact } from '#src/schema/fragments.ts';

/** Which commodity a data field belongs to; absent means any the utility delivers. */
export const DATA_FIELD_COMMODITY: Partial<Record<keyof typeof DATA_FIELD, 'electric' | 'gas'>> = {
  demand: 'electric',
  'peak-load-contribution': 'electric',
  'transmission-obligation': 'electric',
  'loss-factor': 'electric',
  'net-metering': 'electric',
  'gas-usage': 'gas',
};

/** Whether a data field is available, per route or customer class where they differ. */
export const dataField = z
  .object({
    field: enumOf(DATA_FIELD),
    ...statusShape(YES_NO),
    granularity: enumOf(GRANULARITY).optional().describe("Interval length, for interval usage."),
    months: count.optional().describe("Months of history, for billing or usage history."),
    routes: list(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), 10).optional().describe("Route ids (under third-party access) this row is about; absent means the utility in general."),
    customerTypes: list(enumOf(CUSTOMER_CLASS), 6).optional().describe("Customer classes this row is about; absent means all."),
  })
  .strict();

/** The vendor platform behind the customer portal and exports. */
export const platform = alsoAccepts(
  z.preprocess(
    (v) => (typeof v === 'string' ? { vendor: v } : v),
  z
    .object({
      vendor: enumOf(PLATFORM).describe("The platform's vendor; `other` needs a name; `unknown` when no source names it."),
      name: label.optional().describe("The platform's name when it is `other`, or the product's name."),
      note: text.optional(),
      cite,
    })
    .strict()
    .refine((p) => p.vendor !== 'other' || p.name !== undefined, { error: 'a name for an other platform', path: ['name'] }),
  ),
  enumOf(PLATFORM),
);

/** Aggregated whole-building data for benchmarking. */
export const wholeBuilding = withShorthand(
  z
    .object({
      ...statusShape(YES_NO),
      minTenants: count.optional().describe("Privacy threshold: minimum number of tenants or accounts."),
      maxTenantSharePercent: z.number().min(1).max(100).optional().describe("Privacy threshold: maximum share of the building's use by one tenant, in percent."),
      multifamily: yesNoFact.default({ status: 'unknown' }).describe("Whether multifamily buildings are included."),
      delivery: list(enumOf(WHOLE_BUILDING_DELIVERY), 3).default([]).describe("How the data is delivered."),
      howToRequest: text.optional().describe("How a building owner asks for it."),
      states: stateList.optional().describe("Only in these states, for utilities serving several."),
      url: url.optional(),
    })
    .strict(),
);
