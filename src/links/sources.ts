/**
 * Where a broken link came from. A page built from a guide (`/utilities/<slug>/…`) is traced to that
 * guide's file first: the line that writes the link (a Markdown link in the body, a URL field), else the
 * line of the value the template made it from (`related: [{ slug: x }]` becomes `/utilities/x/`), else at
 * least the file. Other content is searched for the link as written, then for its path; whatever is not
 * found in content is blamed on the page template that built the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface RouteLike {
  patternRegex: RegExp;
  entrypoint: string;
}

interface ContentFile {
  path: string;
  lines: string[];
}

/** Files named in one report line; the rest are counted. */
const NAMED = 3;

/** The guide slug of a page built from a guide: `/utilities/x/`, `/utilities/x/faq/` → `x`. */
const GUIDE_PAGE = /^\/utilities\/([a-z0-9]+(?:-[a-z0-9]+)*)\//;

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
    else if (e.name.endsWith('.md') || e.name.endsWith('.mdx')) out.push(p);
  }
  return out;
}

/** The link as written, then its path and fragment: what a content file holding the link contains. */
function needlesOf(href: string): string[] {
  const needles = [href];
  try {
    const u = new URL(href, 'https://x.invalid');
    needles.push(u.pathname + u.hash);
  } catch {
    /* the link as written is the only needle */
  }
  return needles;
}

/**
 * The values a template could have made the link from: the missing page's last path segment (a slug, a
 * state code, a platform id), or the missing `#id` and the id without its prefix (`rule-x` → `x`).
 */
function valuesOf(href: string, missing: 'page' | 'id'): string[] {
  let u: URL;
  try {
    u = new URL(href, 'https://x.invalid');
  } catch {
    return [];
  }
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const values =
    missing === 'id'
      ? [decode(u.hash.slice(1)), decode(u.hash.slice(1)).replace(/^[a-z]+-/, '')]
      : [decode(u.pathname.split('/').filter(Boolean).pop() ?? '').replace(/\.[a-z0-9]+$/i, '')];
  return [...new Set(values)].filter((v) => v.length >= 2);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 1-based line of the first line containing `text`, as a whole word when `word` (any case). */
function lineContaining(f: ContentFile, text: string, word = false): number | undefined {
  const re = word ? new RegExp(`(?<![\\w-])${escapeRegExp(text)}(?![\\w-])`, 'i') : undefined;
  const i = f.lines.findIndex((l) => (re ? re.test(l) : l.includes(text)));
  return i < 0 ? undefined : i + 1;
}

const named = (items: string[]) =>
  `${items.slice(0, NAMED).join(', ')}${items.length > NAMED ? ` and ${(items.length - NAMED).toLocaleString('en-US')} more` : ''}`;

export class LinkSources {
  private files: Map<string, ContentFile>;
  private guidesDir: string;

  /**
   * `contentDirs` are searched for links as written; `guidesDir` (default: the first of them) holds the
   * guides that `/utilities/<slug>/` pages are built from.
   */
  constructor(
    private root: string,
    contentDirs: string[],
    private routes: RouteLike[],
    guidesDir: string = contentDirs[0] ?? 'content/utilities',
  ) {
    const paths = [
      ...new Set([...contentDirs, guidesDir].flatMap((d) => markdownFiles(resolve(root, d)))),
    ];
    this.files = new Map(
      paths.map((p) => {
        const path = relative(root, p).split(sep).join('/');
        return [path, { path, lines: readFileSync(p, 'utf8').split('\n') }];
      }),
    );
    this.guidesDir = relative(root, resolve(root, guidesDir)).split(sep).join('/');
  }

  /** `file:line` of every content line that contains `href` (or, failing that, its path and fragment). */
  contentOf(href: string): string[] {
    for (const needle of needlesOf(href)) {
      const hits = [...this.files.values()].flatMap((f) =>
        f.lines.flatMap((l, i) => (l.includes(needle) ? [`${f.path}:${i + 1}`] : [])),
      );
      if (hits.length) return hits;
    }
    return [];
  }

  /** The guide file a page is built from, if the page is a guide's (`/utilities/<slug>/…`). */
  guideOf(page: string): ContentFile | undefined {
    const slug = GUIDE_PAGE.exec(page)?.[1];
    if (!slug) return undefined;
    return (
      this.files.get(`${this.guidesDir}/${slug}.md`) ??
      this.files.get(`${this.guidesDir}/${slug}.mdx`)
    );
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

  /**
   * Where to fix a broken link found on `pages` (one page, or every page of one link and cause):
   * "written in content/utilities/x.md:12" when content writes the link as it is;
   * "built by src/pages/utilities/[slug]/index.astro from content/utilities/x.md:7" when a guide page's
   * template made it from a value of the guide (the line of that value, where it is found);
   * "built by src/pages/…" when it is the template's own (one line for a link on thousands of pages).
   */
  describe(pages: string | string[], href: string, missing: 'page' | 'id' = 'page'): string {
    const list = typeof pages === 'string' ? [pages] : pages;
    const guides = [...new Set(list.map((p) => this.guideOf(p)))];
    const fromGuides = guides.length > 0 && guides.every((g) => g !== undefined);
    const locate = (find: (g: ContentFile) => number | undefined) => {
      if (!fromGuides) return undefined;
      const hits: string[] = [];
      for (const g of guides as ContentFile[]) {
        const line = find(g);
        if (line === undefined) return undefined;
        hits.push(`${g.path}:${line}`);
      }
      return hits;
    };
    const needles = needlesOf(href);
    const values = valuesOf(href, missing);

    // The link as written in the guides of these pages, then anywhere in the content.
    const written =
      locate((g) => needles.map((n) => lineContaining(g, n)).find((l) => l !== undefined)) ??
      this.contentOf(href);
    if (written.length) return `written in ${named(written)}`;

    const template = this.templateOf(list[0]);
    const built = template ? `built by ${template}` : 'source not found';
    // A value of each guide the template made the link from: the guides' lines, not the template's.
    const made = locate((g) =>
      values.map((v) => lineContaining(g, v, true)).find((l) => l !== undefined),
    );
    if (made) return `${built} from ${named(made)}`;
    // One guide's page: the guide is still where to look. Many guides' pages: the template's own link.
    if (fromGuides && guides.length === 1) return `${built} from ${guides[0]!.path}`;
    return built;
  }
}
