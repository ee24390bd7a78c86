/** How customers see and get their bills, and export their own data. */
import { z } from 'astro/zod';
import { YES_NO } from '../enums.ts';
import { cite, label, list, paragraph, statusShape, steps, text, withShorthand } from '../fragments.ts';
import { history } from './access.ts';

export const billing = z
  .object({
    /** How customers see and get their bills, in a paragraph. */
    summary: paragraph.optional(),
    /** Items printed on or shown with a bill. */
    billContents: list(text, 30).default([]),
    /** Can customers export bills or usage themselves, and in what formats? */
    selfServiceExport: withShorthand(
      z
        .object({
          ...statusShape(YES_NO),
          /** PDF, CSV, Excel, Green Button XML, … */
          formats: list(label, 20).default([]),
          /** How much history the export covers. */
          history: list(history, 6).default([]),
        })
        .strict(),
    ).prefault({ status: 'unknown' }),
    /** How a household gets its bills, step by step. */
    residentialSteps: steps.default([]),
    /** How a business gets its bills, step by step. */
    commercialSteps: steps.default([]),
    cite,
  })
  .strict();
