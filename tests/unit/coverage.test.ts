/**
 * Coverage by customers, not by count (src/views/coverage.ts): the computation on small hand-made entries
 * (nulls, multi-state utilities, delivery-only utilities), and the per-state totals of the real directory
 * checked against an INDEPENDENT sum read straight from EIA's own workbooks in data/eia-861/2018/.
 */
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import { parseGuide } from './guide-fixture.ts';
import { buildListings } from '#src/directory/listings.ts';
import { answers } from '#src/views/answered.ts';
import type { CustomerCounts, DirectoryEntry, MeterCounts } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import type { Utility } from '#src/schema/utility.ts';
import {
  coverage,
  coverageText,
  directorySlugs,
  guidedEiaIds,
  largestServing,
  sharePercent,
  withoutGuide,
} from '#src/views/coverage.ts';

const customers = (total: number | null): CustomerCounts => ({
  residential: null,
  commercial: null,
  industrial: null,
  transportation: null,
  total,
});
const meters = (ami: number | null, total: number | null = ami): MeterCounts => ({
  ami,
  amr: null,
  total,
});

function entry(
  eiaId: number,
  states: StateCode[],
  over: Partial<DirectoryEntry> = {},
): DirectoryEntry {
  return {
    id: String(eiaId),
    eiaId,
    name: `Utility ${eiaId}`,
    slug: `utility-${eiaId}-${states[0]!.toLowerCase()}`,
    states,
    ownership: 'cooperative',
    ownershipEia: 'Cooperative',
    shortForm: false,
    dataYear: 2018,
    customers: customers(100),
    meters: meters(50, 100),
    counties: {},
    ...over,
  };
}

// A small country: two Tennessee utilities, one spanning TN and VA (per-state figures), a short-form filer
// with no published total, and a Texas delivery-only wires utility with meters but no customer count.
const tnCoop = entry(1, ['TN'], { customers: customers(1000), meters: meters(800, 1000) });
const tnVa = entry(2, ['TN', 'VA'], {
  customers: customers(3000),
  customersByState: { TN: customers(1000), VA: customers(2000) },
  meters: meters(null, 3000),
  metersByState: { TN: meters(null, 1000), VA: meters(null, 2000) },
});
const noTotal = entry(3, ['TN'], { shortForm: true, customers: customers(null), meters: null });
const tdu = entry(4, ['TX'], { name: 'Wires Co', customers: null, meters: meters(5000, 5100) });
const txCity = entry(5, ['TX'], { customers: customers(400), meters: meters(0, 400) });
const ENTRIES = [tnCoop, tnVa, noTotal, tdu, txCity];

