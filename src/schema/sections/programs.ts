/** Other programs, limitations and the FAQ. */
import { z } from 'astro/zod';
import { PROGRAM_KIND } from '#src/schema/enums.ts';
import { alsoAccepts, cite, enumOf, label, list, paragraph, stateList, steps, text, url } from '#src/schema/fragments.ts';

export const program = z
  .object({
    name: label.describe("Program name as the utility uses it."),
    kind: enumOf(PROGRAM_KIND).describe("Category, for filtering."),
    description: paragraph.describe("What it does for the customer."),
    steps: steps.default([]).describe("How to join or use it."),
    states: stateList.optional().describe("Only in these states, for utilities serving several."),
    url: url.optional(),
    cite,
  })
  .strict();

/** What a reader cannot do; plain text, or text with its citation. */
export const limitation = alsoAccepts(
  z.preprocess((v) => (typeof v === 'string' ? { text: v } : v), z.object({ text, cite }).strict()),
  text,
);

export const faqItem = z
  .object({
    question: label.describe("The question, as a reader would type it."),
    answer: paragraph.describe("A complete answer grounded in the facts of the guide; may contain Markdown links."),
    cite,
  })
  .strict();

export { list };
