/**
 * Links the first use of each glossary term on a page to its entry, at build time. Works on rendered HTML
 * of running text: only text outside links, headings and code changes, and each term links once per page.
 */
export interface TermEntry {
  slug: string;
  names: string[];
}

const TAG = /(<[^>]+>)/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
          /^[A-Z0-9 .-]+$/.test(name) ? '' : 'i',
        ),
      }));
  }

  /** Returns `html` with the first use of each not-yet-linked term wrapped in a link to the glossary. */
  link(html: string): string {
    if (!this.terms.length) return html;
    let skip = 0;
    return html
      .split(TAG)
      .map((part) => {
        if (part.startsWith('<')) {
          if (/^<(a|h[1-6]|code|pre|summary)\b/i.test(part)) skip++;
          else if (/^<\/(a|h[1-6]|code|pre|summary)>/i.test(part)) skip = Math.max(0, skip - 1);
          return part;
        }
        if (skip || !part.trim()) return part;
        let out = part;
        for (const t of this.terms) {
          if (this.used.has(t.slug)) continue;
          const m = t.re.exec(out);
          if (!m) continue;
          this.used.add(t.slug);
          // One link per text run: later terms must not match inside the link just added.
          return `${out.slice(0, m.index)}<a class="term" href="/glossary/#${t.slug}">${m[0]}</a>${out.slice(m.index + m[0].length)}`;
        }
        return out;
      })
      .join('');
  }
}
