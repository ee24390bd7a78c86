/** Who the utility is: names, ownership, size, where it serves and who regulates it. */
import { z } from 'astro/zod';
import { COMMODITY, CUSTOMER_UNIT } from '#src/schema/enums.ts';
import { alsoAccepts, cite, count, enumOf, label, list, paragraph, partialDate, stateCode, stateList, text, url } from '#src/schema/fragments.ts';

/** One headcount; utilities that deliver several commodities often publish one per commodity. */
export const customerCount = z
  .object({
    commodity: enumOf(COMMODITY).optional().describe("Which service the count covers, when the utility delivers more than one."),
    /** The number as published. */
    count,
    approximate: z.boolean({ error: 'true or false' }).default(false).describe("True when the source says \"about\" or \"more than\"."),
    unit: enumOf(CUSTOMER_UNIT).default('customers').describe("Customers, accounts, meters or members: sources count differently."),
    asOf: partialDate.optional().describe("When the count was true, where the source dates it."),
    cite: cite.unwrap().describe("The source of the number."),
  })
  .strict();

/** Where the utility is based. */
export const headquarters = z
  .object({
    city: label.optional().describe("City, as the utility writes it."),
    state: stateCode,
    cite,
  })
  .strict();

export const regulator = z
  .object({
    name: label.describe("The body's name."),
    url: url.optional().describe("Its home page or the utility's page on its site."),
    states: stateList.optional().describe("States where it regulates this utility; absent means all of them."),
    scope: text.optional().describe("What it regulates, where its authority is limited (e.g. \"territory and service rules, not co-op rates\")."),
    cite,
  })
  .strict();

/** A company readers may confuse with this one, or the guide of a sister utility. */
export const related = z
  .object({
    name: label.describe("The other company's name."),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a guide slug such as sevier-county-electric-system' }).optional().describe("Its guide on this site, if there is one."),
    relation: text.describe("How it relates, e.g. \"Not the same company: a different cooperative in Tennessee\"."),
    cite,
  })
  .strict();

export const parent = z
  .object({
    name: label.describe("The holding company or owner."),
    url: url.optional(),
    cite,
  })
  .strict();

export const customersField = alsoAccepts(
  z.preprocess((v) => (v && typeof v === 'object' && !Array.isArray(v) ? [v] : v), list(customerCount, 10)),
  customerCount,
).default([]);

/**
 * EIA-861 utility numbers. A list of IDs; `none` when a source shows the utility files no EIA-861 (e.g. a
 * gas-only utility); `unknown` when nobody has looked it up. "Not looked up" is not "files none".
 */
export const eiaIds = z
  .union(
    [
      z.literal('none'),
      z.literal('unknown'),
      list(z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).positive(), 10).min(1, {
        error: 'at least one EIA ID, or write none or unknown',
      }),
    ],
    { error: 'a list of EIA utility numbers such as [16949], or none, or unknown' },
  )
  .default('unknown')
  .describe('EIA-861 utility numbers; `none` when a source says the utility files no EIA-861; `unknown` when not looked up.');

export { paragraph };
