/** Rates: how they are set, the schedules, published figures and the features readers compare. */
import { z } from 'astro/zod';
import { CHARGE_KIND, CUSTOMER_CLASS, RATE_STRUCTURE } from '../enums.ts';
import { cite, decimal, enumOf, label, list, paragraph, partialDate, stateList, text, url, yesNoFact } from '../fragments.ts';

/** A rate case or tariff docket. */
export const docket = z
  .object({
    /** Docket number as the agency writes it. */
    id: label,
    /** What the case was about, e.g. "2024 base-rate case". */
    title: label.optional(),
    /** The agency that holds it. */
    agency: label.optional(),
    /** When it was filed or decided. */
    date: partialDate.optional(),
    url: url.optional(),
    cite,
  })
  .strict();

export const schedule = z
  .object({
    /** Schedule code as the tariff writes it (e.g. GSA-2). */
    code: label,
    /** Schedule name. */
    name: label.optional(),
    /** Customer classes it serves (often commercial and industrial together); empty when not stated. */
    classes: z
      .preprocess((v) => (v === 'unknown' ? [] : typeof v === 'string' ? [v] : v), list(enumOf(CUSTOMER_CLASS), 6))
      .default([]),
    /** Who it applies to, in the tariff's terms. */
    applicability: text.optional(),
    /** Pricing elements, for comparison. */
    structure: list(enumOf(RATE_STRUCTURE), 9).default([]),
    /** Only in these states, for utilities serving several. */
    states: stateList.optional(),
    cite,
  })
  .strict();

/** A published number or range, with unit, schedule, condition and date so readers can judge it. */
export const figure = z
  .object({
    /** What the number is. */
    label,
    /** The number as written (11.30 stays 11.30). */
    value: decimal.optional(),
    /** A range instead of one number. */
    range: z.object({ min: decimal, max: decimal }).strict().optional(),
    /** e.g. "USD per kWh", "cents per kWh", "USD per therm", "USD per month". */
    unit: label,
    /** The schedule it belongs to (its code). */
    schedule: label.optional(),
    /** When it applies, e.g. "over 30 kW", "summer". */
    condition: text.optional(),
    /** True when the source says "about" or "average". */
    approximate: z.boolean({ error: 'true or false' }).default(false),
    /** When it took effect or was published. */
    asOf: partialDate.optional(),
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
    /** How rates are set and where they are published, in a paragraph. */
    summary: paragraph.optional(),
    /** Rate cases and tariff dockets, newest first. */
    dockets: list(docket, 10).default([]),
    /** Link to the full tariff book. */
    tariffBook: url.optional(),
    /** Rate schedules, one row each. */
    schedules: list(schedule, 60).default([]),
    /** Published numbers. */
    figures: list(figure, 60).default([]),
    /** Parts of the bill (capacity charges, annual adjustments, pass-throughs). */
    components: list(component, 30).default([]),
    /** Units the utility bills in, e.g. kWh, therms, CCF. */
    units: list(label, 6).default([]),
    /** Rate features readers compare. */
    features: z
      .object({
        /** Any time-of-use schedule. */
        timeOfUse: yesNoFact.default({ status: 'unknown' }),
        /** Any per-kW demand charge. */
        demandCharges: yesNoFact.default({ status: 'unknown' }),
        /** A fuel, power-cost or supply adjustment that follows those costs between rate cases (monthly, quarterly or yearly). */
        fuelAdjustment: yesNoFact.default({ status: 'unknown' }),
      })
      .strict()
      .default({ timeOfUse: { status: 'unknown' }, demandCharges: { status: 'unknown' }, fuelAdjustment: { status: 'unknown' } }),
    /** Other rate facts, one per item. */
    notes: list(z.union([text, z.object({ text, cite }).strict()]), 20).default([]),
    cite,
  })
  .strict();
