/** Rates: how they are set, the schedules, published figures and the features readers compare. */
import { z } from 'astro/zod';
import { CHARGE_KIND, CUSTOMER_CLASS, RATE_STRUCTURE } from '#src/schema/enums.ts';
import { alsoAccepts, cite, decimal, enumOf, label, list, paragraph, partialDate, stateList, text, url, yesNoFact } from '#src/schema/fragments.ts';

/** A rate case or tariff docket. */
export const docket = z
  .object({
    id: label.describe("Docket number as the agency writes it."),
    title: label.optional().describe("What the case was about, e.g. \"2024 base-rate case\"."),
    agency: label.optional().describe("The agency that holds it."),
    date: partialDate.optional().describe("When it was filed or decided."),
    url: url.optional(),
    cite,
  })
  .strict();

export const schedule = z
  .object({
    code: label.describe("Schedule code as the tariff writes it (e.g. GSA-2)."),
    name: label.optional().describe("Schedule name."),
    /** Customer classes it serves (often commercial and industrial together); empty when not stated. */
    classes: alsoAccepts(
      z.preprocess((v) => (v === 'unknown' ? [] : typeof v === 'string' ? [v] : v), list(enumOf(CUSTOMER_CLASS), 6)),
      z.union([z.literal('unknown'), enumOf(CUSTOMER_CLASS)]),
    )
      .default([]).describe("Customer classes it serves (often commercial and industrial together); empty when not stated."),
    applicability: text.optional().describe("Who it applies to, in the tariff's terms."),
    structure: list(enumOf(RATE_STRUCTURE), 9).default([]).describe("Pricing elements, for comparison."),
    states: stateList.optional().describe("Only in these states, for utilities serving several."),
    cite,
  })
  .strict();

/** A published number or range, with unit, schedule, condition and date so readers can judge it. */
export const figure = z
  .object({
    /** What the number is. */
    label,
    value: decimal.optional().describe("The number as written (11.30 stays 11.30)."),
    range: z.object({ min: decimal, max: decimal }).strict().optional().describe("A range instead of one number."),
    unit: label.describe("e.g. \"USD per kWh\", \"cents per kWh\", \"USD per therm\", \"USD per month\"."),
    schedule: label.optional().describe("The schedule it belongs to (its code)."),
    condition: text.optional().describe("When it applies, e.g. \"over 30 kW\", \"summer\"."),
    approximate: z.boolean({ error: 'true or false' }).default(false).describe("True when the source says \"about\" or \"average\"."),
    asOf: partialDate.optional().describe("When it took effect or was published."),
    cite,
  })
  .strict()
  .refine((f) => (f.value === undefined) !== (f.range === undefined), {
    error: 'either value or range (one of them)',
    path: ['value'],
  });

/** A part of the bill, such as a gas utility's capacity charge or annual adjustment. */
export const component = z
  .object({
    name: label,
    kind: enumOf(CHARGE_KIND),
    description: text.optional(),
    cite,
  })
  .strict();

export const rates = z
  .object({
    summary: paragraph.optional().describe("How rates are set and where they are published, in a paragraph."),
    dockets: list(docket, 10).default([]).describe("Rate cases and tariff dockets, newest first."),
    tariffBook: url.optional().describe("Link to the full tariff book."),
    schedules: list(schedule, 60).default([]).describe("Rate schedules, one row each."),
    figures: list(figure, 60).default([]).describe("Published numbers."),
    components: list(component, 30).default([]).describe("Parts of the bill (capacity charges, annual adjustments, pass-throughs)."),
    units: list(label, 6).default([]).describe("Units the utility bills in, e.g. kWh, therms, CCF."),
    /** Rate features readers compare. */
    features: z
      .object({
        timeOfUse: yesNoFact.default({ status: 'unknown' }).describe("Any time-of-use schedule."),
        demandCharges: yesNoFact.default({ status: 'unknown' }).describe("Any per-kW demand charge."),
        fuelAdjustment: yesNoFact.default({ status: 'unknown' }).describe("A fuel, power-cost or supply adjustment that follows those costs between rate cases (monthly, quarterly or yearly)."),
      })
      .strict()
      .default({ timeOfUse: { status: 'unknown' }, demandCharges: { status: 'unknown' }, fuelAdjustment: { status: 'unknown' } }).describe("Rate features readers compare."),
    notes: list(z.union([text, z.object({ text, cite }).strict()]), 20).default([]).describe("Other rate facts, one per item."),
    cite,
  })
  .strict();
