import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGuides } from '#src/content/guides.ts';
import { buildListings } from '#src/directory/listings.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import {
  compareCsv,
  compareRow,
  COLUMNS,
  DATA_COLUMNS,
  dataCsv,
  dataRecord,
  FIELD_COLUMNS,
} from '#src/views/compare.ts';
import { CRITERIA, MAX_SCORE, score, scoreText } from '#src/views/score.ts';
import { differences, sideBySideHtml } from '#src/views/side-by-side.ts';
import { guidePairs, MAX_GUIDES_PER_STATE } from '#src/views/pairs.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.md', 'utf8');
/** A guide whose one source is the utility's own page (`kind` changes that source's kind). */
const guide = (yaml = '', slug = 'x', kind = 'utility') => {
  const source = minimal
    .replace('states: [TN]', `states: [TN]\n${yaml}`)
    .replace('kind: other', `kind: ${kind}`);
  const { guides, problems } = checkGuides([{ path: `${slug}.md`, slug, format: 'md', source }]);
  if (!guides[0]) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return guides[0];
};
const FULL = `eiaIds: [16949]
greenButton:
  downloadMyData: available
  connectMyData: available
  cite: [fixture]
api: { status: planned, cite: [fixture] }
edi: { status: available, purposes: [retail-market], cite: [fixture] }
billing: { selfServiceExport: { status: "yes", formats: [CSV], cite: [fixture] } }
intervalData:
  meters: [{ status: deployed, technology: ami, cite: [fixture] }]
  electric: { granularity: [{ value: 15-minute, cite: [fixture] }] }
thirdPartyAccess:
  routes:
    - { id: gbc, kind: green-button-connect, name: Connect, status: available, turnaround: { min: 2, max: 5, unit: business-days }, cite: [fixture] }`;

describe('score', () => {
  it('adds the points of each criterion, to a maximum of 100', () => {
    expect(MAX_SCORE).toBe(100);
    expect(CRITERIA.map((c) => c.id)).toHaveLength(8);
    const s = score(guide(FULL).data);
    // Everything best-level except API (planned: 3 of 10).
    expect(s.points).toBe(93);
    expect(s.unknown).toBe(0);
    expect(scoreText(s)).toBe('93/100');
  });

  it('counts points resting on reported values apart, and says so', () => {
    const s = score(guide(FULL, 'x', 'commercial').data);
    expect(s).toMatchObject({ points: 93, reportedPoints: 93, scored: true });
    expect(scoreText(s)).toBe('93/100 (93 points reported, not confirmed)');
  });

  it('gives no number when too few criteria are published', () => {
    const s = score(guide().data);
    expect(s.points).toBe(0);
    expect(s.unknown).toBe(8);
    expect(s.scored).toBe(false);
    expect(scoreText(s)).toBe('Not enough published to score (0 of 8 criteria published)');
    const four = `greenButton: { downloadMyData: available, connectMyData: available, cite: [fixture] }
api: { status: planned, cite: [fixture] }
edi: { status: available, cite: [fixture] }`;
    expect(score(guide(four).data).scored).toBe(false);
    const five = `${four}\nbilling: { selfServiceExport: { status: "no", cite: [fixture] } }`;
    expect(scoreText(score(guide(five).data))).toBe('43/100 (3 of 8 criteria not published)');
  });

  it('scores "not available" 0 without calling it unknown', () => {
    const s = score(guide('api: { status: not-available, cite: [fixture] }').data);
    expect(s.parts.find((p) => p.id === 'api')).toMatchObject({ points: 0, unknown: false });
    expect(s.unknown).toBe(7);
  });
});

