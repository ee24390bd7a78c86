/**
 * Links the first use of each glossary term on a page to its entry, at build time. Works on rendered HTML
 * of running text, parsed with htmlparser2: a term is matched only in the decoded text of text nodes, never
 * in a tag, an attribute or the spelling of an entity (an alias `quot` does not match `&quot;`). Only text
 * outside links, headings, code and summaries changes, the markup around it is kept byte for byte, and each
 * term links once per page.
 */
import { Parser } from 'htmlparser2';

export interface TermEntry {
  slug: string;
  names: string[];
}

/** Elements whose text is never linked: links cannot nest, and headings, code and summaries stay as written. */
const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'summary',
  'script',
  'style',
]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One text node as the parser reports it: a run of literal text, or one entity, with its place in the HTML. */
interface Piece {
  start: number;
  /** Exclusive. */
  end: number;
  /** The decoded text. */
  text: string;
}

/** A run of adjacent text pieces outside any skipped element: one text node. */
type Run = Piece[];

/** The text nodes of `html` that may take a link, each as its pieces in order. */
function linkableRuns(html: string): Run[] {
  const runs: Run[] = [];
  let skip = 0;
  let current: Run | undefined;
  const parser = new Parser(
    {
      onopentagname(name) {
        current = undefined;
        if (SKIP.has(name)) skip++;
      },
      onclosetag(name) {
        current = undefined;
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
      },
      oncomment() {
        current = undefined;
      },
      ontext(text) {
        const piece = { start: parser.startIndex, end: parser.endIndex + 1, text };
        if (skip) return;
        if (current && current[current.length - 1].end === piece.start) current.push(piece);
        else runs.push((current = [piece]));
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return runs;
}

/**
 * Where each offset of the run's decoded text lies in the HTML, or -1 inside an entity's decoded text: a
 * match may start and end only between whole entities, so it never splits one.
 */
function rawOffsets(html: string, run: Run): number[] {
  const at: number[] = [];
  for (const p of run) {
    const literal = html.slice(p.start, p.end) === p.text;
    for (let i = 0; i < p.text.length; i++) at.push(i === 0 || literal ? p.start + i : -1);
  }
  at.push(run[run.length - 1].end);
  return at;
}

export class TermLinker {
  private readonly terms: { slug: string; re: RegExp }[];
  private readonly used = new Set<string>();

  constructor(entries: TermEntry[]) {
    // Longer names first, so a full name wins over its shorter prefix (Green Button Connect over Green Button).
    this.terms = entries
      .flatMap((e) => e.names.filter((n) => n.length >= 3).map((n) => ({ slug: e.slug, name: n })))
      .sort((a, b) => b.name.length - a.name.length)
      .map(({ slug, name }) => ({
        slug,
        re: new RegExp(
          `(?<![\\w-])${escapeRe(name)}(?![\\w-])`,
          /^[A-Z0-9 .-]+$/.test(name) ? 'g' : 'gi',
        ),
      }));
  }

  /** Returns `html` with the first use of each not-yet-linked term wrapped in a link to the glossary. */
  link(html: string): string {
    if (!this.terms.length) return html;
    const edits: { start: number; end: number; slug: string }[] = [];
    for (const run of linkableRuns(html)) {
      const text = run.map((p) => p.text).join('');
      if (!text.trim()) continue;
      const at = rawOffsets(html, run);
      // One link per text node: later terms must not match inside the link just added.
      find: for (const t of this.terms) {
        if (this.used.has(t.slug)) continue;
        for (const m of text.matchAll(t.re)) {
          const start = at[m.index];
          const end = at[m.index + m[0].length];
          if (start < 0 || end < 0) continue;
          this.used.add(t.slug);
          edits.push({ start, end, slug: t.slug });
          break find;
        }
      }
    }
    let out = '';
    let pos = 0;
    for (const e of edits) {
      out += `${html.slice(pos, e.start)}<a class="term" href="/glossary/#${e.slug}">${html.slice(e.start, e.end)}</a>`;
      pos = e.end;
    }
    return out + html.slice(pos);
  }
}
