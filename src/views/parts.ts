/**
 * The building blocks every page view is made of. Views (plain TypeScript, unit-tested) compose the
 * sentences; a handful of components render these shapes. Text marked `md` is inline Markdown from a
 * guide and goes through the one HTML and link policy when rendered.
 */
import type { Source } from '#src/schema/utility.ts';
import { NOT_PUBLISHED } from '#src/schema/enums.ts';
import type { SourceKind } from '#src/schema/evidence.ts';

/** Good, partial, absent or not published: always said in words too, never by colour alone. */
export type Tone = 'yes' | 'partial' | 'no' | 'unknown';

/** A numbered reference to an entry in the guide's source list. */
export interface CiteRef {
  n: number;
  id: string;
  title: string;
  /** The publisher as a reader knows it, for "reported by …". */
  publisher: string;
  kind: SourceKind;
}

/** One value: plain text, inline Markdown, a link, or "not published". Parts are joined with `sep`. */
export type Cell =
  | { text: string }
  | { md: string }
  | { href: string; text: string }
  | { unknown: true }
  | { parts: Cell[]; sep?: string };

export interface Fact {
  term: string;
  value: Cell;
  tone?: Tone;
  /** Inline Markdown shown after the value. */
  note?: string;
  cite: CiteRef[];
}

export interface TableRow {
  /** The row header (first column). */
  head: Cell;
  /** Small print under the row header. */
  sub?: string[];
  cells: Cell[];
  cite: CiteRef[];
}

export type Block =
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'text'; md: string; cite: CiteRef[] }
  | { kind: 'heading'; text: string; id?: string; badge?: { text: string; tone: Tone } }
  | { kind: 'steps'; title?: string; id?: string; steps: string[]; cite: CiteRef[] }
  | { kind: 'list'; title?: string; items: { md: string; cite: CiteRef[] }[] }
  | { kind: 'table'; label: string; columns: string[]; rows: TableRow[] }
  | { kind: 'unknown'; what: string }
  | { kind: 'conflict'; topic: string; claims: { md: string; cite: CiteRef[] }[]; note?: string }
  | { kind: 'link'; text: string; href: string }
  /** A group a reader can open: its summary line stays visible, the blocks show on demand (and in print). */
  | {
      kind: 'details';
      id: string;
      summary: string;
      badge?: { text: string; tone: Tone };
      blocks: Block[];
    };

export const UNKNOWN: Cell = { unknown: true };
export const text = (t: string): Cell => ({ text: t });
export const md = (m: string): Cell => ({ md: m });
export const join = (parts: Cell[], sep = ', '): Cell =>
  parts.length === 1 ? parts[0] : { parts, sep };

/**
 * A label as it reads inside a sentence: "Available to" becomes "available to"; names and acronyms
 * ("Green Button Connect", "API", "EDI transactions") keep their capitals.
 */
export function inSentence(label: string): string {
  const [first, second] = label.split(' ');
  return /^[A-Z][a-z’'-]*$/.test(first) && !/^[A-Z]/.test(second ?? '')
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/**
 * Facts whose value is not published and that carry no note are gathered into one closing fact, so a
 * section lists what is known first and then says in one line what no source states.
 */
export function compact(facts: Fact[]): Fact[] {
  const isBare = (f: Fact) => 'unknown' in f.value && !f.note;
  const bare = facts.filter(isBare);
  if (bare.length < 2) return facts;
  return [
    ...facts.filter((f) => !isBare(f)),
    {
      term: NOT_PUBLISHED,
      value: {
        text: bare.map((f, i) => (i === 0 ? f.term : inSentence(f.term))).join(', '),
      },
      cite: [],
    },
  ];
}

/** Citations back a stated value or a note; beside a bare "not published" they would only confuse. */
export const showCites = (f: { value: Cell; note?: string }) =>
  !('unknown' in f.value) || Boolean(f.note);

/** Plain text of a cell, for tests and meta tags. */
export function cellText(c: Cell): string {
  if ('unknown' in c) return NOT_PUBLISHED;
  if ('parts' in c) return c.parts.map(cellText).join(c.sep ?? ', ');
  if ('md' in c) return c.md;
  return c.text;
}

/** Numbers each source in list order and resolves cite lists to references. */
export class Citations {
  readonly refs: Map<string, CiteRef>;
  constructor(sources: Source[]) {
    this.refs = new Map(
      sources.map((s, i) => [
        s.id,
        { n: i + 1, id: s.id, title: s.title, publisher: s.publisher ?? s.title, kind: s.kind },
      ]),
    );
  }
  /**
   * The citations of a fact: its own list if it has one, else the nearest enclosing one (pass them
   * innermost first). A figure citing a commercial guide is not vouched for by its section's tariff.
   */
  of(...lists: (string[] | undefined)[]): CiteRef[] {
    return this.resolve(lists.find((l) => l && l.length) ?? []);
  }
  /** Every citation in all the lists, for a row that gathers several facts. */
  all(...lists: (string[] | undefined)[]): CiteRef[] {
    return this.resolve(lists.flatMap((l) => l ?? []));
  }
  private resolve(ids: string[]): CiteRef[] {
    return [...new Set(ids)]
      .map((id) => this.refs.get(id))
      .filter((r): r is CiteRef => Boolean(r))
      .sort((a, b) => a.n - b.n);
  }
}

/** Anchor of a source in the list, for citation links (its prefix is reserved in lib/sections.ts). */
export { sourceAnchor } from '#src/lib/sections.ts';
