/**
 * A valid guide that talks about attacks (in code spans and escaped text) builds, and no payload reaches
 * the built files as markup: the build proves the pipeline escapes what it does not refuse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { csvField, feedText, markdownText, xmlSafe } from '#src/lib/escape.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('a build of guides that mention payloads', () => {
  let out = '';
  let all = '';
  beforeAll(() => {
    out = join(mkdtempSync(join(tmpdir(), 'udg-escape-')), 'dist');
    const run = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
      {
        env: {
          ...process.env,
          GUIDES_DIR: 'tests/fixtures/escaped',
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(run.stdout + run.stderr);
    all = files(out)
      .filter(
        (f) =>
          /\.(html|xml|txt)$/.test(f) &&
          (!f.includes('/utilities/') || f.includes('payloads-as-text')),
      )
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
  }, 180_000);

  it('publishes the words but never the markup', () => {
    expect(all).toContain('&lt;script&gt;alert(&quot;escaped&quot;)&lt;/script&gt;');
    // Matches are printed alone, so a failure shows the offending markup, not every page.
    // The site's own search forms are the only forms; take them out before looking for injected ones.
    const own = all
      .replace(/<form class="site-search" role="search"[^>]*>/g, '')
      .replace(/<form role="search" aria-label="Search with filters"[^>]*>/g, '');
    const first = (re: RegExp) => own.match(re)?.[0];
    expect(first(/<script>alert\("escaped"\)/)).toBeUndefined();
    expect(first(/<(iframe|form|base|meta http-equiv="refresh"|style)[\s>]/i)).toBeUndefined();
    expect(first(/<[a-z][^<>]*\son[a-z]+\s*=/i)).toBeUndefined();
    expect(first(/href="\s*(javascript|data|vbscript):/i)).toBeUndefined();
  });

  it('keeps the words as data in the open-data JSON, which parses', () => {
    // JSON carries what the editor wrote, as a string; it is never markup until a consumer makes it so.
    const json = files(out).filter((f) => f.endsWith('.json'));
    expect(json.length).toBeGreaterThan(0);
    for (const f of json) expect(() => JSON.parse(readFileSync(f, 'utf8')), f).not.toThrow();
    const rows = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(JSON.stringify(rows)).toContain('Type \\\\<iframe src=x\\\\>');
  });

  it('writes a feed that is valid XML, with the name as text', () => {
    const xml = readFileSync(join(out, 'updates.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('Example ]]&gt; Escaping ]]&gt; &amp; Utility: guide updated');
    // The change summary is rendered as inline Markdown: text escaped, code kept as code.
    expect(xml).toContain(
      'Worst case for the feed: ]]&gt; twice ]]&gt;, an ampersand &amp;, 5 &lt; 6',
    );
    expect(xml).toContain('<code>&lt;b&gt;code&lt;/b&gt;</code>');
  });

  it('writes llms.txt with the name as one link text', () => {
    const line = readFileSync(join(out, 'llms.txt'), 'utf8')
      .split('\n')
      .find((l) => l.includes('/utilities/payloads-as-text/'))!;
    expect(line.startsWith('- [Example \\]\\]\\> Escaping \\]\\]\\> & Utility](')).toBe(true);
  });

  it('writes a CSV no spreadsheet reads a formula from', () => {
    const cells = readFileSync(join(out, 'compare.csv'), 'utf8')
      .split(/,|\r\n/)
      .map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+@]|^-(?!\d)/.test(c))).toEqual([]);
  });
});

describe('escaping for each format', () => {
  it('CSV: formulas get an apostrophe, numbers stay numbers, fields are quoted as RFC 4180 says', () => {
    expect(csvField('=HYPERLINK("https://evil.example")')).toBe(
      '"\'=HYPERLINK(""https://evil.example"")"',
    );
    expect(csvField('+1 555')).toBe("'+1 555");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });
  it('XML: characters XML cannot carry are dropped; feed text is HTML-escaped', () => {
    expect(xmlSafe('a\u0007b\u0000c\uffffd\n')).toBe('abcd\n');
    expect(feedText('<img src=x> ]]> & \u0007')).toBe('&lt;img src=x&gt; ]]&gt; &amp; ');
  });
  it('Markdown: one line, no links, images, emphasis or HTML', () => {
    expect(markdownText('a](javascript:x)\n# heading *b* <i>')).toBe(
      'a\\]\\(javascript:x\\) # heading \\*b\\* \\<i\\>',
    );
  });
});
