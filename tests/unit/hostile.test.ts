/**
 * Every hostile class is refused by `npm run check` and by the real `astro build`, with its message,
 * before anything is compiled or written. One run of each over the whole folder keeps this fast.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { checkBody, renderBody } from '#src/content/body.ts';
import { checkedMdxRoot } from '#src/content/mdx-out.ts';

const DIR = 'tests/fixtures/hostile';
const MARKER = '/tmp/udg-hostile-pwned';
const env = { ...process.env, GUIDES_DIR: DIR, ASTRO_TELEMETRY_DISABLED: '1' };

/** Each hostile file and the message that must name it. */
const EXPECTED: [string, string][] = [
  [
    'mdx-import.mdx:20',
    'body: found an import "import { execSync } from \'node:child_process\';"; expected no import or export',
  ],
  [
    'mdx-expression.mdx:20',
    'body: found the expression {JSON.stringify(process.env)}; expected text',
  ],
  [
    'mdx-script.mdx:20',
    'body: found raw HTML <script>; expected Markdown or one of <Callout>, <Steps>, <Figure>, <TariffTable>',
  ],
  ['mdx-event-handler.mdx:20', 'body: found raw HTML <img>'],
  [
    'mdx-attribute-expression.mdx:20',
    'body: found the expression tone={require("node:child_process").execSync("…} on <Callout>; expected tone="text"',
  ],
  ['mdx-spread.mdx:20', 'body: found a spread {...globalThis.process.env} on <Callout>'],
  [
    'mdx-unknown-component.mdx:20',
    'body: found the component <Danger>, which is not on the allow-list',
  ],
  [
    'mdx-undeclared-prop.mdx:20',
    'body: found the attribute onClick on <Callout>, which it does not take',
  ],
  [
    'mdx-export-const.mdx:20',
    'body: found an export "export const pwned = require(\\"node:fs\\").writeFileS…"; expected no import or export',
  ],
  [
    'mdx-nested-expression.mdx:24',
    'body: found the expression {require("node:fs").writeFileSync("/tmp/udg-hostile…}; expected text',
  ],
  ['mdx-html-comment.mdx:20', 'body: found MDX that does not parse (Unexpected character `!`'],
  ['body-script.md:20', 'body: found raw HTML "<script>'],
  ['body-event-handler.md:20', 'body: found raw HTML "<img src=\\"x\\" onerror'],
  ['body-svg-onload.md:20', 'body: found raw HTML "<svg onload'],
  ['body-meta-refresh.md:20', 'body: found raw HTML "<meta http-equiv'],
  ['body-base.md:20', 'body: found raw HTML "<base href'],
  ['body-style.md:20', 'body: found raw HTML "<style>'],
  ['body-iframe.md:20', 'body: found raw HTML "<iframe'],
  ['body-form.md:20', 'body: found raw HTML "<form'],
  ['body-stray-closing-tags.md:20', 'body: found raw HTML "</section></div></main>"'],
  ['body-heading-h1.md:20', 'body: found a level-1 heading'],
  [
    'body-heading-reserved.md:20',
    'body: found the heading "Sources", whose anchor #sources the page already uses',
  ],
  ['body-remote-image.md:20', 'body: found an image from "https://evil.example/pixel.png"'],
  ['js-link-inline.md:15', 'faq[0].answer: found a javascript: link ("javascript:alert(1)")'],
  ['js-link-mixed-case.md:15', 'faq[0].answer: found a javascript: link ("JaVaScRiPt:alert(1)")'],
  ['js-link-entity.md:15', 'faq[0].answer: found a javascript: link ("&#106;avascript:alert(1)")'],
  ['js-link-autolink.md:15', 'faq[0].answer: found a javascript: link'],
  ['js-link-reference.md:22', 'body: found a javascript: link'],
  ['js-link-body.md:20', 'body: found a javascript: link ("javascript:alert(document.cookie)")'],
  ['data-link-step.md:8', 'billing.residentialSteps[0]: found a data: link'],
  [
    'remote-image-in-field.md:15',
    'faq[0].answer: found an image ("https://evil.example/pixel.png")',
  ],
  ['html-in-field.md:15', 'faq[0].answer: found raw HTML "<img src=x onerror=alert(1)>"'],
  ['Victim.md', 'the file name is not a valid slug'],
  ['victim copy.md', 'the file name is not a valid slug'],
  ['vic\u200btim.md', 'the file name contains an invisible character U+200B'],
  ['victim_.md', 'the file name is not a valid slug'],
  ['shouting.MD', 'the file name is not a valid slug'],
  ['notes.txt', 'found a .txt file; expected only guides named <slug>.md'],
  ['nested', 'is a folder; expected guides directly in this folder'],
  ['linked-guide.md', 'is a symbolic link; expected a regular file'],
  ['name-markup.md:3', 'name: found markup-like text "<img/src=x onerror=alert(1)> L"'],
  ['name-control.md:3', 'name: found an invisible character U+0007'],
  [
    'name-formula.md:3',
    'name: found "=HYPERLINK(\\"https://evil.example\\",\\"x\\")"; expected a name starting with a letter or digit',
  ],
  [
    'x-duplicate-name.md:3',
    'name: found "example  municipal light", which reads the same as "Example Municipal Light" in tests/fixtures/hostile/victim.md; expected one guide per utility',
  ],
  [
    'x-homoglyph-name.md:3',
    'name: found "Ex\u0430mple Municipal Light", which reads the same as "Example Municipal Light" in tests/fixtures/hostile/victim.md',
  ],
  [
    'x-short-name.md:4',
    'shortName: found "Example Municipal Light", which reads the same as "Example Municipal Light"',
  ],
  ['x-unknown-eia.md:4', 'eiaIds[0]: found 99999999, which is not in the EIA-861 directory'],
  [
    'knoxville-utilities-board-tn.md:1',
    'the file name takes /utilities/knoxville-utilities-board-tn/, the page of Knoxville Utilities Board (EIA 10421) in the EIA directory',
  ],
  [
    'village-of-new-knoxville-oh-13464.md:1',
    'the file name takes /utilities/village-of-new-knoxville-oh-13464/, the page of Village of New Knoxville (EIA 13464)',
  ],
  ['alias-blowup.md:6', 'found a YAML anchor (&big); expected values written out'],
  ['alias-json-flow.md:8', 'found a YAML anchor (&a); expected values written out'],
  ['alias-plain.md:4', 'found a YAML alias (*s); expected values written out'],
  [
    'body-deep-list.md:20',
    'body: found 1200 quote or list markers opening one line; expected at most 8',
  ],
  [
    'body-deep-emphasis.md:22',
    'body: found a paragraph with more than 400 runs of emphasis markers (*, _ or ~)',
  ],
  [
    'body-image-reference.md:20',
    'body: found an image from "https://tracker.example/p.gif"; expected an image stored on this site',
  ],
  ['oversized.md', 'the file is 269 kB; expected at most 200 kB'],
  ['invalid-utf8.md:20', 'the file is not valid UTF-8 text'],
  ['hidden-character.md:3', 'name: found an invisible character U+202E'],
  ['future-date.md:8', 'lastUpdated: found "2999-01-01", which is in the future'],
];

