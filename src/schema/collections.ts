/**
 * The other collections editors write: a state's data-access rules and market, glossary terms, general
 * FAQ answers and capability hub texts. Same fragments, same citation rules, same reader as guides.
 */
import { z } from 'astro/zod';
import { FAQ_TOPIC, HUB, RULE_KIND } from './enums.ts';
import { cite, enumOf, label, list, paragraph, pastDate, stateCode, text, url } from './fragments.ts';
import { addIssues, citationIssues } from './rules.ts';
import { choice } from './sections/market.ts';
import { source } from './sections/sources.ts';

const withCitations = <T extends z.ZodType<{ sources: { id: string; kind: string }[] }>>(schema: T) =>
  schema.superRefine((v, ctx) => addIssues(ctx, citationIssues(v)));

export const stateRule = z
  .object({
    /** Short id, unique in the file. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'lowercase words joined by hyphens, such as ca-rule-24' }),
    /** The rule's name as readers will search for it. */
    name: label,
    kind: enumOf(RULE_KIND),
    /** Docket, decision, code section. */
    citation: text.optional(),
    /** Year adopted (amendments go in the text). */
    year: z.number({ error: 'a year such as 2014' }).int().min(1900).max(2100).optional(),
    /** What it requires, in plain words: who must give what data to whom, limits, formats. */
    requires: paragraph,
    /** Utilities or kinds of utility it covers. */
    covers: list(label, 30).default([]),
    /** The rule's own text or the regulator's page. */
    url: url.optional(),
    /** When an editor last checked it. */
    lastReviewed: pastDate,
    /** The sources the summary rests on. */
    cite: cite.unwrap(),
  })
  .strict();

export const stateSchema = withCitations(
  z
    .object({
      /** The state's two-letter code; must match the file name. */
      state: stateCode,
      /** A short introduction to data access in the state. */
      summary: paragraph.optional(),
      /** The body that regulates investor-owned utilities' rates and data rules. */
      regulator: z.object({ name: label, url: url.optional(), cite }).strict().optional(),
      /** Retail choice in the state, per commodity. */
      choice: z.object({ electric: choice.optional(), gas: choice.optional() }).strict().default({}),
      /** Official price-comparison sites. */
      priceComparison: list(z.object({ name: label, url, commodity: z.enum(['electric', 'gas']).optional(), cite }).strict(), 4).default([]),
      /** Data-access rules, statutes, orders and platforms. */
      rules: list(stateRule, 40).default([]),
      lastUpdated: pastDate,
      lastVerified: pastDate,
      sources: list(source, 100).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export const glossarySchema = withCitations(
  z
    .object({
      /** The term as readers write it. */
      term: label,
      /** Other spellings and abbreviations (AMI, advanced metering infrastructure). */
      aliases: list(label, 10).default([]),
      /** One-sentence definition, shown in lists and previews. */
      short: text,
      /** Related entries, by file name. */
      see: list(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), 10).default([]),
      sources: list(source, 20).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export const faqEntrySchema = withCitations(
  z
    .object({
      /** The question, as a reader would type it. */
      question: label,
      topic: enumOf(FAQ_TOPIC),
      /** Position within its topic. */
      order: z.number().int().min(0).default(100),
      sources: list(source, 20).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export const hubSchema = withCitations(
  z
    .object({
      /** Which capability hub this text belongs to; must match the file name. */
      hub: enumOf(Object.fromEntries(Object.entries(HUB).map(([k, v]) => [k, v.title])) as { [K in keyof typeof HUB]: string }),
      /** The page's lead paragraph. */
      summary: paragraph,
      sources: list(source, 30).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export type StateInfo = z.infer<typeof stateSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type HubText = z.infer<typeof hubSchema>;