describe('coverage', () => {
  test('national: null counts add to neither the covered figure nor the total', () => {
    const c = coverage(ENTRIES, new Set([1, 3]));
    // 1000 + 3000 + 400; entry 3's null total and the TDU's null customers are left out of both sides.
    expect(c.customers).toEqual({ covered: 1000, total: 4400, share: 1000 / 4400 });
    // AMI: 800 + 5000 + 0; entry 2's null AMI and entry 3's null meters add nothing.
    expect(c.amiMeters).toEqual({ covered: 800, total: 5800, share: 800 / 5800 });
    expect(c.utilities).toEqual({ withGuide: 2, total: 5 });
    expect(c.customersNotReported).toBe(1);
    expect(c.dataYear).toBe(2018);
  });

  test('a multi-state utility counts only its figures in each state', () => {
    const tn = coverage(ENTRIES, new Set([2]), 'TN');
    expect(tn.customers).toEqual({ covered: 1000, total: 2000, share: 0.5 });
    expect(tn.amiMeters).toEqual({ covered: 0, total: 800, share: 0 });
    expect(tn.utilities).toEqual({ withGuide: 1, total: 3 });
    const va = coverage(ENTRIES, new Set([2]), 'VA');
    expect(va.customers).toEqual({ covered: 2000, total: 2000, share: 1 });
    // EIA reported VA meters but no AMI figure: nothing counted, so no share (not 0%).
    expect(va.amiMeters).toEqual({ covered: 0, total: 0, share: null });
    expect(sharePercent(va.amiMeters)).toBe('');
    expect(va.utilities).toEqual({ withGuide: 1, total: 1 });
  });

  test('a delivery-only utility: its meters count, its customers cannot, and pages say so', () => {
    const tx = coverage(ENTRIES, new Set([4]), 'TX');
    expect(tx.customers).toEqual({ covered: 0, total: 400, share: 0 });
    expect(tx.amiMeters).toEqual({ covered: 5000, total: 5000, share: 1 });
    expect(tx.deliveryOnly).toEqual([
      // Pages show EIA's name spelled out (src/directory/names.ts).
      { eiaId: 4, name: 'Wires Company', states: ['TX'], amiMeters: 5000, hasGuide: true },
    ]);
    const words = coverageText(tx);
    expect(words.customersPercent).toBe('0%');
    expect(words.amiPercent).toBe('100%');
    expect(words.deliveryOnlyNote).toMatch(
      /^Customers in Texas’s competitive \(ERCOT\) area are not in these customer counts: EIA counts them under their retail electric providers/,
    );
    expect(words.deliveryOnlyNote).toContain('(Wires Company)');
    expect(words.deliveryOnlyNote).toContain('5,000 smart meters');
    // No delivery-only entry in Tennessee: no note.
    expect(coverageText(coverage(ENTRIES, new Set(), 'TN')).deliveryOnlyNote).toBeUndefined();
  });

  test('utilities without a guide: by customers, with cumulative share; the unrankable kept apart', () => {
    const { ranked, unranked, total, covered } = withoutGuide(ENTRIES, new Set([1]));
    expect(total).toBe(4400);
    expect(covered).toBe(1000);
    expect(ranked.map((r) => [r.rank, r.entry.eiaId, r.customers, r.cumulative])).toEqual([
      [1, 2, 3000, 3000],
      [2, 5, 400, 3400],
    ]);
    expect(ranked[1]!.cumulativeShare).toBeCloseTo(3400 / 4400);
    expect(ranked[1]!.coverageIfWritten).toBeCloseTo(1);
    expect(unranked.map((u) => [u.entry.eiaId, u.reason])).toEqual([
      [4, 'delivery-only'],
      [3, 'not-reported'],
    ]);
    const va = withoutGuide(ENTRIES, new Set(), 'VA');
    expect(va.ranked.map((r) => [r.entry.eiaId, r.customers, r.cumulativeShare])).toEqual([
      [2, 2000, 1],
    ]);
  });

  test('how many of the largest utilities serve half the customers', () => {
    expect(largestServing(ENTRIES)).toEqual({ utilities: 1, customers: 3000, total: 4400 });
    // 1000 of 2000 in TN: the first already reaches half exactly.
    expect(largestServing(ENTRIES, 0.5, 'TN')).toEqual({
      utilities: 1,
      customers: 1000,
      total: 2000,
    });
    expect(largestServing(ENTRIES, 0.9)).toEqual({ utilities: 2, customers: 4000, total: 4400 });
    expect(largestServing(ENTRIES, 0.95)).toEqual({ utilities: 3, customers: 4400, total: 4400 });
    expect(largestServing([])).toEqual({ utilities: 0, customers: 0, total: 0 });
  });

  test('shares as readers see them never round to a claim the data does not make', () => {
    expect(sharePercent({ covered: 0, total: 10, share: 0 })).toBe('0%');
    expect(sharePercent({ covered: 1, total: 100_000, share: null })).toBe('under 0.1%');
    expect(sharePercent({ covered: 99_999, total: 100_000, share: null })).toBe('over 99.9%');
    expect(sharePercent({ covered: 1, total: 8, share: null })).toBe('12.5%');
    expect(sharePercent({ covered: 8, total: 8, share: null })).toBe('100%');
  });

  test('mixed data years are an error, not a silent average', () => {
    expect(() => coverage([tnCoop, { ...txCity, dataYear: 2019 }], new Set())).toThrow(
      /one EIA-861 data year/,
    );
  });

  test('the guided set and page slugs come from the buildListings join', () => {
    const guide = (slug: string, eiaIds: Utility['eiaIds']) => ({
      slug,
      data: { name: slug, states: ['TN'], eiaIds } as unknown as Utility,
    });
    // A guide that took a directory slug pushes that entry's page to slug-eiaId; 'unknown' claims nothing.
    const listings = buildListings([guide('a', [1, 999]), guide(tnVa.slug, 'unknown')], ENTRIES);
    expect([...guidedEiaIds(listings)]).toEqual([1]);
    const slugs = directorySlugs(listings);
    expect(slugs.has(1)).toBe(false);
    expect(slugs.get(2)).toBe(`${tnVa.slug}-2`);
    expect(slugs.get(4)).toBe(tdu.slug);
  });
});

