/**
 * The other collections editors write: a state's data-access rules and market, glossary terms, general
 * FAQ answers and capability hub texts. Same fragments, same citation rules, same reader as guides.
 */
import { z } from 'astro/zod';
import { FAQ_TOPIC, HUB, PLATFORM, RULE_KIND } from './enums.ts';
import { cite, enumOf, label, list, paragraph, pastDate, stateCode, text, url } from './fragments.ts';
import { addIssues, citationIssues } from './rules.ts';
import { choice } from './sections/market.ts';
import { contact, source } from './sections/sources.ts';

const withCitations = <T extends z.ZodType<{ sources: { id: string; kind: string }[] }>>(schema: T) =>
  // Site texts (states, hubs, platforms) claim statuses only; a platform's `vendor` is its maker's name.
  schema.superRefine((v, ctx) => addIssues(ctx, citationIssues(v, ['status'])));

export const stateRule = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'lowercase words joined by hyphens, such as ca-rule-24' }).describe("Short id, unique in the file."),
    name: label.describe("The rule's name as readers will search for it."),
    kind: enumOf(RULE_KIND),
    citation: text.optional().describe("Docket, decision, code section."),
    year: z.number({ error: 'a year such as 2014' }).int().min(1900).max(2100).optional().describe("Year adopted (amendments go in the text)."),
    requires: paragraph.describe("What it requires, in plain words: who must give what data to whom, limits, formats."),
    covers: list(label, 30).default([]).describe("Utilities or kinds of utility it covers."),
    url: url.optional().describe("The rule's own text or the regulator's page."),
    lastReviewed: pastDate.describe("When an editor last checked it."),
    cite: cite.unwrap().describe("The sources the summary rests on."),
  })
  .strict();

export const stateSchema = withCitations(
  z
    .object({
      state: stateCode.describe("The state's two-letter code; must match the file name."),
      summary: paragraph.optional().describe("A short introduction to data access in the state."),
      regulator: z.object({ name: label, url: url.optional(), cite }).strict().optional().describe("The body that regulates investor-owned utilities' rates and data rules."),
      choice: z.object({ electric: choice.optional(), gas: choice.optional() }).strict().default({}).describe("Retail choice in the state, per commodity."),
      priceComparison: list(z.object({ name: label, url, commodity: z.enum(['electric', 'gas']).optional(), cite }).strict(), 4).default([]).describe("Official price-comparison sites."),
      rules: list(stateRule, 40).default([]).describe("Data-access rules, statutes, orders and platforms."),
      lastUpdated: pastDate,
      lastVerified: pastDate,
      sources: list(source, 100).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export const glossarySchema = withCitations(
  z
    .object({
      term: label.describe("The term as readers write it."),
      aliases: list(label, 10).default([]).describe("Other spellings and abbreviations (AMI, advanced metering infrastructure)."),
      short: text.describe("One-sentence definition, shown in lists and previews."),
      see: list(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), 10).default([]).describe("Related entries, by file name."),
      sources: list(source, 20).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export const faqEntrySchema = withCitations(
  z
    .object({
      question: label.describe("The question, as a reader would type it."),
      topic: enumOf(FAQ_TOPIC),
      order: z.number().int().min(0).default(100).describe("Position within its topic."),
      sources: list(source, 20).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export const hubSchema = withCitations(
  z
    .object({
      hub: enumOf(Object.fromEntries(Object.entries(HUB).map(([k, v]) => [k, v.title])) as { [K in keyof typeof HUB]: string }).describe("Which capability hub this text belongs to; must match the file name."),
      summary: paragraph.describe("The page's lead paragraph."),
      sources: list(source, 30).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

/** Platforms a hub page can describe: the named vendors, not `other`, `in-house` or `unknown`. */
const { other: _o, 'in-house': _i, unknown: _u, ...NAMED_PLATFORM } = PLATFORM;
export { NAMED_PLATFORM };

export const platformSchema = withCitations(
  z
    .object({
      platform: enumOf(NAMED_PLATFORM).describe("Which platform this text describes; must match the file name."),
      vendor: label.describe("The company that sells it, as it names itself."),
      summary: paragraph.describe("What the platform is, in a paragraph: who uses it and what it is for."),
      offers: list(z.object({ item: text.describe("One capability, in the vendor's or a utility's terms, attributed."), cite: cite.unwrap() }).strict(), 20)
        .default([])
        .describe("What the platform generally offers (exports, Green Button, apps), each from a source. Not a claim about any one utility."),
      website: url.optional().describe("The vendor's product page."),
      sources: list(source, 30).min(1, { error: 'at least one source' }),
    })
    .strict(),
);

export type StateInfo = z.infer<typeof stateSchema>;
/**
 * A page the project writes itself (about, …), as `content/pages/<slug>.mdx` or `.md`: trusted, but read,
 * checked and compiled through the same pipeline and allow-list as an MDX guide.
 */
export const sitePageSchema = z
  .object({
    title: label.describe("The page's title and h1."),
    description: text.describe("One sentence for search engines and link previews."),
  })
  .strict();

/**
 * The names people use for utilities without a guide (issue 21): the brand or d/b/a name, abbreviations and
 * former names, the parent, the website and a contact, each entry resting on its own sources, at least one of
 * them the utility's, its parent's, a regulator's or a government page. Files in content/names/ hold lists.
 */
export const nameEntry = z
  .object({
    eiaId: z.number({ error: 'the EIA-861 utility number' }).int().positive().describe("The utility's EIA-861 number (the directory page this entry names)."),
    name: label.describe("The name people use, as the utility writes it (brand or d/b/a), e.g. CPS Energy."),
    aliases: list(label, 12).default([]).describe("Other names a cited source gives: abbreviations, d/b/a names, former names."),
    parent: label.optional().describe("The parent company, when a cited source names it."),
    website: url.describe("The utility's own website: the host of one of its cited utility pages."),
    contacts: list(contact, 4).default([]).describe("How to reach the utility (customer service), as a cited source gives it."),
    sources: list(source, 6).min(1, { error: 'at least one source' }).describe("Where every value of the entry is stated."),
  })
  .strict()
  .superRefine((e, ctx) => {
    const ids = new Set(e.sources.map((s) => s.id));
    e.contacts.forEach((c, i) =>
      (c.cite ?? []).forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['contacts', i, 'cite', j], message: `found ${id}, which is not one of this entry's sources; expected one of ${[...ids].join(', ')}` });
      }),
    );
    if (!e.sources.some((s) => ['utility', 'regulator', 'government'].includes(s.kind)))
      ctx.addIssue({ code: 'custom', path: ['sources'], message: "found only secondary sources; expected at least one page of the utility, its parent, a regulator or a government body" });
    const host = (u: string) => new URL(u).hostname.replace(/^www\./, '');
    if (!e.sources.some((s) => s.kind === 'utility' && s.url && host(s.url) === host(e.website)))
      ctx.addIssue({ code: 'custom', path: ['website'], message: `found ${e.website}, but no cited utility page is on ${host(e.website)}; expected the host of a cited utility page` });
  });

export const namesSchema = z
  .object({ entries: list(nameEntry, 60).min(1, { error: 'at least one entry' }).describe('One entry per utility.') })
  .strict();

export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type HubText = z.infer<typeof hubSchema>;
export type PlatformText = z.infer<typeof platformSchema>;
export type SitePage = z.infer<typeof sitePageSchema>;
export type NameEntry = z.infer<typeof nameEntry>;
