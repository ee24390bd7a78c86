/**
 * The guide page as data: every sentence and label the page prints is composed in `guide/`, one
 * builder per section, from the typed guide, and unit-tested without rendering. This module puts the
 * builders together in page order; components only lay the blocks out. Anything a source does not
 * state is shown as "not published", never left out and never turned into "no".
 */
import type { Utility } from '#src/schema/utility.ts';
import { detailId, GUIDE_SECTIONS, type SectionId } from '#src/lib/sections.ts';
import { formatList } from '#src/lib/format.ts';
import type { Block, Citations, Fact } from './parts.ts';
import { aboutFacts } from './guide/about.ts';
import { accessMethodsTable } from './guide/access-methods.ts';
import { apiBlocks } from './guide/api.ts';
import { billingBlocks } from './guide/billing.ts';
import { dataFieldsBlocks } from './guide/data-fields.ts';
import { ediBlocks } from './guide/edi.ts';
import { faqBlocks } from './guide/faq.ts';
import { glanceItems, type GlanceItem } from './guide/glance.ts';
import { greenButtonBlocks } from './guide/green-button.ts';
import { intervalBlocks } from './guide/interval.ts';
import { limitationsBlocks } from './guide/limitations.ts';
import { marketFacts } from './guide/market.ts';
import { programsBlocks } from './guide/programs.ts';
import { ratesBlocks } from './guide/rates.ts';
import { guideContext, type SectionBuilder } from './guide/shared.ts';
import { thirdPartyBlocks } from './guide/third-party.ts';

export { contactMd } from './guide/contacts.ts';
export { rateFacts } from './guide/rates.ts';
export { granularityText, historyText, turnaroundText } from './guide/shared.ts';

export interface GuideSection {
  id: SectionId;
  title: string;
  number: number;
  blocks: Block[];
}

export interface GuideView {
  name: string;
  short: string;
  /** The few facts under the title: where, who owns it, what it delivers, how big, its ids. */
  keyFacts: Fact[];
  /** Everything else about the utility, in its own section further down. */
  about: Fact[];
  market: Fact[];
  aboutConflicts: Block[];
  glance: GlanceItem[];
  accessMethods: Block;
  sections: GuideSection[];
  citations: Citations;
}

/** The builder of each numbered section; a section added to `GUIDE_SECTIONS` needs one here. */
const SECTION_BUILDERS: Record<SectionId, SectionBuilder> = {
  billing: billingBlocks,
  'third-party': thirdPartyBlocks,
  'interval-data': intervalBlocks,
  'green-button': greenButtonBlocks,
  api: apiBlocks,
  edi: ediBlocks,
  'data-fields': dataFieldsBlocks,
  rates: ratesBlocks,
  programs: programsBlocks,
  limitations: limitationsBlocks,
  faq: faqBlocks,
};

/**
 * Sections whose reference detail is folded. Green Button (two short answers), limitations (caveats a
 * reader must see) and the FAQ stay open; the third-party routes are folded one by one already.
 */
const FOLDED: ReadonlySet<SectionId> = new Set([
  'billing',
  'interval-data',
  'api',
  'edi',
  'data-fields',
  'rates',
  'programs',
]);

/** The summary line of a fold: `lead`, then up to four names of what it holds, then "N more". */
export const foldSummary = (names: readonly string[], lead = 'In detail') => {
  const unique = [...new Set(names)];
  const shown = unique.length > 4 ? [...unique.slice(0, 4), `${unique.length - 4} more`] : unique;
  return shown.length ? `${lead}: ${formatList(shown)}` : lead;
};

/** The terms of the facts that say something (a value or a note), for a fold's summary line. */
export const statedTerms = (facts: readonly Fact[]) =>
  facts.filter((f) => !('unknown' in f.value) || f.note).map((f) => f.term);

/**
 * Answer first, reference folded: a section keeps open its lead paragraph, its step lists and any "sources
 * differ" line; its facts, tables, lists and sub-headings go into one group the reader opens, whose summary
 * names what is inside. The page reads in fewer phone screens; nothing is dropped, and print shows it all.
 */
export function foldReference(id: SectionId, blocks: Block[]): Block[] {
  if (!FOLDED.has(id)) return blocks;
  const open: Block[] = [];
  const folded: Block[] = [];
  blocks.forEach((b, i) => {
    if ((i === 0 && b.kind === 'text') || b.kind === 'steps' || b.kind === 'conflict') open.push(b);
    else folded.push(b);
  });
  // A fold that would hide one short block saves nothing and costs a click.
  if (!folded.length || (folded.length === 1 && folded[0]!.kind !== 'table')) return blocks;
  // Sub-headings name a fold best; without them, the stated facts' terms and the lists' titles do.
  const headings = folded.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
  const names = headings.length
    ? headings
    : folded.flatMap((b): string[] =>
        b.kind === 'facts'
          ? statedTerms(b.facts)
          : b.kind === 'table'
            ? [b.label]
            : b.kind === 'list' && b.title
              ? [b.title]
              : b.kind === 'details'
                ? [b.summary]
                : [],
      );
  // When everything folded is "not published", the summary says so rather than promising detail.
  const group: Block = {
    kind: 'details',
    id: detailId(id),
    summary: names.length ? foldSummary(names) : 'In detail: what no source we read states',
    blocks: folded,
  };
  const lead = open[0] === blocks[0] && blocks[0]!.kind === 'text' ? 1 : 0;
  const steps = open.slice(lead).filter((b) => b.kind === 'steps');
  const rest = open.slice(lead).filter((b) => b.kind !== 'steps');
  return [...open.slice(0, lead), ...steps, group, ...rest];
}

// The guide, FAQ and rates pages of one guide share one view; ten thousand guides make this add up.
const views = new WeakMap<Utility, GuideView>();

export function guideView(u: Utility): GuideView {
  let v = views.get(u);
  if (!v) views.set(u, (v = buildGuideView(u)));
  return v;
}

function buildGuideView(u: Utility): GuideView {
  const ctx = guideContext(u);
  const { keyFacts, about } = aboutFacts(u, ctx);
  const market = marketFacts(u, ctx);
  const glance = glanceItems(u, ctx);
  const accessMethods = accessMethodsTable(u, ctx);
  const sections = GUIDE_SECTIONS.map((s, i) => ({
    id: s.id,
    title: s.title,
    number: i + 1,
    blocks: foldReference(s.id, SECTION_BUILDERS[s.id](u, ctx)),
  }));
  return {
    name: u.name,
    short: ctx.short,
    market,
    keyFacts,
    about,
    aboutConflicts: ctx.conflicts('identity', 'market'),
    glance,
    accessMethods,
    sections,
    citations: ctx.citations,
  };
}