/**
 * Independent check against EIA's workbooks. This deliberately does NOT use the importer
 * (src/directory/eia861.ts) or its sheet helpers: it reads the raw rows and sums them here, applying only the
 * inclusion rules that matter for a state total:
 *   Sales_Ult_Cust (sheet "States"): the TOTAL / Customers "Count" of rows with Service Type Bundled
 *     (Parts A, D) or Delivery (Part C). Energy-only rows (Part B) are skipped: the delivering utility counts
 *     the same customers in Part C. Rows of ownership "Behind the Meter" (rooftop-solar owners, which EIA
 *     itself leaves out of state totals) and "Retail Power Marketer" are skipped, as is the statistical
 *     adjustment utility 99999 (it stands for the short-form filers, added individually below).
 *   Short_Form (sheet "861S"): Total Customers of each EIA-861S filer in the state.
 *   Advanced_Meters (sheet "states"): AMI / Total, skipping utilities that Sales_Ult_Cust or Short_Form
 *     label Behind the Meter or Retail Power Marketer (the meter sheet has no ownership column) and 99999.
 *   "." or a blank is no data: it adds nothing.
 * The directory excludes a few more kinds of entity (transmission-only, wholesale-only, energy-only
 * utilities); none has Bundled/Delivery customers or, in these states, AMI meters, so the sums must match.
 */
describe('per-state totals agree with an independent sum over the EIA-861 2018 workbooks', () => {
  const DIR = 'data/eia-861/2018';
  // TN and GA are bundled-service states (short-form filers matter in GA). CA and TX are where the other rules
  // bite: CA's community choice aggregators are energy-only rows (counting them adds ~2 million customers), and
  // TX's retail electric providers are retail power marketers (counting them adds ~7 million) while its wires
  // utilities are delivery-only, with AMI meters but no customer count.
  const STATES = ['TN', 'GA', 'CA', 'TX'] as const;
  type Rows = unknown[][];
  const sheet = async (file: string, name: string): Promise<Rows> => {
    const sheets = await readXlsxFile(`${DIR}/${file}`);
    const s = sheets.find((x) => x.sheet.trim().toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`${file}: no sheet ${name}`);
    return s.data as Rows;
  };
  const num = (v: unknown): number | null =>
    typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : null;
  /** Index of the header row (the one holding "Utility Number") and a lookup of columns by their text. */
  const header = (rows: Rows) => {
    const at = rows.findIndex((r) =>
      r.some((c) => typeof c === 'string' && c.trim() === 'Utility Number'),
    );
    if (at < 0) throw new Error('no header row with "Utility Number"');
    const col = (name: string) => {
      const i = rows[at]!.findIndex(
        (c) => typeof c === 'string' && c.trim().toLowerCase().startsWith(name.toLowerCase()),
      );
      if (i < 0) throw new Error(`no column "${name}"`);
      return i;
    };
    return { at, col };
  };
  /** Column of a measure under a group label spread over merged cells in the row above the header. */
  const under = (rows: Rows, at: number, group: string, name: string) => {
    const start = rows[at - 1]!.findIndex(
      (c) => typeof c === 'string' && c.trim().toLowerCase().startsWith(group.toLowerCase()),
    );
    if (start < 0) throw new Error(`no group "${group}"`);
    for (let i = start; i < rows[at]!.length; i++) {
      if (i > start && rows[at - 1]![i]) break;
      if (
        String(rows[at]![i] ?? '')
          .trim()
          .toLowerCase() === name.toLowerCase()
      )
        return i;
    }
    throw new Error(`no "${name}" under "${group}"`);
  };

  const independent = (async () => {
    const SKIP_OWNERSHIP = new Set(['behind the meter', 'retail power marketer']);
    const customers = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<string, number>;
    const ami = { ...customers };
    const skipIds = new Set<number>([99999]);

    const sales = await sheet('Sales_Ult_Cust_2018.xlsx', 'States');
    const sh = header(sales);
    const [sId, sType, sState, sOwn] = ['Utility Number', 'Service Type', 'State', 'Ownership'].map(
      sh.col,
    );
    // TOTAL's three columns are Revenues, Sales, Customers; the row two above the header names the group.
    const totalGroup = sales[sh.at - 2]!.findIndex((c) => c === 'TOTAL');
    const sCustomers = totalGroup + 2;
    expect(sales[sh.at - 1]![sCustomers]).toBe('Customers');
    expect(sales[sh.at]![sCustomers]).toBe('Count');
    for (const r of sales.slice(sh.at + 1)) {
      const id = num(r[sId!]);
      if (id === null) continue; // footnote rows
      if (SKIP_OWNERSHIP.has(String(r[sOwn!]).trim().toLowerCase())) skipIds.add(id);
      const state = String(r[sState!]);
      if (
        !(state in customers) ||
        skipIds.has(id) ||
        SKIP_OWNERSHIP.has(String(r[sOwn!]).trim().toLowerCase())
      )
        continue;
      if (!['Bundled', 'Delivery'].includes(String(r[sType!]).trim())) continue;
      customers[state]! += num(r[sCustomers]) ?? 0;
    }

    const short = await sheet('Short_Form_2018.xlsx', '861S');
    const fh = header(short);
    const [fId, fState, fOwn, fTotal] = [
      'Utility Number',
      'State',
      'Ownership',
      'Total Customers',
    ].map(fh.col);
    for (const r of short.slice(fh.at + 1)) {
      const id = num(r[fId!]);
      if (id === null) continue;
      if (SKIP_OWNERSHIP.has(String(r[fOwn!]).trim().toLowerCase())) {
        skipIds.add(id);
        continue;
      }
      const state = String(r[fState!]);
      if (state in customers) customers[state]! += num(r[fTotal!]) ?? 0;
    }

    const meters = await sheet('Advanced_Meters_2018.xlsx', 'states');
    const mh = header(meters);
    const [mId, mState] = ['Utility Number', 'State'].map(mh.col);
    const mAmi = under(meters, mh.at, 'Number AMI', 'Total');
    for (const r of meters.slice(mh.at + 1)) {
      const id = num(r[mId!]);
      if (id === null || skipIds.has(id)) continue;
      const state = String(r[mState!]);
      if (state in ami) ami[state]! += num(r[mAmi]) ?? 0;
    }
    return { customers, ami };
  })();

  const entries = JSON.parse(
    readFileSync('content/directory/eia-861.json', 'utf8'),
  ) as DirectoryEntry[];

  for (const state of STATES) {
    test(`${state}: customers and AMI meters`, async () => {
      const sums = await independent;
      const c = coverage(entries, new Set(), state);
      // Sanity: the sums are of real size (millions of customers), so a broken reader cannot pass with 0 = 0.
      expect(sums.customers[state]).toBeGreaterThan(1_000_000);
      expect(sums.ami[state]).toBeGreaterThan(1_000_000);
      expect(c.customers.total).toBe(sums.customers[state]);
      expect(c.amiMeters.total).toBe(sums.ami[state]);
    });
  }
});

