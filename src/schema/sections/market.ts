/** Whether customers can buy supply elsewhere, from whom, and who sends the bill. */
import { z } from 'astro/zod';
import { BILL_ISSUER, COMMODITY, MARKET_STRUCTURE, RETAIL_CHOICE } from '../enums.ts';
import { cite, enumOf, label, list, statusFact, statusShape, text, url, withShorthand } from '../fragments.ts';

/** Retail choice for one commodity. */
export const choice = withShorthand(
  z
    .object({
      ...statusShape(RETAIL_CHOICE),
      /** Who qualifies where choice is limited, e.g. "new loads of 900 kW or more". */
      threshold: text.optional(),
    })
    .strict(),
);

export const market = z
  .object({
    /** Regulated monopoly, restructured, or in between. */
    structure: statusFact(MARKET_STRUCTURE).default({ status: 'unknown' }),
    /** Retail choice per commodity the utility delivers; a missing commodity is shown as not published. */
    choice: z
      .object({ electric: choice.optional(), gas: choice.optional() })
      .strict()
      .default({}),
    /** Named choice programs, per commodity (e.g. Community Choice Aggregation, gas Core Transport). */
    choicePrograms: list(
      z
        .object({
          /** Which supply the program opens to competition. */
          commodity: enumOf(COMMODITY),
          /** The program's name as the utility or regulator uses it. */
          name: label,
          /** Who may join. */
          eligibility: text.optional(),
          cite,
        })
        .strict(),
      20,
    ).default([]),
    /** Suppliers or marketers a source names (not a recommendation; listed alphabetically). */
    suppliers: list(
      z.object({ name: label, url: url.optional(), commodity: enumOf(COMMODITY).optional(), cite }).strict(),
      50,
    ).default([]),
    /** The regulator's official price-comparison site. */
    priceComparison: z.object({ name: label, url, cite }).strict().optional(),
    /** Who sends the customer's bill when a supplier is involved. */
    billIssuer: statusFact(BILL_ISSUER).optional(),
    /** Context that the fields above cannot carry. */
    note: text.optional(),
    cite,
  })
  .strict();
