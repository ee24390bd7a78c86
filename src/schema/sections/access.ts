/** The access-methods table: every channel that yields data, one row each. */
import { z } from 'astro/zod';
import { AUDIENCE, COMMODITY, CUSTOMER_CLASS, DATA_TYPE, GRANULARITY } from '#src/schema/enums.ts';
import {
  availabilityFact, cite, count, enumOf, label, list, stateList, text, yesNoFact,
} from '#src/schema/fragments.ts';

/** A customer class, with eligibility thresholds (e.g. ">200 kW") kept beside it. */
export const customerClass = z
  .object({
    type: enumOf(CUSTOMER_CLASS).describe("Customer class, for filtering."),
    eligibility: text.optional().describe("Threshold or condition in the utility's words."),
  })
  .strict();

/** Finest interval for some or all customers of a channel. */
export const granularity = z
  .object({
    value: enumOf(GRANULARITY).describe("The interval length, for comparison."),
    customerTypes: list(enumOf(CUSTOMER_CLASS), 10).optional().describe("Which classes this applies to; absent means all the channel serves."),
    states: stateList.optional().describe("Only in these states, for utilities whose service differs by state; absent means everywhere."),
    note: text.optional().describe("Detail such as \"15-minute for demand-metered accounts\"."),
    cite,
  })
  .strict();

/** How far back data goes, for some or all customers. */
export const history = z
  .object({
    months: count.optional().describe("Months of history, where a source gives a number."),
    customerTypes: list(enumOf(CUSTOMER_CLASS), 10).optional().describe("Which classes this applies to; absent means all."),
    note: text.optional().describe("The rule in the source's words, e.g. \"since the meter was installed\"."),
    cite,
  })
  .strict()
  .refine((h) => h.months !== undefined || h.note !== undefined, { error: 'months, a note, or both' });

export const accessMethod = z
  .object({
    method: label.describe("Name of the channel as a reader would recognise it."),
    status: availabilityFact.describe("Live, announced (with expected date) or absent."),
    firstParty: yesNoFact.default({ status: 'unknown' }).describe("Can the customer use it for their own data?"),
    thirdParty: yesNoFact.default({ status: 'unknown' }).describe("Can an authorised third party use it?"),
    audiences: list(enumOf(AUDIENCE), 10).default([]).describe("Who the channel is for, apart from customer class."),
    customerTypes: list(customerClass, 10).default([]).describe("Customer classes it serves; empty when no source says."),
    dataTypes: list(enumOf(DATA_TYPE), 15).default([]).describe("What data comes out of it; empty when no source says."),
    granularity: list(granularity, 6).default([]).describe("Finest interval, per class where it differs."),
    history: list(history, 6).default([]).describe("How far back, per class where it differs."),
    latency: text.optional().describe("How fresh or how slow, in the utility's own terms."),
    formats: list(label, 20).default([]).describe("File or delivery formats (PDF, CSV, Green Button XML, EDI X12, …)."),
    fee: text.optional().describe("Any charge for using it."),
    form: text.optional().describe("A named form or agreement that must be filed."),
    states: stateList.optional().describe("Only in these states, for utilities serving several; absent means everywhere it serves."),
    commodity: enumOf(COMMODITY).optional().describe("Only for this commodity, for utilities delivering several; absent means all."),
    note: text.optional().describe("Extra detail that does not fit the columns."),
    cite,
  })
  .strict();
