import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import {
  assignSlugs,
  buildDirectory,
  directorySlug,
  existingSlugs,
  slugify,
  type BuildResult,
} from '#src/directory/eia861.ts';
import { LIMITS, loadEia861, type LoadedInput } from '#src/directory/eia861-files.ts';
import { customersIn, metersIn } from '#src/directory/entry.ts';
import {
  directoryEntrySchema,
  directoryMetaSchema,
  type DirectoryEntry,
} from '#src/schema/directory.ts';

// The official 2018 workbooks are committed under data/ (public domain), so the tests run on any clone.
const EIA_2018 = process.env.EIA_861_2018_DIR ?? resolve('data/eia-861/2018');
const FIXTURES = 'tests/fixtures/eia';

const HINT_FILES =
  'Hint: pass the folder (or the zip) of one EIA-861 year from https://www.eia.gov/electricity/data/eia861/ with the workbook names unchanged.';
const HINT_WORKBOOK =
  'Hint: use the unmodified workbook from https://www.eia.gov/electricity/data/eia861/; if EIA changed the layout, update the column names in src/directory/eia861.ts.';

/** Runs the real CLI, writing into a fresh temporary folder. */
function runImport(input: string, prepare?: (outDir: string) => void) {
  const outDir = mkdtempSync(join(tmpdir(), 'udg-eia-'));
  prepare?.(outDir);
  const out = join(outDir, 'eia-861.json');
  const started = Date.now();
  const run = spawnSync(process.execPath, ['scripts/import-eia.ts', input, '--out', out], {
    encoding: 'utf8',
  });
  const ms = Date.now() - started;
  const read = (name: string) => readFileSync(join(outDir, name), 'utf8');
  return {
    run,
    ms,
    outDir,
    out,
    files: () => readdirSync(outDir).sort(),
    read,
    cleanup: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

const entriesOf = (text: string) => JSON.parse(text) as DirectoryEntry[];

describe('slugs', () => {
  it('slugify(name) + "-" + primary state, dropping an EIA "- (ST)" suffix that repeats the state', () => {
    expect(directorySlug('Sevier County Electric System', 'TN')).toBe(
      'sevier-county-electric-system-tn',
    );
    expect(directorySlug('City of Abbeville - (SC)', 'SC')).toBe('city-of-abbeville-sc');
    expect(directorySlug('City of Adel- (GA)', 'GA')).toBe('city-of-adel-ga');
    expect(directorySlug('Blue Ridge Mountain EMC - (GA)', 'NC')).toBe(
      'blue-ridge-mountain-emc-ga-nc',
    );
    expect(slugify('Pacific Gas & Electric Co.')).toBe('pacific-gas-and-electric-co');
    expect(slugify("Emerald People's Utility Dist")).toBe('emerald-peoples-utility-dist');
  });

  it('appends the EIA ID only to entries that collide, keeps existing slugs and never reuses one', () => {
    const fresh = assignSlugs([
      { eiaId: 1, name: 'Springfield Utilities', state: 'MO' },
      { eiaId: 2, name: 'Springfield Utilities', state: 'MO' },
      { eiaId: 3, name: 'Springfield Utilities', state: 'IL' },
    ]);
    expect([...fresh.values()]).toEqual([
      'springfield-utilities-mo-1',
      'springfield-utilities-mo-2',
      'springfield-utilities-il',
    ]);
    const again = assignSlugs(
      [
        { eiaId: 1, name: 'Renamed Utility', state: 'MO' },
        { eiaId: 4, name: 'Springfield Utilities', state: 'IL' },
      ],
      [
        { eiaId: 1, slug: 'springfield-utilities-mo-1' },
        { eiaId: 3, slug: 'springfield-utilities-il' },
      ],
    );
    expect(again.get(1)).toBe('springfield-utilities-mo-1');
    expect(again.get(4)).toBe('springfield-utilities-il-4');
  });
});

describe('EIA-861 2018: the official workbooks', () => {
  let loaded: LoadedInput;
  let result: BuildResult;
  let byId: Map<number, DirectoryEntry>;
  let salesStates: unknown[][];

  beforeAll(async () => {
    loaded = await loadEia861(EIA_2018);
    result = buildDirectory(loaded.records, {
      generatedAt: '2026-01-01',
      inputFiles: loaded.fileNames,
    });
    byId = new Map(result.entries.map((e) => [e.eiaId, e]));
    salesStates = (await readSheet(
      join(EIA_2018, 'Sales_Ult_Cust_2018.xlsx'),
      'States',
    )) as unknown[][];
  }, 120_000);

  it('SCES (16949): municipal, Tennessee, 55,166 AMI meters of 55,166', () => {
    const sces = byId.get(16949)!;
    expect(sces).toMatchObject({
      id: '16949',
      name: 'Sevier County Electric System',
      slug: 'sevier-county-electric-system-tn',
      ownership: 'municipal',
      ownershipEia: 'Municipal',
      shortForm: false,
      dataYear: 2018,
      meters: { ami: 55166, amr: 0, total: 55166 },
    });
    expect(sces.states[0]).toBe('TN');
    expect(sces.counties.TN).toContain('Sevier');
  });

  it('Jefferson Electric Member Corp (9689): cooperative, Georgia, 11 counties', () => {
    const jemc = byId.get(9689)!;
    expect(jemc.name).toBe('Jefferson Electric Member Corp');
    expect(jemc.ownership).toBe('cooperative');
    expect(jemc.states).toEqual(['GA']);
    expect(jemc.counties.GA).toHaveLength(11);
    expect(jemc.counties.GA).toContain('Jefferson');
  });

  it("Tennessee's residential customers: the entries sum to the Sales_Ult_Cust rows, summed here independently", () => {
    // Fixed positions of the 2018 layout, checked first, so this does not reuse the importer's header search.
    const [groups, measures, names] = salesStates;
    expect([names![1], names![4], names![6], names![7], groups![9], measures![11]]).toEqual([
      'Utility Number',
      'Service Type',
      'State',
      'Ownership',
      'RESIDENTIAL',
      'Customers',
    ]);
    let expected = 0;
    for (const row of salesStates.slice(3)) {
      const [, id, , , service, , state, ownership] = row;
      if (state !== 'TN' || id === 99999 || typeof row[11] !== 'number') continue;
      if (
        service === 'Energy' ||
        ownership === 'Retail Power Marketer' ||
        ownership === 'Behind the Meter'
      )
        continue;
      expected += row[11];
    }
    const actual = result.entries.reduce(
      (sum, e) => sum + (customersIn(e, 'TN')?.residential ?? 0),
      0,
    );
    expect(expected).toBeGreaterThan(2_000_000);
    expect(actual).toBe(expected);
  });

  it('every entry passes the schema; ids are unique, sorted and equal to String(eiaId); slugs are unique', () => {
    expect(directoryEntrySchema.array().safeParse(result.entries).success).toBe(true);
    expect(directoryMetaSchema.safeParse(result.meta).success).toBe(true);
    const ids = result.entries.map((e) => e.eiaId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.entries.every((e) => e.id === String(e.eiaId))).toBe(true);
    expect(new Set(result.entries.map((e) => e.slug)).size).toBe(ids.length);
  });

  it('counts: every short-form filer, the Texas TDUs, and one reason per excluded EIA ID', () => {
    const shortFormIds = new Set(loaded.records.shortForm.map((r) => r.id));
    expect(result.entries.filter((e) => e.shortForm)).toHaveLength(shortFormIds.size);
    expect(result.meta).toMatchObject({
      dataYear: 2018,
      included: result.entries.length,
      includedBy: { 'long-form': 1820, 'short-form': 1104, 'delivery-only': 5 },
      excluded: {
        'retail-power-marketer': 270,
        'energy-only': 26,
        'behind-the-meter': 15,
        'transmission-only': 20,
        'wholesale-only': 154,
      },
    });
    const oncor = byId.get(44372)!;
    expect(oncor).toMatchObject({ customers: null, states: ['TX'], ownership: 'investor-owned' });
    expect(oncor.meters!.ami).toBeGreaterThan(3_000_000);
    // A community choice aggregator, a retail power marketer, EIA's "Withheld" and a rooftop-solar owner are out.
    for (const id of [56692, 7279, 88888, 59624, 99999]) expect(byId.has(id)).toBe(false);
  });

  it('multi-state figures: per-state breakdown sums to the total; a head-office state is not the primary', () => {
    const pacifiCorp = byId.get(14354)!;
    expect(pacifiCorp.states.length).toBeGreaterThan(4);
    const perState = Object.values(pacifiCorp.customersByState!).reduce((s, c) => s + c!.total!, 0);
    expect(perState).toBe(pacifiCorp.customers!.total);
    // Jersey Central Power & Light: Utility_Data gives FirstEnergy's Ohio office; it serves New Jersey.
    expect(byId.get(9726)!.states).toEqual(['NJ']);
    expect(metersIn(byId.get(16949)!, 'TN')).toEqual({ ami: 55166, amr: 0, total: 55166 });
  });

  it('a second import keeps every existing slug and gives no new entry a slug already in use', () => {
    const previous = result.entries
      .filter((e) => e.eiaId !== 9689)
      .map((e) => ({ eiaId: e.eiaId, slug: e.eiaId === 16949 ? 'sces' : e.slug }));
    previous.push({ eiaId: 1, slug: 'jefferson-electric-member-corp-ga' });
    const again = buildDirectory(loaded.records, {
      generatedAt: '2026-01-01',
      inputFiles: loaded.fileNames,
      existing: previous,
    });
    const slugOf = new Map(again.entries.map((e) => [e.eiaId, e.slug]));
    expect(slugOf.get(16949)).toBe('sces');
    expect(slugOf.get(9689)).toBe('jefferson-electric-member-corp-ga-9689');
    for (const p of previous) if (slugOf.has(p.eiaId)) expect(slugOf.get(p.eiaId)).toBe(p.slug);
  });
});

describe('import-eia CLI on small fixtures', () => {
  it('imports a folder: inclusion, exclusion, "." as null, EIA totals, footnotes and split headers', () => {
    const r = runImport(`${FIXTURES}/valid`);
    try {
      expect(r.run.stderr).not.toMatch(/error/);
      expect(r.run.status).toBe(0);
      expect(r.files()).toEqual(['eia-861.json', 'eia-861.meta.json']);
      const entries = entriesOf(r.read('eia-861.json'));
      expect(entries.map((e) => e.eiaId)).toEqual([
        101, 102, 103, 109, 110, 111, 112, 201, 202, 203,
      ]);
      const alpha = entries[0]!;
      // EIA's TOTAL (1202) kept although the classes add to 1203; "." is null; Energy row and the US row not added.
      expect(alpha.customers).toEqual({
        residential: 1000,
        commercial: 200,
        industrial: 3,
        transportation: null,
        total: 1202,
      });
      expect(alpha.slug).toBe('city-of-alpha-tn');
      expect(alpha.counties).toEqual({ TN: ['Blount', 'Knox'] });
      const slugs = Object.fromEntries(entries.map((e) => [e.eiaId, e.slug]));
      expect([slugs[110], slugs[111]]).toEqual([
        'springfield-utilities-mo-110',
        'springfield-utilities-mo-111',
      ]);
      expect(entries.find((e) => e.eiaId === 103)!.states).toEqual(['NJ']);
      expect(entries.find((e) => e.eiaId === 109)!.customers).toBeNull();
      expect(entries.find((e) => e.eiaId === 202)!.customersByState!.LA!.total).toBe(40);
      const meta = JSON.parse(r.read('eia-861.meta.json'));
      expect(meta.excluded).toEqual({
        'retail-power-marketer': 1,
        'energy-only': 1,
        'behind-the-meter': 1,
        'transmission-only': 1,
        'wholesale-only': 2,
      });
      expect(meta.includedBy).toEqual({ 'long-form': 6, 'short-form': 3, 'delivery-only': 1 });
    } finally {
      r.cleanup();
    }
  });

  it('reads the same workbooks from a zip (inside a folder, beside other files)', () => {
    const folder = runImport(`${FIXTURES}/valid`);
    const zip = runImport(`${FIXTURES}/valid.zip`);
    try {
      expect(zip.run.status).toBe(0);
      expect(zip.read('eia-861.json')).toBe(folder.read('eia-861.json'));
    } finally {
      folder.cleanup();
      zip.cleanup();
    }
  });

  it('a second import keeps existing slugs and never hands out one that is taken', () => {
    const r = runImport(`${FIXTURES}/valid`, (outDir) => {
      const previous = [
        { id: '101', eiaId: 101, slug: 'alpha-custom' },
        { id: '111', eiaId: 111, slug: 'springfield-utilities-mo-111' },
        { id: '999', eiaId: 999, slug: 'mu-village-ne' },
      ];
      writeFileSync(join(outDir, 'eia-861.json'), JSON.stringify(previous));
    });
    try {
      expect(r.run.status).toBe(0);
      const slugs = Object.fromEntries(
        entriesOf(r.read('eia-861.json')).map((e) => [e.eiaId, e.slug]),
      );
      expect(slugs[101]).toBe('alpha-custom');
      expect(slugs[111]).toBe('springfield-utilities-mo-111');
      expect(slugs[110]).toBe('springfield-utilities-mo');
      expect(slugs[203]).toBe('mu-village-ne-203');
      expect(slugs[999]).toBeUndefined();
    } finally {
      r.cleanup();
    }
  });

  const failures: [string, string][] = [
    [
      'missing-workbook',
      `error: ${FIXTURES}/missing-workbook: no Short_Form_2018.xlsx; found Advanced_Meters_2018.xlsx, Sales_Ult_Cust_2018.xlsx, Service_Territory_2018.xlsx, Utility_Data_2018.xlsx; expected the five EIA-861 workbooks Utility_Data_2018.xlsx, Sales_Ult_Cust_2018.xlsx, Advanced_Meters_2018.xlsx, Service_Territory_2018.xlsx, Short_Form_2018.xlsx. ${HINT_FILES}`,
    ],
    [
      'missing-sheet',
      `error: Sales_Ult_Cust_2018.xlsx: no sheet "Territories"; found sheets "States". Hint: EIA names this sheet "Territories"; ${HINT_WORKBOOK.slice('Hint: '.length)}`,
    ],
    [
      'missing-column',
      `error: Advanced_Meters_2018.xlsx, sheet "States": no column "Number AMI / Total" in header rows 1-2; found similar columns "Number AMR- Automated Meter Reading / Total", "Total Numbers of Meters / Residential", "Total Numbers of Meters / Commercial", "Total Numbers of Meters / Industrial", "Total Numbers of Meters / Transportation", "Total Numbers of Meters / Total". ${HINT_WORKBOOK}`,
    ],
    [
      'different-years',
      `error: ${FIXTURES}/different-years: workbooks of different data years: Advanced_Meters_2018.xlsx, Sales_Ult_Cust_2018.xlsx, Service_Territory_2018.xlsx, Utility_Data_2018.xlsx are 2018; Short_Form_2019.xlsx is 2019; expected all five from one year. ${HINT_FILES}`,
    ],
    [
      'data-year-mismatch',
      `error: Sales_Ult_Cust_2018.xlsx, sheet "States", row 4, column A ("Data Year"): found 2017; expected 2018, the year in the file names. ${HINT_FILES}`,
    ],
  ];

  it.each(failures)('%s: one clear line, exit 1, nothing written', (fixture, message) => {
    const r = runImport(`${FIXTURES}/${fixture}`);
    try {
      expect(r.run.status).toBe(1);
      const errorLines = r.run.stderr
        .split('\n')
        .filter((l) => !l.startsWith('import-eia: ') && l !== '');
      expect(errorLines).toEqual([message]);
      expect(r.run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.files()).toEqual([]);
    } finally {
      r.cleanup();
    }
  });

  it('refuses to replace an existing file it cannot read slugs from, and leaves it as it was', () => {
    const r = runImport(`${FIXTURES}/valid`, (outDir) =>
      writeFileSync(join(outDir, 'eia-861.json'), '{ not json'),
    );
    try {
      expect(r.run.status).toBe(1);
      expect(r.run.stderr).toMatch(
        /^error: .*eia-861\.json: cannot keep its slugs: not valid JSON .*Hint: fix the file, or delete it/m,
      );
      expect(r.files()).toEqual(['eia-861.json']);
      expect(r.read('eia-861.json')).toBe('{ not json');
    } finally {
      r.cleanup();
    }
  });

  it('existingSlugs reads only eiaId and slug, and names the file when it cannot', () => {
    expect(existingSlugs('[{"eiaId":1,"slug":"a-tn","other":true}]', 'x.json')).toEqual([
      { eiaId: 1, slug: 'a-tn' },
    ]);
    expect(() => existingSlugs('{}', 'x.json')).toThrow(
      /^x\.json: cannot keep its slugs: found a JSON value that is not an array/,
    );
  });
});

describe('import-eia size limits: refused before the work they guard', () => {
  const VALID = `${FIXTURES}/valid`;
  const HINT_LIMIT =
    "Hint: use the files from https://www.eia.gov/electricity/data/eia861/; if EIA's files have outgrown the limit, raise it in src/directory/eia861-files.ts.";
  const n = (x: number) => x.toLocaleString('en-US');
  const temps: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-eia-in-'));
    temps.push(dir);
    return dir;
  };
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const validWorkbooks = (): Record<string, Uint8Array> =>
    Object.fromEntries(
      readdirSync(VALID).map((name) => [name, new Uint8Array(readFileSync(join(VALID, name)))]),
    );
  /** A folder of the valid fixture workbooks, some replaced. */
  const folderWith = (replace: Record<string, Uint8Array> = {}) => {
    const dir = temp();
    for (const [name, bytes] of Object.entries({ ...validWorkbooks(), ...replace }))
      writeFileSync(join(dir, name), bytes);
    return dir;
  };
  /** The valid Short_Form workbook with its sheet XML edited. */
  const shortFormWith = (edit: (xml: string) => string) => {
    const parts = unzipSync(validWorkbooks()['Short_Form_2018.xlsx']!);
    const xml = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    parts['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(edit(xml));
    return zipSync(parts);
  };
  /** A zip of the five workbooks (in a folder, as EIA ships them) with Utility_Data replaced by `bomb`. */
  const zipWith = (bomb: Uint8Array) => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, bytes] of Object.entries(validWorkbooks())) files[`f8612018/${name}`] = bytes;
    files['f8612018/Utility_Data_2018.xlsx'] = bomb;
    return zipSync(files);
  };
  /** Rewrites an entry's uncompressed size in its local header and the central directory, as a lying zip does. */
  const claimSize = (zip: Uint8Array, name: string, size: number) => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 46 < zip.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) !== name) continue;
      view.setUint32(at + 24, size, true);
      view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
      return zip;
    }
    throw new Error(`no ${name}`);
  };

  /** Runs the CLI: exit 1, exactly `message` and no stack trace on stderr, nothing written, within 5 s. */
  function expectRefused(input: string, message: string) {
    const r = runImport(input);
    try {
      const errorLines = r.run.stderr
        .split('\n')
        .filter((l) => !l.startsWith('import-eia: ') && l !== '');
      expect(errorLines).toEqual([message]);
      expect(r.run.status).toBe(1);
      expect(r.run.stderr).not.toMatch(/\n\s+at /);
      expect(r.files()).toEqual([]);
      expect(r.ms).toBeLessThan(5_000);
    } finally {
      r.cleanup();
    }
  }

  it('the limits leave 4-5× headroom over the 2018 workbooks', () => {
    // The largest 2018 values, measured as the comment on LIMITS describes.
    const largest = {
      workbookBytes: 597_605,
      workbooksBytes: 2_011_075,
      partBytes: 4_144_653,
      partsBytes: 4_288_231,
      sheetRows: 11_827,
      sheetColumns: 46,
      sheetCells: 2_367 * 46,
    };
    for (const [key, value] of Object.entries(largest)) {
      const ratio = LIMITS[key as keyof typeof largest] / value;
      expect(ratio, key).toBeGreaterThanOrEqual(4);
      expect(ratio, key).toBeLessThanOrEqual(5.1);
    }
  });

  it('a zip file over the limit, by its size on disk, before it is read', () => {
    const zip = join(temp(), 'f8612018.zip');
    writeFileSync(zip, '');
    truncateSync(zip, LIMITS.zipBytes + 1); // sparse: nothing to read
    expectRefused(
      zip,
      `error: ${zip}: the zip file is ${n(LIMITS.zipBytes + 1)} bytes, over the limit of ${n(LIMITS.zipBytes)} bytes. ${HINT_LIMIT}`,
    );
  });

  it('a zip bomb: an entry whose directory size is over the limit, before inflating', () => {
    const zip = join(temp(), 'f8612018.zip');
    writeFileSync(zip, zipWith(new Uint8Array(32_000_000))); // 32 MB of zeros, about 30 KB zipped
    expectRefused(
      zip,
      `error: ${zip}: f8612018/Utility_Data_2018.xlsx: 32,000,000 bytes uncompressed (by the zip's directory), over the limit of ${n(LIMITS.workbookBytes)} bytes per workbook. ${HINT_LIMIT}`,
    );
  });

  it('a zip bomb whose headers understate its size: stopped while inflating', () => {
    const zip = join(temp(), 'f8612018.zip');
    writeFileSync(
      zip,
      claimSize(zipWith(new Uint8Array(32_000_000)), 'f8612018/Utility_Data_2018.xlsx', 1_000),
    );
    expectRefused(
      zip,
      `error: ${zip}: f8612018/Utility_Data_2018.xlsx: inflates to more than ${n(LIMITS.workbookBytes)} bytes (the zip's directory says 1,000), over the limit of ${n(LIMITS.workbookBytes)} bytes per workbook. ${HINT_LIMIT}`,
    );
  });

  it('a workbook file over the limit (padded), by fs.stat before it is read', () => {
    const dir = folderWith();
    const file = join(dir, 'Sales_Ult_Cust_2018.xlsx');
    truncateSync(file, LIMITS.workbookBytes + 1);
    expectRefused(
      dir,
      `error: ${file}: the file is ${n(LIMITS.workbookBytes + 1)} bytes, over the limit of ${n(LIMITS.workbookBytes)} bytes per workbook. ${HINT_LIMIT}`,
    );
  });

  it('a workbook whose sheet XML is over the limit uncompressed, before inflating', () => {
    const size = LIMITS.partBytes + 1_000;
    const bomb = shortFormWith((xml) =>
      xml.replace('</worksheet>', `${' '.repeat(size - xml.length)}</worksheet>`),
    );
    expectRefused(
      folderWith({ 'Short_Form_2018.xlsx': bomb }),
      `error: Short_Form_2018.xlsx: xl/worksheets/sheet1.xml: ${n(size)} bytes uncompressed (by the zip's directory), over the limit of ${n(LIMITS.partBytes)} bytes per XML part of a workbook. ${HINT_LIMIT}`,
    );
  });

  it.each([
    [
      'rows',
      '<row r="2000000"><c r="A2000000"><v>1</v></c></row>',
      `2,000,000 rows, over the limit of ${n(LIMITS.sheetRows)} rows per sheet`,
    ],
    [
      'columns',
      '<row r="7"><c r="XFD7"><v>1</v></c></row>',
      `16,384 columns, over the limit of ${n(LIMITS.sheetColumns)} columns per sheet`,
    ],
  ])(
    'a sheet naming a cell far out (too many %s): refused from its XML, before read-excel-file fills the gap',
    (_, cell, found) => {
      const bomb = shortFormWith((xml) => xml.replace('</sheetData>', `${cell}</sheetData>`));
      expect(bomb.length).toBeLessThan(10_000);
      expectRefused(
        folderWith({ 'Short_Form_2018.xlsx': bomb }),
        `error: Short_Form_2018.xlsx, sheet "861S": ${found}. ${HINT_LIMIT}`,
      );
    },
  );

  it('lower limits can be passed as options (for tests; there is no command-line flag)', async () => {
    await expect(loadEia861(VALID, undefined, { limits: { sheetRows: 5 } })).rejects.toThrow(
      'Utility_Data_2018.xlsx, sheet "States": 14 rows, over the limit of 5 rows per sheet.',
    );
    await expect(loadEia861(VALID, undefined, { limits: { sheetCells: 50 } })).rejects.toThrow(
      /^Utility_Data_2018\.xlsx, sheet "States": 14 rows × 8 columns = 112 cells, over the limit of 50 cells per sheet\./,
    );
    await expect(
      loadEia861(`${FIXTURES}/valid.zip`, undefined, { limits: { workbooksBytes: 10_000 } }),
    ).rejects.toThrow(
      /^tests\/fixtures\/eia\/valid\.zip: the 5 workbooks are [\d,]+ bytes uncompressed \(by the zip's directory\), over the limit of 10,000 bytes for the five workbooks\./,
    );
    await expect(loadEia861(VALID, undefined, { limits: { partsBytes: 2_000 } })).rejects.toThrow(
      /^Utility_Data_2018\.xlsx: the \d+ XML parts are [\d,]+ bytes uncompressed \(by the zip's directory\), over the limit of 2,000 bytes of XML in one workbook\./,
    );
  });
});
