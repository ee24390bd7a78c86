/** Meters and interval data: without smart meters there is no interval data. */
import { z } from 'astro/zod';
import { COMMODITY, METER_DEPLOYMENT, METER_TECHNOLOGY } from '#src/schema/enums.ts';
import { cite, count, enumOf, label, list, paragraph, partialDate, stateList, statusShape, steps, text, withShorthand } from '#src/schema/fragments.ts';
import { granularity, history } from './access.ts';

/** One meter fleet, per commodity where the utility delivers several. */
export const meters = withShorthand(
  z
    .object({
      /** How far the rollout has gone. */
      ...statusShape(METER_DEPLOYMENT),
      commodity: enumOf(COMMODITY).optional().describe("Which commodity's meters; absent when the utility delivers one."),
      states: stateList.optional().describe("Only in these states, for utilities whose fleets differ by state; absent means everywhere."),
      technology: enumOf(METER_TECHNOLOGY).default('unknown').describe("AMI (two-way), AMR (one-way drive-by or fixed network), a mix, or manual reads."),
      vendor: label.optional().describe("Meter or network vendor, as a fact about the hardware."),
      since: z.number({ error: 'a year such as 2013' }).int().min(1980).max(2100).optional().describe("Year deployment started or completed."),
      /** Counts where a source gives them. */
      count: z
        .object({
          ami: z.number().int().nonnegative().optional(),
          amr: z.number().int().nonnegative().optional(),
          other: z.number().int().nonnegative().optional().describe("Meters that are neither AMI nor AMR (EIA-861's remainder)."),
          total: count.optional(),
          asOf: partialDate.optional(),
        })
        .strict()
        .optional().describe("Counts where a source gives them."),
    })
    .strict(),
);

/** What interval data a commodity's customers can get. */
const commodityInterval = z
  .object({
    granularity: list(granularity, 6).default([]).describe("Finest interval, per class where it differs; empty when no source says."),
    history: list(history, 6).default([]).describe("How far back, per class where it differs."),
    note: text.optional(),
    cite,
  })
  .strict();

export const intervalData = z
  .object({
    summary: paragraph.optional().describe("What interval data exists and how to reach it, in a paragraph."),
    meters: list(meters, 6).default([]).describe("Meter fleets; empty when no source describes the meters."),
    electric: commodityInterval.optional().describe("Electric interval data; only for utilities that deliver electricity."),
    gas: commodityInterval.optional().describe("Gas interval data; only for utilities that deliver gas."),
    steps: steps.default([]).describe("How to download or request interval data."),
    cite,
  })
  .strict();
