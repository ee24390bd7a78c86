/**
 * The guide page as data: every sentence and label the page prints is composed in `guide/`, one
 * builder per section, from the typed guide, and unit-tested without rendering. This module puts the
 * builders together in page order; components only lay the blocks out. Anything a source does not
 * state is shown as "not published", never left out and never turned into "no".
 */
import type { Utility } from '#src/schema/utility.ts';
import { GUIDE_SECTIONS, type SectionId } from '#src/lib/sections.ts';
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
    blocks: SECTION_BUILDERS[s.id](u, ctx),
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
