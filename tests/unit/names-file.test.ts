/**
 * The names people use for directory utilities (content/names/): each entry rests on its sources, its website
 * is the host of a cited utility page, each utility is named once and exists in EIA-861, and a brand titles
 * the page with EIA's spelled-out name beside it when the brand does not already say it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCollection } from '#src/content/collections.ts';
import { buildListings, withBrand } from '#src/directory/listings.ts';
import { companies } from '#src/views/companies.ts';
import type { NameEntry } from '#src/schema/collections.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';

const entries = JSON.parse(
  readFileSync('content/directory/eia-861.json', 'utf8'),
) as DirectoryEntry[];
const src = (id: string, url: string, kind = 'utility') =>
  `{ id: ${id}, title: Page, url: "${url}", kind: ${kind}, accessed: 2026-06-04 }`;

/** Problems of one names file written into a fresh project root that has the real directory. */
function problemsOf(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'udg-names-'));
  mkdirSync(join(root, 'content/names'), { recursive: true });
  mkdirSync(join(root, 'content/directory'), { recursive: true });
  writeFileSync(join(root, 'content/directory/eia-861.json'), JSON.stringify(entries));
  writeFileSync(join(root, 'content/names/part-1.md'), `---\nentries:\n${yaml}---\n`);
  return loadCollection('names', root).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);
}

describe('names file', () => {
  it('accepts an entry whose website is the host of its cited utility page', () => {
    expect(
      problemsOf(
        `  - eiaId: 16604\n    name: CPS Energy\n    website: https://www.cpsenergy.com/\n    sources:\n      - ${src('cps', 'https://cpsenergy.com/en/about-us.html')}\n`,
      ),
    ).toEqual([]);
  });

  it('refuses a website no cited utility page is on, and an entry resting only on secondary sources', () => {
    const p = problemsOf(
      `  - eiaId: 16604\n    name: CPS Energy\n    website: https://evil.example/\n    sources:\n      - ${src('news', 'https://news.example/cps', 'news')}\n`,
    );
    expect(p.join('\n')).toContain('found only secondary sources');
    expect(p.join('\n')).toContain(
      'found https://evil.example/, but no cited utility page is on evil.example',
    );
  });

  it('refuses an EIA ID that is not in the directory, and a utility named twice, with their lines', () => {
    const one = (id: number) =>
      `  - eiaId: ${id}\n    name: X\n    website: https://x.example/\n    sources:\n      - ${src(`s${id}`, 'https://x.example/a')}\n`;
    const p = problemsOf(one(99999999) + one(16604) + one(16604));
    expect(p).toContain(
      '3: entries[0].eiaId: found 99999999, which is not in the EIA-861 directory; expected the number EIA lists for this utility',
    );
    expect(p.some((x) => /entries\[2\]\.eiaId: found 16604 again/.test(x))).toBe(true);
  });

  it('refuses a contact citing a source the entry does not list', () => {
    const p = problemsOf(
      `  - eiaId: 16604\n    name: CPS Energy\n    website: https://cpsenergy.com/\n    contacts:\n      - { label: Customer service, type: phone, value: (210) 353-2222, cite: [nope] }\n    sources:\n      - ${src('cps', 'https://cpsenergy.com/')}\n`,
    );
    expect(p.join('\n')).toContain("found nope, which is not one of this entry's sources");
  });
});

describe('a brand on a directory page', () => {
  it('leads, with EIA’s spelled-out name beside it only when the brand does not start with it', () => {
    expect(withBrand('CPS Energy', 'City of San Antonio')).toBe('City of San Antonio');
    expect(withBrand('Appalachian Power', 'Appalachian Power Company')).toBeUndefined();
    expect(withBrand('SMUD', 'Sacramento Municipal Utility District')).toBe(
      'Sacramento Municipal Utility District',
    );
  });

  it('renames the listing and keeps its slug, for directory utilities only', () => {
    const sa = entries.find((e) => e.eiaId === 16604)!;
    const named = {
      eiaId: 16604,
      name: 'CPS Energy',
      aliases: [],
      website: 'https://cpsenergy.com/',
      contacts: [],
      sources: [],
    } as unknown as NameEntry;
    const [l] = buildListings([], [sa], new Map([[16604, named]]));
    expect(l).toMatchObject({
      slug: sa.slug,
      name: 'CPS Energy',
      legalName: 'City of San Antonio',
      names: named,
    });
  });
});

describe('parent-company pages from the names file', () => {
  it('group directory utilities under the parent their entry cites, however it is written', () => {
    const m = (slug: string, parent: string) => ({
      slug,
      name: slug,
      states: ['KS'],
      parent,
      sources: [{ title: 'Page', url: 'https://e.org/' }],
    });
    const list = companies(
      [],
      [m('a', 'Evergy, Inc.'), m('b', 'Evergy'), m('c', 'The AES Corporation')],
    );
    expect(list.map((c) => [c.slug, c.named.map((x) => x.slug)])).toEqual([
      ['evergy', ['a', 'b']],
      ['aes', ['c']],
    ]);
  });
});
