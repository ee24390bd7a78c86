/** How customers see and get their bills, and export their own data. */
import { z } from 'astro/zod';
import { YES_NO } from '#src/schema/enums.ts';
import { cite, label, list, paragraph, statusShape, steps, text, withShorthand, yesNoFact } from '#src/schema/fragments.ts';
import { history } from './access.ts';

export const billing = z
  .object({
    summary: paragraph.optional().describe("How customers see and get their bills, in a paragraph."),
    billContents: list(text, 30).default([]).describe("Items printed on or shown with a bill."),
    /** Can customers export bills or usage themselves, and in what formats? */
    selfServiceExport: withShorthand(
      z
        .object({
          ...statusShape(YES_NO),
          formats: list(label, 20).default([]).describe("PDF, CSV, Excel, Green Button XML, …"),
          history: list(history, 6).default([]).describe("How much history the export covers."),
        })
        .strict(),
    ).prefault({ status: 'unknown' }).describe("Can customers export bills or usage themselves, and in what formats?"),
    multiAccount: yesNoFact.default({ status: 'unknown' }).describe("Whether one login or summary bill covers many accounts (for businesses and property managers)."),
    residentialSteps: steps.default([]).describe("How a household gets its bills, step by step."),
    commercialSteps: steps.default([]).describe("How a business gets its bills, step by step."),
    cite,
  })
  .strict();
