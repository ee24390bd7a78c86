/** The access-methods table: every channel that yields data, one row each. */
import { z } from 'astro/zod';
import { AUDIENCE, CUSTOMER_CLASS, DATA_TYPE, GRANULARITY } from '../enums.ts';
import {
  availabilityFact, cite, count, enumOf, label, list, stateList, text, yesNoFact,
} from '../fragments.ts';

/** A customer class, with eligibility thresholds (e.g. ">200 kW") kept beside it. */
export const customerClass = z
  .object({
    /** Customer class, for filtering. */
    type: enumOf(CUSTOMER_CLASS),
    /** Threshold or condition in the utility's words. */
    eligibility: text.optional(),
  })
  .strict();

/** Finest interval for some or all customers of a channel. */
export const granularity = z
  .object({
    /** The interval length, for comparison. */
    value: enumOf(GRANULARITY),
    /** Which classes this applies to; absent means all the channel serves. */
    customerTypes: list(enumOf(CUSTOMER_CLASS), 10).optional(),
    /** Detail such as "15-minute for demand-metered accounts". */
    note: text.optional(),
    cite,
  })
  .strict();

/** How far back data goes, for some or all customers. */
export const history = z
  .object({
    /** Months of history, where a source gives a number. */
    months: count.optional(),
    /** Which classes this applies to; absent means all. */
    customerTypes: list(enumOf(CUSTOMER_CLASS), 10).optional(),
    /** The rule in the source's words, e.g. "since the meter was installed". */
    note: text.optional(),
    cite,
  })
  .strict()
  .refine((h) => h.months !== undefined || h.note !== undefined, { error: 'months, a note, or both' });

export const accessMethod = z
  .object({
    /** Name of the channel as a reader would recognise it. */
    method: label,
    /** Live, announced (with expected date) or absent. */
    status: availabilityFact,
    /** Can the customer use it for their own data? */
    firstParty: yesNoFact.default({ status: 'unknown' }),
    /** Can an authorised third party use it? */
    thirdParty: yesNoFact.default({ status: 'unknown' }),
    /** Who the channel is for, apart from customer class. */
    audiences: list(enumOf(AUDIENCE), 10).default([]),
    /** Customer classes it serves; empty when no source says. */
    customerTypes: list(customerClass, 10).default([]),
    /** What data comes out of it; empty when no source says. */
    dataTypes: list(enumOf(DATA_TYPE), 15).default([]),
    /** Finest interval, per class where it differs. */
    granularity: list(granularity, 6).default([]),
    /** How far back, per class where it differs. */
    history: list(history, 6).default([]),
    /** How fresh or how slow, in the utility's own terms. */
    latency: text.optional(),
    /** File or delivery formats (PDF, CSV, Green Button XML, EDI X12, …). */
    formats: list(label, 20).default([]),
    /** Any charge for using it. */
    fee: text.optional(),
    /** A named form or agreement that must be filed. */
    form: text.optional(),
    /** Only in these states, for utilities serving several; absent means everywhere it serves. */
    states: stateList.optional(),
    /** Extra detail that does not fit the columns. */
    note: text.optional(),
    cite,
  })
  .strict();
