/**
 * Real builds of small fixture sites: the freshness notice, edit and report links and the updates feed
 * appear where a reader looks for them, and a planted broken link stops the build naming its file and line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_URL } from '#src/site.ts';
import { freshness } from '#src/views/freshness.ts';

function build(guides: string) {
  const out = join(mkdtempSync(join(tmpdir(), 'udg-site-')), 'dist');
  const run = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
    {
      env: {
        ...process.env,
        GUIDES_DIR: guides,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    },
  );
  return { out, status: run.status, log: run.stdout + run.stderr };
}

describe('a built guide', () => {
  let site: ReturnType<typeof build>;
  const page = (path: string) => readFileSync(join(site.out, path), 'utf8');
  beforeAll(() => {
    site = build('tests/fixtures/site');
    if (site.status !== 0) throw new Error(site.log);
  }, 180_000);

  it('says when its facts were last verified, and warns when that was over 12 months ago', () => {
    const old = page('utilities/old-town-power/index.html');
    expect(old).toContain('This guide may be out of date.');
    expect(old).toMatch(
      /last checked against their sources\s+\d+ years? (and \d+ months? )?ago, on <time datetime="2024-03-01">/,
    );
    const fresh = page('utilities/example-municipal-light/index.html');
    expect(fresh).toContain('Last verified <time datetime="2026-06-04">');
    // The notice follows the same rule as the checker, whatever today's date is.
    expect(fresh.includes('This guide may be out of date.')).toBe(freshness('2026-06-04').stale);
  });

  it('links to its file for editing and to a prefilled problem report', () => {
    const html = page('utilities/old-town-power/index.html');
    expect(html).toContain(
      `href="${REPO_URL}/edit/main/tests/fixtures/site/old-town-power.md">Edit this page</a>`,
    );
    const report = html.match(/href="([^"]+)">Report a problem<\/a>/)?.[1].replace(/&amp;/g, '&');
    expect(report).toBeDefined();
    const url = new URL(report!);
    expect(url.href.startsWith(`${REPO_URL}/issues/new?`)).toBe(true);
    expect(url.searchParams.get('title')).toBe('Problem on the Old Town Power guide');
    expect(url.searchParams.get('body')).toContain('/utilities/old-town-power/');
  });

  it('appears in the Atom feed of updates, newest first', () => {
    const feed = page('updates.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const titles = [
      ...feed.matchAll(/<entry>\s*<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g),
    ].map((m) => m[1]);
    expect(titles).toEqual([
      'Example Municipal Light: guide updated',
      'Reported Only Power: guide updated',
      'Old Town Power: guide updated',
    ]);
    expect(feed).toContain('First version of the example guide.');
    expect(feed).toContain('/utilities/old-town-power/#changes');
  });

  it('shows a value only secondary sources state as reported, naming who reports it, everywhere', () => {
    const html = page('utilities/reported-only-power/index.html');
    const glance = html.slice(html.indexOf('id="at-a-glance"'), html.indexOf('id="legend"'));
    const items = [...glance.matchAll(/<li class="tone-[a-z]+">([\s\S]*?)<\/li>/g)].map(
      (m) => m[1],
    );
    expect(items.length).toBe(9);
    for (const item of items) {
      expect(item).not.toContain('Not published');
      expect(item).toMatch(
        /reported by (Example Guides \(commercial guide\)|The Example Gazette \(news report\))/,
      );
    }
    const how = html.slice(
      html.indexOf('id="how-to"'),
      html.indexOf('</section>', html.indexOf('id="how-to"')),
    );
    expect(how).not.toContain('No source we read describes');
    expect(how.match(/class="reported"/g)?.length).toBeGreaterThanOrEqual(4);
    // Every point rests on reported values, and the score says so.
    expect(html).toMatch(
      /Data-access score: <strong>(\d+)\/100 \(\1 points reported, not confirmed\)/,
    );
    const csv = page('compare.csv').split('\r\n');
    const head = csv[0].split(',');
    const row = csv.find((l) => l.startsWith('reported-only-power,'))!;
    expect(head).toContain('Green Button download evidence');
    expect(row).toContain('reported by Example Guides (commercial guide)');
    expect(row).toContain('reported by The Example Gazette (news report)');
    const json = JSON.parse(page('compare.json'));
    const entry = json.utilities.find((x: { slug: string }) => x.slug === 'reported-only-power');
    expect(entry.evidence['gb-dmd']).toBe('reported by Example Guides (commercial guide)');
    const municipal = json.utilities.find(
      (x: { slug: string }) => x.slug === 'example-municipal-light',
    );
    expect(municipal.evidence['gb-dmd']).toBe('not-published');
    expect(page('green-button/index.html')).toMatch(
      /Reported Only Power<\/a>[^<]*<span class="muted">[^<]*<\/span>: Not available <span class="reported">reported by Example Guides \(commercial guide\)<\/span>/,
    );
  });

  it('passes the internal link check', () => {
    expect(site.log).toMatch(/links: [\d,]+ internal links on [\d,]+ pages, none broken/);
  });
});

describe('a planted broken internal link', () => {
  it('fails the build, naming the file and line that wrote it', () => {
    const { status, log } = build('tests/fixtures/broken-link');
    expect(status).toBe(1);
    expect(log).toContain(
      '/utilities/example-broken-link/: link to /utilities/no-such-utility/: no page or file at /utilities/no-such-utility/; written in tests/fixtures/broken-link/example-broken-link.md:16',
    );
    expect(log).toContain(
      'link to /glossary/#no-such-term: /glossary/ has no element with id "no-such-term"; written in tests/fixtures/broken-link/example-broken-link.md:18',
    );
    expect(log).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/); // no stack trace
  }, 180_000);
});
