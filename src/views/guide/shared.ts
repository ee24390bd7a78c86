/**
 * What the guide's section builders share: the context bound to one guide (its citations, its short
 * name, the fact and block helpers), the status-to-fact helper, and the sentences several sections
 * print (granularity, history, turnaround, customer classes, states).
 */
import { CUSTOMER_CLASS, GRANULARITY, SECTION, TURNAROUND_UNIT } from '#src/schema/enums.ts';
import type { Route, Utility } from '#src/schema/utility.ts';
import { capitalize, formatDate, formatList, stateName } from '#src/lib/format.ts';
import { Citations, text, UNKNOWN, type Block, type Cell, type Fact, type Tone } from '../parts.ts';

type Granularity = Utility['accessMethods'][number]['granularity'][number];
type History = Utility['accessMethods'][number]['history'][number];
type ClassRow = Utility['accessMethods'][number]['customerTypes'][number];

/** Cite lists, innermost first: a fact takes the first that is not empty (see `Citations.of`). */
export type CiteLists = (string[] | undefined)[];

/** What every builder of one guide shares. Built once per guide, so source numbers agree across sections. */
export interface GuideContext {
  citations: Citations;
  /** The short name the page's sentences use ("ComEd"). */
  short: string;
  fact(term: string, value: Cell, cite?: CiteLists, extra?: Partial<Fact>): Fact;
  /** A numbered list of steps under a title, or nothing when there are no steps. */
  steps(title: string | undefined, steps: string[], cite?: string[], id?: string): Block[];
  /** A paragraph of the guide's Markdown, or nothing when the guide has none. */
  para(md?: string, cite?: CiteLists): Block[];
  /** The guide's recorded disagreements between sources, for the given sections in that order. */
  conflicts(...sections: (keyof typeof SECTION)[]): Block[];
}

export type SectionBuilder = (u: Utility, ctx: GuideContext) => Block[];

export function guideContext(u: Utility, citations = new Citations(u.sources)): GuideContext {
  const c = citations;
  return {
    citations: c,
    short: u.shortName ?? u.name,
    fact: (term, value, cite, extra = {}) => ({
      term,
      value,
      cite: c.of(...(cite ?? [])),
      ...extra,
    }),
    steps: (title, s, cite, id) =>
      s.length ? [{ kind: 'steps', title, id, steps: s, cite: c.of(cite) }] : [],
    para: (m, cite) => (m ? [{ kind: 'text', md: m, cite: c.of(...(cite ?? [])) }] : []),
    conflicts: (...sections) =>
      sections.flatMap((section) =>
        u.conflicts
          .filter((x) => x.section === section)
          .map((x): Block => ({
            kind: 'conflict',
            topic: x.topic,
            note: x.note,
            claims: x.claims.map((cl) => ({ md: cl.claim, cite: c.of(cl.cite) })),
          })),
      ),
  };
}

export const tone = (s: string): Tone =>
  ['available', 'yes', 'full', 'deployed'].includes(s)
    ? 'yes'
    : ['planned', 'limited', 'partial'].includes(s)
      ? 'partial'
      : ['not-available', 'no', 'none'].includes(s)
        ? 'no'
        : 'unknown';

/** A status value in words, or not published. */
export const statusCell = (label: string, unknown: boolean): Cell =>
  unknown ? UNKNOWN : text(label);

interface Status {
  status: string;
  note?: string;
  cite?: string[];
  /** When a regulator approved it. */
  approved?: string;
}

/** The status's note, after the date a regulator approved it where a source gives one. */
const statusNote = (s: Status) =>
  [s.approved && `Approved by the regulator in ${formatDate(s.approved)}.`, s.note]
    .filter(Boolean)
    .join(' ') || undefined;

/**
 * A fact that states a status: its label in words (not published when unknown), the status's own
 * citations before those of the blocks around it (`within`), its note, and its tone. `tone: false`
 * for statuses that are not good or bad (a market's structure, who sends the bill).
 */
export function statusFactOf(
  ctx: GuideContext,
  term: string,
  s: Status,
  label: string,
  within: CiteLists = [],
  opts: { tone?: false } = {},
): Fact {
  return ctx.fact(
    term,
    statusCell(label, s.status === 'unknown'),
    [s.cite, ...within],
    opts.tone === false ? { note: statusNote(s) } : { tone: tone(s.status), note: statusNote(s) },
  );
}

/** A list of values, or not published (or `empty`) when there are none. */
export const list = (items: string[], empty: Cell = UNKNOWN): Cell =>
  items.length ? text(items.join(', ')) : empty;

export const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const statesText = (codes: readonly string[]) =>
  formatList(codes.map((c) => stateName(c as never)));
/** "Commercial (over 100 kW)". */
export const classText = (c: ClassRow) =>
  `${CUSTOMER_CLASS[c.type]}${c.eligibility ? ` (${c.eligibility})` : ''}`;

/** "15-minute (commercial, industrial): note". */
export function granularityText(g: Granularity): string {
  const who = g.customerTypes?.length
    ? ` for ${formatList(g.customerTypes.map((t) => lower(CUSTOMER_CLASS[t])))} customers`
    : '';
  const where = g.states?.length ? ` in ${statesText(g.states)}` : '';
  return `${GRANULARITY[g.value]}${who}${where}${g.note ? `. ${g.note}` : ''}`;
}

/**
 * Values joined into one line: "; " between short values, but a value that ends a sentence (it carries a
 * note) is followed by a space, never by "; " (which would print ".;").
 */
export const clauses = (parts: readonly string[]) =>
  parts.reduce((out, p, i) => (i === 0 ? p : `${out}${/[.!?]$/.test(out) ? ' ' : '; '}${p}`), '');

/** "24 months for residential customers: since the meter was installed". */
export function historyText(h: History): string {
  const who = h.customerTypes?.length
    ? ` for ${formatList(h.customerTypes.map((t) => lower(CUSTOMER_CLASS[t])))} customers`
    : '';
  const months = h.months ? `${h.months} month${h.months === 1 ? '' : 's'}` : '';
  return [months + who, h.note].filter(Boolean).join(months || who ? '. ' : '');
}

/** "5–10 business days (not guaranteed)", "Up to 3 weeks", or the note. */
export function turnaroundText(t: NonNullable<Route['turnaround']>): string {
  const unit = TURNAROUND_UNIT[t.unit ?? 'business-days'];
  const span =
    t.max === undefined
      ? ''
      : t.min === undefined
        ? `Up to ${t.max} ${unit}`
        : t.min === t.max
          ? `${t.max} ${unit}`
          : `${t.min}–${t.max} ${unit}`;
  const g = t.guaranteed;
  const promise =
    (g.status === 'yes' ? 'guaranteed' : g.status === 'no' ? 'not guaranteed' : '') +
    (g.note ? `${g.status === 'unknown' ? '' : ': '}${g.note}` : '');
  const head = span ? `${span}${promise ? ` (${promise})` : ''}` : promise && capitalize(promise);
  return [head, t.note].filter(Boolean).join('. ');
}
