/**
 * Real builds of small fixture sites: the freshness notice, edit and report links and the updates feed
 * appear where a reader looks for them, and a planted broken link stops the build naming its file and line.
 * A failed build leaves no output directory, not even an earlier build's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { checkedMdxRoot } from '#src/content/mdx-out.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOutputOnFailure } from '#src/integrations/fail-build.ts';
import { REPO_URL } from '#src/site.ts';
import { freshness } from '#src/views/freshness.ts';
import { DomUtils, parseDocument } from 'htmlparser2';
import { checkBody } from '#src/content/body.ts';
import { headingId, isReservedId, PAGE_IDS } from '#src/lib/sections.ts';

/** Builds the guides in `guides` into a fresh temporary output directory; `stale` first leaves an earlier build's page there. */
function build(guides: string, { stale = false } = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'udg-site-')), 'dist');
  if (stale) {
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<p>an earlier build</p>');
  }
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
      'MDX Example Power: guide updated',
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

  it('writes only ids a body heading may not take, so no heading captures a citation or the table of contents', () => {
    const seen = new Set<string>();
    for (const slug of ['old-town-power', 'reported-only-power', 'example-municipal-light']) {
      const doc = parseDocument(page(`utilities/${slug}/index.html`));
      const withId = DomUtils.findAll((el) => el.attribs.id !== undefined, doc.children);
      const more = withId.find((el) => el.attribs.id === PAGE_IDS.more);
      // The body is the content of #more after its heading; every other id is the template's.
      const inBody = (el: (typeof withId)[number]) => {
        if (el.attribs.id === headingId(PAGE_IDS.more)) return false;
        for (let n = el.parent; n; n = n.parent) if (n === more) return true;
        return false;
      };
      const body = withId.filter(inBody).map((el) => el.attribs.id);
      const template = withId.filter((el) => !inBody(el)).map((el) => el.attribs.id);
      template.forEach((id) => seen.add(id));
      expect(
        template.filter((id) => !isReservedId(id)),
        slug,
      ).toEqual([]);
      expect(body.filter(isReservedId), slug).toEqual([]);
      if (slug === 'old-town-power') expect(body).toEqual(['notes-from-the-field', 'reading-days']);
    }
    // The ids the review found unreserved are on the pages, and reserved now.
    for (const id of ['score', 'state-rules', 'site-search', 'source-fixture'])
      expect(seen).toContain(id);
    expect([...seen].some((id) => id.startsWith('route-'))).toBe(true);
    for (const heading of ['Score', 'State rules', 'Site search', 'Source fixture', 'Route one'])
      expect(checkBody(`## ${heading}\n\nText.\n`).issues.map((i) => i.message)).toEqual([
        expect.stringContaining('the page already uses'),
      ]);
  });

  it('renders an MDX guide with the allow-listed components, compiled from the checked copy only', () => {
    const html = page('utilities/mdx-example-power/index.html');
    expect(html).toMatch(
      /<aside class="callout callout-warning" aria-label="Warning"[^>]*>\s*<p class="callout-label"[^>]*><strong[^>]*>Warning<\/strong> · <time datetime="2025-03-01"/,
    );
    expect(html).toContain('Green Button Connect was down from March to May 2025.');
    expect(html).toMatch(
      /<div class="steps"[^>]*><ol>\s*<li>Sign in to <strong>My Account<\/strong>/,
    );
    expect(html).toMatch(
      /<img src="\/images\/guide-page.png" alt="A guide page, with the how-to box at its top"/,
    );
    expect(html).toMatch(
      /<figcaption[^>]*>Residential rates, summer 2026 \(example figures\)<\/figcaption>\s*<div class="table-wrap"[^>]*><table>/,
    );
    // Body headings keep the ids the table of contents links to.
    expect(html).toContain('<h2 id="two-tariffs-side-by-side">');
    // What the compiler read: exactly the body of each checked .mdx file of this folder, nothing else.
    const dir = join(checkedMdxRoot('tests/fixtures/site', process.cwd()), 'guides');
    expect(readdirSync(dir)).toEqual(['mdx-example-power.mdx']);
    expect(readFileSync(join(dir, 'mdx-example-power.mdx'), 'utf8')).not.toContain(
      'name: MDX Example Power',
    );
  });

  it('passes the internal link check', () => {
    expect(site.log).toMatch(/links: [\d,]+ internal links on [\d,]+ pages, none broken/);
  });
});

describe('a planted broken internal link', () => {
  it('fails the build, naming the guide file and line that wrote it, and leaves no output directory', () => {
    const { status, log, out } = build('tests/fixtures/broken-link', { stale: true });
    expect(status).toBe(1);
    expect(log).toContain(
      '/utilities/example-broken-link/: link to /utilities/no-such-utility/: no page or file at /utilities/no-such-utility/; written in tests/fixtures/broken-link/example-broken-link.md:19',
    );
    expect(log).toContain(
      'link to /glossary/#no-such-term: /glossary/ has no element with id "no-such-term"; written in tests/fixtures/broken-link/example-broken-link.md:21',
    );
    // A link the template made from a guide value (related slug) names the guide and the value's line.
    expect(log).toContain(
      '/utilities/example-broken-link/: link to /utilities/no-such-sister/: no page or file at /utilities/no-such-sister/; built by src/pages/utilities/[slug]/index.astro from tests/fixtures/broken-link/example-broken-link.md:10',
    );
    expect(log).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/); // no stack trace
    // The half-built site is removed, and the message says so.
    expect(log).toContain(
      `Fix the link where it is written.\nThe output directory ${out} was removed, so nothing from a failed build can be deployed.`,
    );
    expect(existsSync(out)).toBe(false);
  }, 180_000);
});

describe('a guide failing the content gate', () => {
  it('stops the build before anything is written, and removes an earlier build’s output', () => {
    const { status, log, out } = build('tests/fixtures/invalid', { stale: true });
    expect(status).toBe(1);
    expect(log).toContain(
      `Fix the problems above; nothing was built.\nThe output directory ${out} was removed, so nothing from a failed build can be deployed.`,
    );
    expect(log).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
    expect(existsSync(out)).toBe(false);
  }, 180_000);
});

describe('fail-build', () => {
  const staleOutput = () => {
    const out = join(mkdtempSync(join(tmpdir(), 'udg-fail-')), 'dist');
    mkdirSync(join(out, 'pagefind'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>half built</p>');
    return out;
  };

  it('a step that throws (e.g. the search index): output removed, error rethrown saying so', async () => {
    const out = staleOutput();
    await expect(
      removeOutputOnFailure(new URL(`file://${out}/`), () => {
        throw new Error('search index: writeFiles failed');
      }),
    ).rejects.toThrow(
      `search index: writeFiles failed\nThe output directory ${out} was removed, so nothing from a failed build can be deployed.`,
    );
    expect(existsSync(out)).toBe(false);
    expect(await removeOutputOnFailure(out, () => 42)).toBe(42);
  });

  it("any other failing exit after the build started (e.g. Astro's own render error) removes it too", () => {
    const out = staleOutput();
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('#src/integrations/fail-build.ts'); m.removeOutputIfBuildFails(${JSON.stringify(out)}); throw new Error('render failed');`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`build failed: The output directory ${out} was removed`);
    expect(existsSync(out)).toBe(false);
    const ok = staleOutput();
    const passed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('#src/integrations/fail-build.ts'); m.removeOutputIfBuildFails(${JSON.stringify(ok)});`,
      ],
      { encoding: 'utf8' },
    );
    expect(passed.status).toBe(0);
    expect(existsSync(join(ok, 'index.html'))).toBe(true);
  });
});
