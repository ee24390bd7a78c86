/** The internal link checker on a tiny built site: what it reports, what it leaves alone. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkInternalLinks, pagePath } from '#src/links/internal.ts';
import { LinkSources } from '#src/links/sources.ts';

function site(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'udg-links-'));
  for (const [path, html] of Object.entries(pages)) {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  return dist;
}

const ORIGIN = 'https://utilitydataguides.org';

describe('the internal link check', () => {
  const dist = site({
    'index.html': `<a href="/a/">a</a> <a href="/a/#part">part</a> <a href="/a/#missing">missing</a> <a href="/nowhere/">gone</a>
      <a href="/a">no slash</a> <a href="https://example.org/x/">external</a> <a href="mailto:x@example.org">mail</a>
      <a href="${ORIGIN}/b/">absolute</a> <a href="#">top</a> <a href="#here">here</a> <span id="here"></span>
      <img src="/logo.svg" alt=""> <link rel="stylesheet" href="/_astro/gone.css">`,
    'a/index.html': '<h2 id="part">Part</h2><a href="../#here">back</a><a href="?q=1">query</a>',
    'logo.svg': '<svg/>',
  });
  const { pages, broken } = checkInternalLinks(dist, ORIGIN);
  const hrefs = broken.map((b) => b.href);

  it('reads every page', () => expect(pages).toBe(2));

  it('reports missing pages, missing anchors and missing assets', () => {
    expect(hrefs.sort()).toEqual(
      ['/_astro/gone.css', '/a', '/a/#missing', '/nowhere/', `${ORIGIN}/b/`].sort(),
    );
  });

  it('says why, with a hint for a missing trailing slash', () => {
    expect(broken.find((b) => b.href === '/a/#missing')?.reason).toBe(
      '/a/ has no element with id "missing"',
    );
    expect(broken.find((b) => b.href === '/a')?.reason).toContain('trailing slash');
    expect(broken.every((b) => b.page === '/')).toBe(true);
  });

  it('maps built files to site paths', () => {
    expect(pagePath('/d', '/d/index.html')).toBe('/');
    expect(pagePath('/d', '/d/x/y/index.html')).toBe('/x/y/');
    expect(pagePath('/d', '/d/404.html')).toBe('/404.html');
  });
});

describe('the source of a broken link', () => {
  const root = mkdtempSync(join(tmpdir(), 'udg-link-src-'));
  mkdirSync(join(root, 'content/utilities'), { recursive: true });
  writeFileSync(
    join(root, 'content/utilities/x.md'),
    '---\nname: X\n---\n\nSee [y](/utilities/y/#rates).\n',
  );
  const guide = (slug: string, frontmatter: string) =>
    writeFileSync(
      join(root, `content/utilities/${slug}.md`),
      `---\nname: ${slug}\nstates: [TN]\n${frontmatter}---\n\nText.\n`,
    );
  guide('a', 'related:\n  - { name: Sister, slug: no-such-sister, relation: sister }\n');
  guide('b', 'platform: { vendor: gone-vendor }\n');
  guide('c', 'related:\n  - { name: Sister, slug: no-such-sister, relation: sister }\n');
  guide('d', '');
  const TEMPLATE = 'src/pages/utilities/[slug]/index.astro';
  const sources = new LinkSources(
    root,
    ['content/utilities'],
    [
      { patternRegex: /^\/about\/$/, entrypoint: 'src/pages/about.astro' },
      { patternRegex: /^\/utilities\/([^/]+?)\/?$/, entrypoint: TEMPLATE },
    ],
  );

  it('is the content file and line that wrote it', () => {
    expect(sources.describe('/utilities/x/', '/utilities/y/#rates')).toBe(
      'written in content/utilities/x.md:5',
    );
    expect(
      sources.describe('/utilities/x/', 'https://utilitydataguides.org/utilities/y/#rates'),
    ).toBe('written in content/utilities/x.md:5');
  });

  it('or else the template that built the page', () => {
    expect(sources.describe('/about/', '/elsewhere/')).toBe('built by src/pages/about.astro');
  });

  it("on a guide's page, the guide and the line of the value the template made the link from", () => {
    expect(sources.describe('/utilities/a/', '/utilities/no-such-sister/')).toBe(
      `built by ${TEMPLATE} from content/utilities/a.md:5`,
    );
    expect(sources.describe(['/utilities/b/'], '/platforms/gone-vendor/')).toBe(
      `built by ${TEMPLATE} from content/utilities/b.md:4`,
    );
    // A state code is written in capitals; the link has it in lower case.
    expect(sources.describe('/utilities/d/', '/states/tn/')).toBe(
      `built by ${TEMPLATE} from content/utilities/d.md:3`,
    );
    // A missing #id: the id, or the id without its prefix (rule-x → x).
    expect(sources.describe('/utilities/d/', '/states/tn/#rule-states', 'id')).toBe(
      `built by ${TEMPLATE} from content/utilities/d.md:3`,
    );
    // The same link on two guides' pages names both.
    expect(sources.describe(['/utilities/a/', '/utilities/c/'], '/utilities/no-such-sister/')).toBe(
      `built by ${TEMPLATE} from content/utilities/a.md:5, content/utilities/c.md:5`,
    );
  });

  it('names the guide of a single page even when no value of it is found', () => {
    expect(sources.describe('/utilities/d/', '/glossary/#nothing-like-it', 'id')).toBe(
      `built by ${TEMPLATE} from content/utilities/d.md`,
    );
  });

  it("keeps a template's own link on many guides' pages as the template's", () => {
    expect(
      sources.describe(
        ['/utilities/a/', '/utilities/b/', '/utilities/c/', '/utilities/d/'],
        '/glossary/#nothing-like-it',
        'id',
      ),
    ).toBe(`built by ${TEMPLATE}`);
    // A value only some of the guides hold is not where the link came from.
    expect(sources.describe(['/utilities/a/', '/utilities/d/'], '/utilities/no-such-sister/')).toBe(
      `built by ${TEMPLATE}`,
    );
  });
});
