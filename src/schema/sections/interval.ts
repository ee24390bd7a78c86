/** Meters and interval data: without smart meters there is no interval data. */
import { z } from 'astro/zod';
import { COMMODITY, METER_DEPLOYMENT, METER_TECHNOLOGY } from '../enums.ts';
import { cite, count, enumOf, label, list, paragraph, partialDate, stateList, statusShape, steps, text, withShorthand } from '../fragments.ts';
import { granularity, history } from './access.ts';

/** One meter fleet, per commodity where the utility delivers several. */
export const meters = withShorthand(
  z
    .object({
      /** How far the rollout has gone. */
      ...statusShape(METER_DEPLOYMENT),
      /** Which commodity's meters; absent when the utility delivers one. */
      commodity: enumOf(COMMODITY).optional(),
      /** Only in these states, for utilities whose fleets differ by state; absent means everywhere. */
      states: stateList.optional(),
      /** AMI (two-way), AMR (one-way drive-by or fixed network), a mix, or manual reads. */
      technology: enumOf(METER_TECHNOLOGY).default('unknown'),
      /** Meter or network vendor, as a fact about the hardware. */
      vendor: label.optional(),
      /** Year deployment started or completed. */
      since: z.number({ error: 'a year such as 2013' }).int().min(1980).max(2100).optional(),
      /** Counts where a source gives them. */
      count: z
        .object({
          ami: z.number().int().nonnegative().optional(),
          amr: z.number().int().nonnegative().optional(),
          /** Meters that are neither AMI nor AMR (EIA-861's remainder). */
          other: z.number().int().nonnegative().optional(),
          total: count.optional(),
          asOf: partialDate.optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
);

/** What interval data a commodity's customers can get. */
const commodityInterval = z
  .object({
    /** Finest interval, per class where it differs; empty when no source says. */
    granularity: list(granularity, 6).default([]),
    /** How far back, per class where it differs. */
    history: list(history, 6).default([]),
    note: text.optional(),
    cite,
  })
  .strict();

export const intervalData = z
  .object({
    /** What interval data exists and how to reach it, in a paragraph. */
    summary: paragraph.optional(),
    /** Meter fleets; empty when no source describes the meters. */
    meters: list(meters, 6).default([]),
    /** Electric interval data; only for utilities that deliver electricity. */
    electric: commodityInterval.optional(),
    /** Gas interval data; only for utilities that deliver gas. */
    gas: commodityInterval.optional(),
    /** How to download or request interval data. */
    steps: steps.default([]),
    cite,
  })
  .strict();
