/**
 * Where a broken link came from: the content file (and line) that wrote it, else the page template that
 * built the page. Content is searched for the link as written, then for its path, so a Markdown link in a
 * guide body and a URL field in frontmatter are both found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface RouteLike {
  patternRegex: RegExp;
  entrypoint: string;
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

export class LinkSources {
  private files: { path: string; lines: string[] }[];

  constructor(
    private root: string,
    contentDirs: string[],
    private routes: RouteLike[],
  ) {
    const paths = [...new Set(contentDirs.flatMap((d) => markdownFiles(join(root, d))))];
    this.files = paths.map((p) => ({
      path: relative(root, p).split(sep).join('/'),
      lines: readFileSync(p, 'utf8').split('\n'),
    }));
  }

  /** `file:line` of every content line that contains `href` (or, failing that, its path and fragment). */
  contentOf(href: string): string[] {
    const needles = [href];
    try {
      const u = new URL(href, 'https://x.invalid');
      needles.push(u.pathname + u.hash);
    } catch {
      /* the link as written is the only needle */
    }
    for (const needle of needles) {
      const hits = this.files.flatMap((f) =>
        f.lines.flatMap((l, i) => (l.includes(needle) ? [`${f.path}:${i + 1}`] : [])),
      );
      if (hits.length) return hits;
    }
    return [];
  }

  /** The template (src/pages/… file) that builds `page`. */
  templateOf(page: string): string | undefined {
    const route = this.routes.find((r) => r.patternRegex.test(page));
    return route
      ? relative(
          this.root,
          route.entrypoint.startsWith('/') ? route.entrypoint : join(this.root, route.entrypoint),
        )
          .split(sep)
          .join('/')
      : undefined;
  }

  /** "written in content/utilities/x.md:12" or "built by src/pages/…". */
  describe(page: string, href: string): string {
    const content = this.contentOf(href);
    if (content.length)
      return `written in ${content.slice(0, 3).join(', ')}${content.length > 3 ? ` and ${content.length - 3} more` : ''}`;
    const template = this.templateOf(page);
    return template ? `built by ${template}` : 'source not found';
  }
}
