/** Other programs, limitations and the FAQ. */
import { z } from 'astro/zod';
import { PROGRAM_KIND } from '../enums.ts';
import { cite, enumOf, label, list, paragraph, stateList, steps, text, url } from '../fragments.ts';

export const program = z
  .object({
    /** Program name as the utility uses it. */
    name: label,
    /** Category, for filtering. */
    kind: enumOf(PROGRAM_KIND),
    /** What it does for the customer. */
    description: paragraph,
    /** How to join or use it. */
    steps: steps.default([]),
    /** Only in these states, for utilities serving several. */
    states: stateList.optional(),
    url: url.optional(),
    cite,
  })
  .strict();

/** What a reader cannot do; plain text, or text with its citation. */
export const limitation = z.preprocess(
  (v) => (typeof v === 'string' ? { text: v } : v),
  z.object({ text, cite }).strict(),
);

export const faqItem = z
  .object({
    /** The question, as a reader would type it. */
    question: label,
    /** A complete answer grounded in the facts of the guide; may contain Markdown links. */
    answer: paragraph,
    cite,
  })
  .strict();

export { list };
