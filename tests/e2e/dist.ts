/**
 * Reads the built site straight from dist/ (the same build the browser tests use), so checks over every
 * page stay fast however many guides there are: no browser, no server round trip per page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeHTML } from 'entities';

export const DIST = process.env.DIST_DIR ?? 'dist';

/** Every built HTML page as [site path, html]. */
export function builtPages(): [string, string][] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
    );
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const rel = relative(DIST, f).split(sep).join('/');
      const path = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
      return [path, readFileSync(f, 'utf8')];
    });
}

export const builtPage = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** Visible text of a page's <main>, tags removed, entities decoded, whitespace collapsed. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return decodeHTML(
    main
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      // Inline elements join their neighbours; block elements are separated, as a reader sees them.
      .replace(/<\/?(a|span|strong|em|code|time|b|i|sup|sub|abbr|small)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every href on a page, entities decoded. */
export const hrefs = (html: string) =>
  [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decodeHTML(m[1]));