describe('compare rows', () => {
  const entry: DirectoryEntry = {
    id: '16949',
    eiaId: 16949,
    name: 'Example - (TN)',
    slug: 'example-tn',
    states: ['TN'],
    ownership: 'municipal',
    ownershipEia: 'Municipal',
    shortForm: false,
    dataYear: 2018,
    customers: { residential: 90, commercial: 10, industrial: 0, transportation: 0, total: 100 },
    meters: { ami: 50, amr: 0, total: 100 },
    counties: { TN: ['Sevier'] },
  };
  const other: DirectoryEntry = {
    ...entry,
    id: '7',
    eiaId: 7,
    name: 'Other Town',
    slug: 'other-town-tn',
  };
  const listings = buildListings([guide(FULL)], [entry, other]);

  it('carry the guide’s own values, and the guide claims its EIA entry', () => {
    expect(listings).toHaveLength(2);
    const row = compareRow(listings.find((l) => l.guide)!);
    expect(row.cells['gb-cmd']).toMatchObject({ text: 'Available', tone: 'yes' });
    expect(row.cells.api).toMatchObject({ text: 'Planned', tone: 'partial' });
    expect(row.cells.interval.text).toBe('15-minute');
    expect(row.cells.export.text).toBe('Yes (CSV)');
    expect(row.cells.turnaround.text).toBe('2–5 business days');
    expect(row.cells.customers.text).toBe('100');
    expect(row.cells.score.text).toBe('93/100');
  });

  it('show EIA facts and "no guide yet" for a directory utility, never a guess', () => {
    const row = compareRow(listings.find((l) => !l.guide)!);
    expect(row.cells.meters.text).toBe('50.0% AMI (EIA-861, 2018)');
    expect(row.cells['gb-dmd'].text).toBe('No guide yet');
    expect(row.cells.score.text).toBe('No guide yet');
  });

  it('write the same columns to CSV, quoting as needed', () => {
    const csv = compareCsv(listings.map(compareRow), 'https://e.org');
    const [head, ...lines] = csv.split('\r\n');
    expect(head).toBe(
      [
        'slug',
        'eia_ids',
        ...COLUMNS.flatMap((c) =>
          'capability' in c ? [c.label, `${c.label} evidence`] : [c.label],
        ),
        ...FIELD_COLUMNS.map((c) => `Data field: ${c.label}`),
        'url',
      ].join(','),
    );
    expect(lines.find((l) => l.startsWith('other-town-tn,'))).toMatch(
      /^other-town-tn,7,Other Town,Municipal utility,TN,100,/,
    );
    expect(csv).toContain('https://e.org/utilities/x/');
  });
});

describe('machine CSV (/data/utilities.csv)', () => {
  it('has the documented snake_case columns and typed values a program can parse', () => {
    const listings = buildListings([guide(FULL)], [] as DirectoryEntry[]);
    const csv = dataCsv(listings.map(compareRow), 'https://e.org');
    const [head, line] = csv.split('\r\n');
    expect(head).toBe(DATA_COLUMNS.map((c) => c.name).join(','));
    expect(head).toMatch(/^[a-z_,]+$/);
    // One name per column: a repeated name would shift every later value in the JSON's `values`.
    expect(new Set(DATA_COLUMNS.map((c) => c.name)).size).toBe(DATA_COLUMNS.length);
    const values = dataRecord(listings.map(compareRow)[0]!, 'https://e.org');
    expect(values).toMatchObject({
      has_guide: true,
      score: 93,
      turnaround_business_days: 5,
      states: ['TN'],
    });
    const row = Object.fromEntries(head!.split(',').map((k, i) => [k, line!.split(',')[i]]));
    expect(row).toMatchObject({
      slug: 'x',
      eia_ids: '', // no directory entries in this test
      has_guide: 'true',
      gb_cmd: 'yes',
      gb_cmd_evidence: 'confirmed',
      api: 'partial',
      turnaround_business_days: '5',
      score: '93',
    });
    expect(Number.isInteger(Number(row.customers))).toBe(true);
    expect(row.ownership).toMatch(/^[a-z-]+$/);
  });
});

describe('side by side', () => {
  it('marks the rows where utilities differ, in words', () => {
    const cols = [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ];
    const us = [
      { slug: 'p', name: 'P', cells: { a: { text: 'Yes' }, b: { text: 'No' } } },
      { slug: 'q', name: 'Q', cells: { a: { text: 'Yes' }, b: { text: 'Yes' } } },
    ];
    expect([...differences(cols, us)]).toEqual(['b']);
    const html = sideBySideHtml(cols, us);
    expect(html).toContain(
      '<tr class="differs"><th scope="row">B <span class="differs-mark">differs</span>',
    );
    expect(html).not.toContain('<tr class="differs"><th scope="row">A');
    // Each value names its utility, so the stacked cards on a phone say whose value it is.
    expect(html).toContain('<td data-label="Q">Yes</td>');
  });

  it('caps static pairs per state', () => {
    const ls = Array.from({ length: 12 }, (_, i) => ({
      slug: `u${String(i).padStart(2, '0')}`,
      states: ['TX'],
      guide: true,
    }));
    const pairs = guidePairs(ls, (l) => Number(l.slug.slice(1)));
    expect(pairs).toHaveLength((MAX_GUIDES_PER_STATE * (MAX_GUIDES_PER_STATE - 1)) / 2);
    expect(pairs.flat().some((l) => l.slug === 'u00')).toBe(false);
  });
});
