/** What no other guide publishes: data fields, portal platform and whole-building data. */
import { z } from 'astro/zod';
import { CUSTOMER_CLASS, DATA_FIELD, GRANULARITY, PLATFORM, WHOLE_BUILDING_DELIVERY, YES_NO } from '../enums.ts';
import { cite, count, enumOf, label, list, stateList, statusShape, text, url, withShorthand, yesNoFact } from '../fragments.ts';

/** Whether a data field is available, per route or customer class where they differ. */
export const dataField = z
  .object({
    field: enumOf(DATA_FIELD),
    ...statusShape(YES_NO),
    /** Interval length, for interval usage. */
    granularity: enumOf(GRANULARITY).optional(),
    /** Months of history, for billing or usage history. */
    months: count.optional(),
    /** Route ids (under third-party access) this row is about; absent means the utility in general. */
    routes: list(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), 10).optional(),
    /** Customer classes this row is about; absent means all. */
    customerTypes: list(enumOf(CUSTOMER_CLASS), 6).optional(),
  })
  .strict();

/** The vendor platform behind the customer portal and exports. */
export const platform = withShorthand(
  z
    .object({
      /** The platform; `other` needs a name. */
      status: enumOf(PLATFORM),
      /** The platform's name when it is `other`, or the product's name. */
      name: label.optional(),
      note: text.optional(),
      cite,
    })
    .strict()
    .refine((p) => p.status !== 'other' || p.name !== undefined, { error: 'a name for an other platform', path: ['name'] }),
);

/** Aggregated whole-building data for benchmarking. */
export const wholeBuilding = withShorthand(
  z
    .object({
      ...statusShape(YES_NO),
      /** Privacy threshold: minimum number of tenants or accounts. */
      minTenants: count.optional(),
      /** Privacy threshold: maximum share of the building's use by one tenant, in percent. */
      maxTenantSharePercent: z.number().min(1).max(100).optional(),
      /** Whether multifamily buildings are included. */
      multifamily: yesNoFact.default({ status: 'unknown' }),
      /** How the data is delivered. */
      delivery: list(enumOf(WHOLE_BUILDING_DELIVERY), 3).default([]),
      /** How a building owner asks for it. */
      howToRequest: text.optional(),
      /** Only in these states, for utilities serving several. */
      states: stateList.optional(),
      url: url.optional(),
    })
    .strict(),
);
