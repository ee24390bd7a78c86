/**
 * Checks every internal link and `#anchor` in a built site: each `href`/`src` that points into the site
 * must reach a built file, and each fragment must name an element `id` on the target page. HTML is read
 * with htmlparser2 (streaming, no DOM), so a site of tens of thousands of pages is checked in seconds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

export interface BrokenLink {
  /** The built page that holds the link, as a site path (`/utilities/x/`). */
  page: string;
  /** The link as written in the page. */
  href: string;
  /** Why it is broken. */
  reason: string;
  /** What is missing: the page or file itself, or the element the `#fragment` names. */
  missing: 'page' | 'id';
}

interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/** Attributes that point at another resource, by element. */
const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  source: ['src', 'srcset'],
  form: ['action'],
};

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) htmlFiles(p, out);
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The site path of a built HTML file: `dist/a/b/index.html` → `/a/b/`, `dist/404.html` → `/404.html`. */
export function pagePath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return rel === 'index.html'
    ? '/'
    : rel.endsWith('/index.html')
      ? `/${rel.slice(0, -'index.html'.length)}`
      : `/${rel}`;
}

/**
 * One copy of each distinct string, copied out of the page it came from. Attribute values are slices of
 * the page's HTML, and a slice keeps the whole page alive: kept as they are, the ids and links of 33,000
 * pages held over a gigabyte of HTML and ran the build out of memory.
 */
type Intern = (s: string) => string;
function interner(): Intern {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = Buffer.from(s, 'utf8').toString('utf8');
      seen.set(v, v);
    }
    return v;
  };
}

function scan(html: string, intern: Intern): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) ids.add(intern(attrs.id));
        if (name === 'a' && attrs.name) ids.add(intern(attrs.name));
        for (const attr of LINK_ATTRS[name] ?? []) {
          const v = attrs[attr];
          if (v === undefined) continue;
          if (attr === 'srcset')
            for (const part of v.split(',')) links.push(intern(part.trim().split(/\s+/)[0]));
          else links.push(intern(v));
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids, links };
}

/**
 * The internal target of `href` on `page`, or undefined for links that leave the site (other origins,
 * mailto:, tel:) and links that need no check (`#`, `#top`, empty).
 */
export function internalTarget(
  href: string,
  page: string,
  origin: string,
): { path: string; fragment: string } | undefined {
  const h = href.trim();
  if (!h || h === '#' || h === '#top') return undefined;
  let url: URL;
  try {
    url = new URL(h, new URL(page, origin));
  } catch {
    return { path: h, fragment: '' }; // reported as unresolvable by the caller's lookup
  }
  if (url.origin !== new URL(origin).origin) return undefined;
  return {
    path: decodeURIComponent(url.pathname),
    fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : '',
  };
}

/** The built file a site path is served from, if any. */
function fileFor(dist: string, path: string, exists: (p: string) => boolean): string | undefined {
  const clean = posix.normalize(path);
  if (clean.endsWith('/'))
    return exists(join(dist, clean, 'index.html')) ? join(dist, clean, 'index.html') : undefined;
  if (exists(join(dist, clean))) return join(dist, clean);
  return undefined;
}

/** Every broken internal link in the built site at `dist`. `origin` is the site's own origin (absolute links to it count as internal). */
export function checkInternalLinks(
  dist: string,
  origin: string,
): { pages: number; links: number; broken: BrokenLink[] } {
  const files = htmlFiles(dist);
  const byFile = new Map<string, PageLinks>();
  const intern = interner();
  for (const f of files) byFile.set(f, scan(readFileSync(f, 'utf8'), intern));
  const seen = new Map<string, boolean>();
  const exists = (p: string) => {
    let v = seen.get(p);
    if (v === undefined) {
      try {
        v = statSync(p).isFile();
      } catch {
        v = false;
      }
      seen.set(p, v);
    }
    return v;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [file, { links: hrefs }] of byFile) {
    const page = pagePath(dist, file);
    for (const href of hrefs) {
      const t = internalTarget(href, page, origin);
      if (!t) continue;
      links++;
      const target = t.path === '' ? file : fileFor(dist, t.path, exists);
      if (!target) {
        const hint =
          !t.path.endsWith('/') && fileFor(dist, `${t.path}/`, exists)
            ? ' (the page exists at the same path with a trailing slash)'
            : '';
        broken.push({ page, href, reason: `no page or file at ${t.path}${hint}`, missing: 'page' });
        continue;
      }
      if (!t.fragment) continue;
      const ids = target.endsWith('.html') ? byFile.get(target)?.ids : undefined;
      if (ids && !ids.has(t.fragment))
        broken.push({
          page,
          href,
          reason: `${pagePath(dist, target)} has no element with id "${t.fragment}"`,
          missing: 'id',
        });
    }
  }
  return { pages: files.length, links, broken };
}
