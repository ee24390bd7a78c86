/**
 * MDX without code: what the checker (src/content/mdx.ts) accepts and what it refuses, with the line and
 * the construct, before anything compiles. The hostile fixtures (hostile.test.ts) prove the same through
 * `npm run check` and a real build.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBody } from '#src/content/body.ts';
import { readGuideFiles } from '#src/content/files.ts';
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES } from '#src/content/mdx-components.ts';
import { MDX_LIMITS } from '#src/content/mdx.ts';

const errors = (mdx: string) =>
  checkBody(mdx, 'mdx')
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.line}: ${i.message}`);

describe('MDX bodies', () => {
  it('accepts every allow-listed component used as documented', () => {
    const all = MDX_COMPONENT_NAMES.map((n) =>
      MDX_COMPONENTS[n].example.replace('/images/guide-page.png', '/favicon.svg'),
    ).join('\n\n');
    expect(errors(`## Notices\n\n${all}\n`)).toEqual([]);
  });

  it('gives the MDX headings the ids the page links to', () => {
    const { headings } = checkBody(
      '## Service notices\n\n<Callout tone="note">\n\nx\n\n</Callout>\n',
      'mdx',
    );
    expect(headings).toEqual([{ depth: 2, slug: 'service-notices', text: 'Service notices' }]);
  });

  const refused: [string, string, string][] = [
    [
      'an import',
      "Text\n\nimport fs from 'node:fs'",
      '3: found an import "import fs from \'node:fs\'"',
    ],
    ['export const', 'export const a = 1', '1: found an export "export const a = 1"'],
    [
      'an expression in text',
      'Hi {process.env.HOME}',
      '1: found the expression {process.env.HOME}',
    ],
    ['an expression in flow', '\n\n{1 + 1}', '3: found the expression {1 + 1}'],
    [
      'an attribute expression',
      '<Callout tone={x}>\n\ny\n\n</Callout>',
      '1: found the expression tone={x} on <Callout>',
    ],
    [
      'a spread',
      '<Callout {...p} tone="note">\n\ny\n\n</Callout>',
      '1: found a spread {...p} on <Callout>',
    ],
    [
      'an unknown component',
      '<Tabs>\n\ny\n\n</Tabs>',
      '1: found the component <Tabs>, which is not on the allow-list',
    ],
    [
      'an undeclared prop',
      '<Steps start="3">\n\n1. a\n\n</Steps>',
      '1: found the attribute start on <Steps>, which it does not take; expected no attributes',
    ],
    [
      'a bare attribute',
      '<Callout tone>\n\ny\n\n</Callout>',
      '1: found the expression tone on <Callout>; expected tone="text"',
    ],
    ['raw HTML', '<div onclick="x">y</div>', '1: found raw HTML <div>'],
    ['a fragment', '<>y</>', '1: found a fragment <>…</>'],
    [
      'a component in a line of text',
      'See <Callout tone="note">y</Callout>.',
      '1: found <Callout> inside a line of text',
    ],
    [
      'a component nested to hide an expression',
      '<Callout tone="note">\n\n<Figure src="/favicon.svg" alt="a" caption="c" />\n\n{x}\n\n</Callout>',
      '3: found <Figure> inside <Callout>',
    ],
    ['an HTML comment', '<!-- note -->', '1: found MDX that does not parse'],
    [
      'an unclosed component',
      'a\n\n<Callout tone="note">\n\ny',
      '3: found MDX that does not parse (Expected a closing tag for `<Callout>`)',
    ],
    [
      'a tone off the list',
      '<Callout tone="urgent">\n\ny\n\n</Callout>',
      '1: found tone="urgent" on <Callout>; expected one of note, warning or changed',
    ],
    [
      'a date that is not a date',
      '<Callout tone="changed" date="March 2025">\n\ny\n\n</Callout>',
      '1: found date="March 2025" on <Callout>; expected a date written YYYY-MM-DD',
    ],
    [
      'a remote figure',
      '<Figure src="https://evil.example/p.png" alt="a" caption="c" />',
      '1: found src="https://evil.example/p.png" on <Figure>; expected a path on this site',
    ],
    [
      'a figure that is not under public/',
      '<Figure src="/no-such.png" alt="a" caption="c" />',
      '1: found src="/no-such.png" on <Figure>; expected an image that exists under public/',
    ],
    [
      'a figure without alt',
      '<Figure src="/favicon.svg" caption="c" />',
      '1: found <Figure> without alt; expected alt="…"',
    ],
    [
      'a figure with content',
      '<Figure src="/favicon.svg" alt="a" caption="c">\n\nx\n\n</Figure>',
      '1: found content inside <Figure>',
    ],
    [
      'steps without a numbered list',
      '<Steps>\n\n- a\n\n</Steps>',
      '1: found <Steps> without one numbered list inside',
    ],
    [
      'a tariff table without a table',
      '<TariffTable caption="c">\n\ntext\n\n</TariffTable>',
      '1: found <TariffTable> without one Markdown table inside',
    ],
    [
      'a javascript: link inside a component',
      '<Callout tone="note">\n\n[x](javascript:alert(1))\n\n</Callout>',
      '3: found a javascript: link',
    ],
    [
      'a remote image inside a component',
      '<Callout tone="note">\n\n![p](https://t.example/p.gif)\n\n</Callout>',
      '3: found an image from "https://t.example/p.gif"',
    ],
  ];
  for (const [what, mdx, message] of refused)
    it(`refuses ${what}, with its line`, () => {
      expect(errors(mdx).join('\n')).toContain(message);
    });

  it(`counts tags before parsing: more than ${MDX_LIMITS.tags} is refused at once`, () => {
    const start = performance.now();
    const issues = errors('<Callout tone="note">'.repeat(5000));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(issues).toEqual([
      `1: found more than ${MDX_LIMITS.tags} tags; expected a few components`,
    ]);
  });

  it('still refuses JSX in a .md guide as raw HTML', () => {
    expect(checkBody('<Callout tone="note">x</Callout>').issues[0]?.message).toMatch(
      /^found raw HTML "<Callout/,
    );
  });
});

describe('.mdx files', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'udg-mdx-'));
  it('are guides where MDX is allowed, and one slug has one file', () => {
    const d = dir();
    writeFileSync(join(d, 'a.mdx'), 'x');
    writeFileSync(join(d, 'b.md'), 'x');
    writeFileSync(join(d, 'b.mdx'), 'x');
    const { files, problems } = readGuideFiles(d, d, { mdx: true });
    expect(files.map((f) => [f.slug, f.format])).toEqual([
      ['a', 'mdx'],
      ['b', 'md'],
    ]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'b.mdx: found a second file for /b/ beside b.md; expected one file per guide',
    ]);
  });

  it('are refused in collections that are Markdown only', () => {
    const d = dir();
    writeFileSync(join(d, 'tx.mdx'), 'x');
    expect(readGuideFiles(d, d).problems[0]?.message).toBe(
      'found an .mdx file; expected .md: only utility guides may be MDX',
    );
  });
});

describe('CONTRIBUTING', () => {
  it('shows each allow-listed component with the example the checker accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('CONTRIBUTING.md', 'utf8');
    for (const name of MDX_COMPONENT_NAMES) {
      expect(text).toContain(`### \`<${name}>\``);
      expect(text).toContain(MDX_COMPONENTS[name].example);
    }
  });
});