describe('answered coverage: a confirmed customer route with steps, and a stated answer for third parties', () => {
  const guide = (yaml: string): Utility =>
    parseGuide(yaml, {
      sources: `sources:
  - { id: own, title: Our portal, url: "https://example.org/p", kind: utility, accessed: 2026-06-04 }
  - { id: blog, title: A vendor guide, url: "https://example.com/g", kind: commercial, accessed: 2026-06-04 }`,
    });
  const method = (cite: string) => `accessMethods:
  - method: Online account
    status: { status: available, cite: [${cite}] }
    firstParty: { status: "yes", cite: [${cite}] }
    dataTypes: [usage]
    cite: [${cite}]`;
  const steps = `billing:
  residentialSteps: [Sign in to the online account.]
  cite: [own]`;
  const route = (status: string) => `thirdPartyAccess:
  routes:
    - { id: loa, kind: authorization-form, name: Letter, status: { status: ${status}, cite: [own] } }`;

  test('a confirmed method with steps and a stated third-party route answers both halves', () => {
    expect(answers(guide([method('own'), steps, route('not-available')].join('\n')))).toEqual({
      customer: true,
      thirdParty: true,
    });
  });
  test('a method only a commercial guide reports does not answer the customer half', () => {
    expect(answers(guide([method('blog'), steps, route('available')].join('\n'))).customer).toBe(
      false,
    );
  });
  test('no steps on the page: not answered; an unknown third-party status: not answered', () => {
    const a = answers(guide([method('own'), route('unknown')].join('\n')));
    expect(a).toEqual({ customer: false, thirdParty: false });
  });
});
