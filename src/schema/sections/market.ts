/** Whether customers can buy supply elsewhere, from whom, and who sends the bill. */
import { z } from 'astro/zod';
import { BILL_ISSUER, COMMODITY, MARKET_STRUCTURE, RETAIL_CHOICE } from '#src/schema/enums.ts';
import { cite, enumOf, label, list, statusFact, statusShape, text, url, withShorthand } from '#src/schema/fragments.ts';

/** Retail choice for one commodity. */
export const choice = withShorthand(
  z
    .object({
      ...statusShape(RETAIL_CHOICE),
      threshold: text.optional().describe("Who qualifies where choice is limited, e.g. \"new loads of 900 kW or more\"."),
    })
    .strict(),
);

export const market = z
  .object({
    structure: statusFact(MARKET_STRUCTURE).default({ status: 'unknown' }).describe("Regulated monopoly, restructured, or in between."),
    /** Retail choice per commodity the utility delivers; a missing commodity is shown as not published. */
    choice: z
      .object({ electric: choice.optional(), gas: choice.optional() })
      .strict()
      .default({}).describe("Retail choice per commodity the utility delivers; a missing commodity is shown as not published."),
    /** Named choice programs, per commodity (e.g. Community Choice Aggregation, gas Core Transport). */
    choicePrograms: list(
      z
        .object({
          commodity: enumOf(COMMODITY).describe("Which supply the program opens to competition."),
          name: label.describe("The program's name as the utility or regulator uses it."),
          eligibility: text.optional().describe("Who may join."),
          cite,
        })
        .strict(),
      20,
    ).default([]).describe("Named choice programs, per commodity (e.g. Community Choice Aggregation, gas Core Transport)."),
    /** Suppliers or marketers a source names (not a recommendation; listed alphabetically). */
    suppliers: list(
      z.object({ name: label, url: url.optional(), commodity: enumOf(COMMODITY).optional(), cite }).strict(),
      50,
    ).default([]).describe("Suppliers or marketers a source names (not a recommendation; listed alphabetically)."),
    priceComparison: z.object({ name: label, url, cite }).strict().optional().describe("The regulator's official price-comparison site."),
    billIssuer: statusFact(BILL_ISSUER).optional().describe("Who sends the customer's bill when a supplier is involved."),
    note: text.optional().describe("Context that the fields above cannot carry."),
    cite,
  })
  .strict();