function expectEveryClass(output: string) {
  for (const [file, message] of EXPECTED)
    expect(output, file).toContain(`${DIR}/${file}: ${message}`);
}

describe('hostile content', () => {
  it('has a fixture for every expected class, and only the victim is valid', () => {
    const names = readdirSync(DIR);
    for (const [file] of EXPECTED) expect(names).toContain(file.replace(/:\d+$/, ''));
    expect(names.length).toBe(EXPECTED.length + 1);
  });

  it('npm run check names every class and fails', () => {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
    // Every class is refused by a limit, not by running out of time or memory.
    expect(performance.now() - start).toBeLessThan(30_000);
    expect(run.status).toBe(1);
    expectEveryClass(run.stderr);
    expect(run.stdout).toContain('1 guide(s) valid');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  describe('astro build', () => {
    let output = '';
    let status: number | null = null;
    let outDir = '';
    beforeAll(() => {
      rmSync(MARKER, { force: true });
      outDir = join(mkdtempSync(join(tmpdir(), 'udg-hostile-')), 'dist');
      const run = spawnSync(
        process.execPath,
        ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
        { env, encoding: 'utf8' },
      );
      output = run.stdout + run.stderr;
      status = run.status;
    });

    it('fails, names every class, prints no stack trace', () => {
      expect(status).not.toBe(0);
      expectEveryClass(output);
      expect(output).toContain('nothing was built');
      expect(output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+/);
    });

    it('writes nothing, hands no MDX to the compiler and runs no contributor code', () => {
      expect(existsSync(outDir)).toBe(false);
      expect(existsSync(MARKER)).toBe(false);
      // The gate writes checked MDX bodies only when every check passes: none of these reached @astrojs/mdx.
      const checked = join(checkedMdxRoot(DIR, process.cwd()), 'guides');
      expect(existsSync(checked) ? readdirSync(checked) : []).toEqual([]);
    });
  });
});

describe('bodies that nest or hide images', () => {
  const deep = {
    'list markers': '- '.repeat(1200) + 'x',
    'block quotes': '>'.repeat(3000) + ' x',
    indentation: Array.from({ length: 400 }, (_, i) => ' '.repeat(2 * i) + '- x').join('\n'),
    emphasis: '*a _b '.repeat(700) + 'x' + ' c_ d*'.repeat(700),
    'strong emphasis': '**a '.repeat(2000) + 'x' + ' b**'.repeat(2000),
  };
  for (const [what, md] of Object.entries(deep))
    it(`refuses deep ${what} at once, with its line, before parsing`, () => {
      const start = performance.now();
      const { issues } = checkBody(md);
      expect(performance.now() - start).toBeLessThan(1000);
      expect(issues).toHaveLength(1);
      // The first line past the limit: line 1, or line 22 where indentation first passes 40 columns.
      expect(issues[0]).toMatchObject({ line: what === 'indentation' ? 22 : 1, severity: 'error' });
    });

  it('accepts the nesting real guides use', () => {
    const md =
      '- a\n  - b\n    - c\n      1. d\n\n> quote with *emphasis* and **strong** and ~~strike~~\n>\n> - item';
    expect(checkBody(md).issues).toEqual([]);
  });

  it('renders no remote image and no unsafe link, whatever construct made them', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'image', url: 'https://tracker.example/p.gif', alt: 'pixel' },
            { type: 'image', url: '//tracker.example/p.gif', alt: 'pixel' },
            { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] },
          ],
        },
      ],
    };
    const { html } = renderBody(tree, []);
    expect(html).not.toMatch(/<img|tracker|javascript/);
    expect(html).toContain('pixel');
  });
});
