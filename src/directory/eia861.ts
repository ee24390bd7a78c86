/**
 * EIA-861 → utility directory: which entities are in, and how their figures are summed.
 *
 * INCLUSION POLICY (also written, with the counts, to content/directory/eia-861.meta.json as `policy`)
 * The directory lists the utility a reader gets their electricity data from: the one that bills them for
 * bundled service or delivers the power over its wires (and so owns the meter). Each distinct EIA utility
 * number found in any of the five workbooks is decided once, in this order:
 *   1. behind-the-meter      EXCLUDED  Ownership "Behind the Meter": third-party owners of rooftop solar. EIA
 *                                      itself leaves them out of state customer totals to avoid double counting.
 *   2. retail-power-marketer EXCLUDED  Ownership "Retail Power Marketer" (incl. the anonymised 88888 "Withheld"):
 *                                      competitive suppliers. Their customers' meters and usage data belong to the
 *                                      distribution utility, which is listed.
 *   3. short-form            INCLUDED  EIA-861S filers (Short_Form): small utilities that report one total customer
 *                                      count per state; class counts are null.
 *   4. long-form             INCLUDED  Any Sales_Ult_Cust row with Service Type "Bundled" (Parts A and D) or
 *                                      "Delivery" (Part C). Customers = those rows summed over states.
 *   5. energy-only           EXCLUDED  Sells only energy (Service Type "Energy", Part B): community choice
 *                                      aggregators and public energy suppliers such as NYPA's retail sales. The
 *                                      delivering utility counts the same customers in Part C.
 *   6. transmission-only     EXCLUDED  Ownership "Transmission" and no sales to ultimate customers.
 *   7. delivery-only         INCLUDED  No sales rows at all, but meters in Advanced_Meters and a service
 *                                      territory: the Texas (ERCOT) transmission and distribution utilities (Oncor,
 *                                      CenterPoint, AEP Texas, TNMP), whose customers EIA counts under the retail
 *                                      electric providers. They own the meters readers get data from, so they are
 *                                      listed with `customers: null`.
 *   8. wholesale-only        EXCLUDED  Everything else: in Utility_Data but with no ultimate customers — wholesale
 *                                      power marketers, municipal marketing authorities, generation and
 *                                      transmission cooperatives, federal power marketing administrations.
 * Energy-only rows of an included utility (e.g. a city that also sells energy-only in a neighbour's territory)
 * are not added to its customers, for the same double-counting reason; the meta notes list them.
 * The statistical "Adjustment YYYY" rows (utility 99999), footnote rows, and customer, meter and county rows
 * for state "US" or codes that are not US states/territories are skipped; counts are in the meta notes.
 * (Utility_Data rows keep any state: it is an address, and Canadian marketers must still be counted.)
 *
 * FIGURES
 * Counts are EIA's, summed without estimation: "." or blank is "no data" (null), not zero; a sum over rows is
 * null only when every row is null. `total` is EIA's own TOTAL column summed (EIA's total differs from the sum of
 * its classes in a few dozen rows; we keep EIA's). Meters are Advanced_Meters' "Number AMI … / Total", "Number
 * AMR … / Total" and "Total Numbers of Meters / Total" summed over the utility's rows (several balancing
 * authorities in one state are several rows).
 *
 * COMPACTNESS
 * `customersByState` and `metersByState` are omitted when every figure is in the primary state (`states[0]`):
 * they would only repeat `customers` / `meters`. So "absent" always means "all in states[0]"; customersIn() and
 * metersIn() in ./entry.ts read either form. `counties` is always keyed by state.
 */
import { US_STATES, type StateCode } from '#src/schema/fragments.ts';
import {
  directoryEntrySchema,
  directoryMetaSchema,
  EXCLUSION_REASONS,
  INCLUSION_BASES,
  type CustomerCounts,
  type DirectoryEntry,
  type DirectoryMeta,
  type DirectoryOwnership,
  type ExclusionReason,
  type InclusionBasis,
  type MeterCounts,
} from '#src/schema/directory.ts';
import {
  cellPlace,
  cellText,
  countCell,
  dataRows,
  findSheet,
  InputError,
  locateColumns,
  type ColumnSpec,
  type DataRow,
  type Workbook,
} from './sheet.ts';
import { assignSlugs, type ExistingSlug } from './slug.ts';

export { assignSlugs, directorySlug, slugify } from './slug.ts';
export { InputError } from './sheet.ts';
export type { Workbook, Sheet } from './sheet.ts';

export const EIA_861_URL = 'https://www.eia.gov/electricity/data/eia861/';
const ADJUSTMENT_ID = 99999;

export const POLICY = [
  'The directory lists the utility a reader gets their electricity data from: the one that bills bundled service or delivers power over its wires and owns the meter.',
  'Included: (long-form) every utility with a Sales_Ult_Cust row of Service Type Bundled (Parts A and D) or Delivery (Part C); (short-form) every EIA-861S filer in Short_Form, with only a total customer count;',
  '(delivery-only) utilities with no sales rows but meters in Advanced_Meters and a service territory, i.e. the Texas ERCOT transmission and distribution utilities whose customers EIA counts under retail providers, listed with customers null.',
  'Excluded, one reason per EIA ID, checked in this order: behind-the-meter (third-party rooftop-solar owners; EIA leaves them out of state totals);',
  'retail-power-marketer (competitive suppliers incl. the anonymised 88888 Withheld; the distribution utility holds the meter data);',
  'energy-only (only Service Type Energy, Part B: community choice aggregators and public energy suppliers; the delivering utility counts the same customers);',
  'transmission-only (ownership Transmission); wholesale-only (no ultimate customers: wholesale marketers, municipal marketing authorities, G&T cooperatives, federal power marketing administrations).',
  'Customers are Bundled and Delivery rows summed over states (energy-only rows of included utilities are not added); total is EIA\'s own TOTAL column; "." or blank is null, not zero.',
  'Adjustment rows (utility 99999), footnote rows, and customer, meter or county rows for state US or non-US codes are skipped.',
].join(' ');

/** The five workbooks of one EIA-861 year, as EIA names them. */
export const WORKBOOK_KINDS = ['utilityData', 'sales', 'meters', 'territory', 'shortForm'] as const;
export type WorkbookKind = (typeof WORKBOOK_KINDS)[number];
const PREFIX: Record<WorkbookKind, string> = {
  utilityData: 'Utility_Data',
  sales: 'Sales_Ult_Cust',
  meters: 'Advanced_Meters',
  territory: 'Service_Territory',
  shortForm: 'Short_Form',
};
const FILE_PATTERN =
  /^(utility_data|sales_ult_cust|advanced_meters|service_territory|short_form)_(\d{4})\.xlsx$/i;

const HINT_FILES = `pass the folder (or the zip) of one EIA-861 year from ${EIA_861_URL} with the workbook names unchanged.`;
const HINT_WORKBOOK = `use the unmodified workbook from ${EIA_861_URL}; if EIA changed the layout, update the column names in src/directory/eia861.ts.`;

const baseName = (path: string) => path.replace(/\\/g, '/').split('/').pop() ?? path;

/**
 * Picks the five workbooks among file names (paths inside a zip are fine) and checks that they are of one year.
 * `where` names the folder or zip in messages.
 */
export function pickWorkbookFiles(
  names: readonly string[],
  where: string,
): { year: number; files: Record<WorkbookKind, string> } {
  const found = new Map<WorkbookKind, { name: string; year: number }[]>();
  for (const name of names) {
    const base = baseName(name);
    const m = FILE_PATTERN.exec(base);
    if (!m || name.includes('__MACOSX/')) continue;
    const kind = WORKBOOK_KINDS.find((k) => PREFIX[k].toLowerCase() === m[1]!.toLowerCase())!;
    found.set(kind, [...(found.get(kind) ?? []), { name, year: Number(m[2]) }]);
  }
  const all = [...found.values()].flat();
  const years = [...new Set(all.map((f) => f.year))].sort();
  if (years.length > 1) {
    const byYear = years.map((y) => {
      const names = all.filter((f) => f.year === y).map((f) => baseName(f.name));
      return `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} ${y}`;
    });
    throw new InputError(
      `${where}: workbooks of different data years: ${byYear.join('; ')}; expected all five from one year. Hint: ${HINT_FILES}`,
    );
  }
  const missing = WORKBOOK_KINDS.filter((k) => !found.has(k));
  if (missing.length) {
    const year = years[0] ? String(years[0]) : 'YYYY';
    const others = names
      .map(baseName)
      .filter((n) => !n.startsWith('.'))
      .sort();
    const seen = others.length
      ? `found ${others.slice(0, 12).join(', ')}${others.length > 12 ? ` … (${others.length} files)` : ''}`
      : 'found no files';
    throw new InputError(
      `${where}: no ${missing.map((k) => `${PREFIX[k]}_${year}.xlsx`).join(', ')}; ${seen}; expected the five EIA-861 workbooks ${WORKBOOK_KINDS.map((k) => `${PREFIX[k]}_${year}.xlsx`).join(', ')}. Hint: ${HINT_FILES}`,
    );
  }
  const dup = WORKBOOK_KINDS.find((k) => found.get(k)!.length > 1);
  if (dup) {
    throw new InputError(
      `${where}: more than one ${PREFIX[dup]} workbook (${found
        .get(dup)!
        .map((f) => f.name)
        .join(', ')}); expected one. Hint: ${HINT_FILES}`,
    );
  }
  const files = Object.fromEntries(
    WORKBOOK_KINDS.map((k) => [k, found.get(k)![0]!.name]),
  ) as Record<WorkbookKind, string>;
  return { year: years[0]!, files };
}

// ---------------------------------------------------------------------------------------------------------
// Column names, as EIA writes them (matched after lowercasing and collapsing punctuation; see sheet.ts).

const col = (label: string, ...path: string[]): ColumnSpec => ({
  label,
  path: path.length ? path : [label],
});
const ID_COLUMNS = {
  year: col('Data Year'),
  id: col('Utility Number'),
  name: col('Utility Name'),
  state: col('State'),
};
const CLASSES = ['residential', 'commercial', 'industrial', 'transportation', 'total'] as const;

const SPECS = {
  utilityData: { ...ID_COLUMNS, ownership: col('Ownership Type') },
  sales: {
    ...ID_COLUMNS,
    serviceType: col('Service Type'),
    ownership: col('Ownership'),
    residential: col('RESIDENTIAL / Customers', 'Residential', 'Customers'),
    commercial: col('COMMERCIAL / Customers', 'Commercial', 'Customers'),
    industrial: col('INDUSTRIAL / Customers', 'Industrial', 'Customers'),
    transportation: col('TRANSPORTATION / Customers', 'Transportation', 'Customers'),
    total: col('TOTAL / Customers', 'Total', 'Customers'),
  },
  shortForm: { ...ID_COLUMNS, ownership: col('Ownership'), total: col('Total Customers') },
  meters: {
    ...ID_COLUMNS,
    amr: col('Number AMR / Total', 'Number AMR', 'Total'),
    ami: col('Number AMI / Total', 'Number AMI', 'Total'),
    total: col('Total Numbers of Meters / Total', 'Total Numbers of Meters', 'Total'),
  },
  territory: { ...ID_COLUMNS, county: col('County') },
} satisfies Record<WorkbookKind, Record<string, ColumnSpec>>;

/** The sheets read from each workbook (EIA splits the 50 states + DC from the territories). */
export const SHEETS: Record<WorkbookKind, readonly string[]> = {
  utilityData: ['States', 'Territories'],
  sales: ['States', 'Territories'],
  meters: ['States', 'Territories'],
  territory: ['Counties_States', 'Counties_Territories'],
  shortForm: ['861S'],
};

type Spec<K extends WorkbookKind> = keyof (typeof SPECS)[K] & string;

/** One data row, with typed accessors that produce messages naming file, sheet, row and column. */
interface Reader<K extends string> {
  row: DataRow;
  text(key: K): string;
  count(key: K): number | null;
}

interface SheetResult<K extends string> {
  rows: Reader<K>[];
  skipped: number;
}

function readSheetRows<W extends WorkbookKind>(
  workbook: Workbook,
  kind: W,
  sheetName: string,
  year: number,
): SheetResult<Spec<W>> {
  const sheet = findSheet(
    workbook,
    sheetName,
    `EIA names this sheet "${sheetName}"; ${HINT_WORKBOOK}`,
  );
  const specs = SPECS[kind] as Record<Spec<W>, ColumnSpec>;
  const { columns, headerRows } = locateColumns(workbook.fileName, sheet, specs, HINT_WORKBOOK);
  const { rows, skipped } = dataRows(sheet, headerRows, columns.id);
  const readers = rows.map((row): Reader<Spec<W>> => {
    const place = (key: Spec<W>) => () =>
      cellPlace(workbook.fileName, sheet.name, row.rowNumber, columns[key], specs[key].label);
    return {
      row,
      text: (key) => cellText(row.cells[columns[key]]),
      count: (key) => countCell(row.cells[columns[key]], place(key)),
    };
  });
  for (const r of readers) {
    const y = r.count('year' as Spec<W>);
    if (y !== year) {
      throw new InputError(
        `${cellPlace(workbook.fileName, sheet.name, r.row.rowNumber, columns.year, 'Data Year')}: found ${y ?? 'no year'}; expected ${year}, the year in the file names. Hint: ${HINT_FILES}`,
      );
    }
  }
  return { rows: readers, skipped };
}

// ---------------------------------------------------------------------------------------------------------
// Records

interface UtilityRow {
  id: number;
  name: string;
  state: string;
  ownership: string;
}
interface SalesRow {
  id: number;
  name: string;
  state: string;
  ownership: string;
  serviceType: 'bundled' | 'delivery' | 'energy';
  counts: CustomerCounts;
}
interface ShortFormRow {
  id: number;
  name: string;
  state: string;
  ownership: string;
  total: number | null;
}
interface MeterRow {
  id: number;
  name: string;
  state: string;
  counts: MeterCounts;
}
interface TerritoryRow {
  id: number;
  name: string;
  state: string;
  county: string;
}

export interface Eia861Records {
  year: number;
  utilities: UtilityRow[];
  sales: SalesRow[];
  shortForm: ShortFormRow[];
  meters: MeterRow[];
  territory: TerritoryRow[];
  /** Data rows read per workbook file name (progress). */
  rowsRead: Record<string, number>;
  skipped: { footnotes: number; adjustments: number; nonStates: Map<string, number> };
}

const isStateCode = (s: string): s is StateCode => Object.hasOwn(US_STATES, s);

/** Reads the five parsed workbooks into typed rows. `log` receives one progress line per workbook. */
export function readEia861(
  workbooks: Record<WorkbookKind, Workbook>,
  year: number,
  log: (line: string) => void = () => {},
): Eia861Records {
  const out: Eia861Records = {
    year,
    utilities: [],
    sales: [],
    shortForm: [],
    meters: [],
    territory: [],
    rowsRead: {},
    skipped: { footnotes: 0, adjustments: 0, nonStates: new Map() },
  };
  const read = <W extends WorkbookKind>(
    kind: W,
    each: (r: Reader<Spec<W>>, sheet: string) => void,
  ) => {
    const wb = workbooks[kind];
    let n = 0;
    for (const sheetName of SHEETS[kind]) {
      const { rows, skipped } = readSheetRows(wb, kind, sheetName, year);
      out.skipped.footnotes += skipped;
      for (const r of rows) {
        const id = r.count('id' as Spec<W>)!;
        if (id === ADJUSTMENT_ID) {
          out.skipped.adjustments++;
          continue;
        }
        const state = r.text('state' as Spec<W>).toUpperCase();
        // Utility_Data's state is an address (Canadian marketers say "CN"): kept so the entity is still decided.
        if (kind !== 'utilityData' && !isStateCode(state)) {
          const key = `${wb.fileName} ${state || '(blank)'}`;
          out.skipped.nonStates.set(key, (out.skipped.nonStates.get(key) ?? 0) + 1);
          continue;
        }
        each(r, sheetName);
      }
      n += rows.length;
    }
    out.rowsRead[wb.fileName] = n;
    log(`read ${wb.fileName}: ${n.toLocaleString('en-US')} rows from ${SHEETS[kind].join(', ')}`);
  };
  const ident = (r: Reader<'id' | 'name' | 'state'>) => ({
    id: r.count('id')!,
    name: r.text('name'),
    state: r.text('state').toUpperCase(),
  });

  read('utilityData', (r) => out.utilities.push({ ...ident(r), ownership: r.text('ownership') }));
  const serviceTypes: Record<string, SalesRow['serviceType']> = {
    bundled: 'bundled',
    delivery: 'delivery',
    energy: 'energy',
  };
  read('sales', (r, sheet) => {
    const raw = r.text('serviceType');
    const serviceType = serviceTypes[raw.toLowerCase()];
    if (!serviceType) {
      throw new InputError(
        `${workbooks.sales.fileName}, sheet "${sheet}", row ${r.row.rowNumber}: found Service Type "${raw}"; expected Bundled, Delivery or Energy. Hint: ${HINT_WORKBOOK}`,
      );
    }
    const counts = Object.fromEntries(CLASSES.map((c) => [c, r.count(c)])) as CustomerCounts;
    out.sales.push({ ...ident(r), ownership: r.text('ownership'), serviceType, counts });
  });
  read('shortForm', (r) =>
    out.shortForm.push({ ...ident(r), ownership: r.text('ownership'), total: r.count('total') }),
  );
  read('meters', (r) =>
    out.meters.push({
      ...ident(r),
      counts: { ami: r.count('ami'), amr: r.count('amr'), total: r.count('total') },
    }),
  );
  read('territory', (r) => out.territory.push({ ...ident(r), county: r.text('county') }));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Entries

const OWNERSHIP_MAP: Record<string, DirectoryOwnership> = {
  'investor owned': 'investor-owned',
  cooperative: 'cooperative',
  municipal: 'municipal',
  'political subdivision': 'political-subdivision',
  state: 'state',
  federal: 'federal',
};
const ownershipKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
export const mapOwnership = (eiaLabel: string): DirectoryOwnership =>
  OWNERSHIP_MAP[ownershipKey(eiaLabel)] ?? 'other';

/** Sum of counts where null means "no data": null only when every value is null. */
const addCount = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
const addAll = <T extends Record<string, number | null>>(a: T, b: T): T =>
  Object.fromEntries(Object.keys(a).map((k) => [k, addCount(a[k]!, b[k]!)])) as T;

function byState<T extends Record<string, number | null>>(
  rows: readonly { state: string; counts: T }[],
) {
  const map = new Map<string, T>();
  for (const r of rows)
    map.set(r.state, map.has(r.state) ? addAll(map.get(r.state)!, r.counts) : { ...r.counts });
  return map;
}
const sumMaps = <T extends Record<string, number | null>>(m: Map<string, T>): T | null =>
  m.size ? [...m.values()].reduce((a, b) => addAll(a, b)) : null;
const sortedRecord = <T>(m: Map<string, T>) =>
  Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b))) as Partial<
    Record<StateCode, T>
  >;

/** True when every figure is in `state` (or there are none): the per-state breakdown would only repeat the total. */
const onlyIn = (m: Map<string, unknown>, state: string) => [...m.keys()].every((s) => s === state);

const group = <T extends { id: number }>(rows: readonly T[]) => {
  const m = new Map<number, T[]>();
  for (const r of rows) m.set(r.id, [...(m.get(r.id) ?? []), r]);
  return m;
};

export interface BuildOptions {
  /** Slugs of the file being replaced, kept per EIA ID. */
  existing?: readonly ExistingSlug[];
  /** YYYY-MM-DD. */
  generatedAt: string;
  /** File names for the meta file. */
  inputFiles: readonly string[];
  log?: (line: string) => void;
}

export interface BuildResult {
  entries: DirectoryEntry[];
  meta: DirectoryMeta;
}

/** Decides every EIA ID (see the policy at the top) and builds the validated entries and meta. */
export function buildDirectory(records: Eia861Records, options: BuildOptions): BuildResult {
  const log = options.log ?? (() => {});
  const utilities = group(records.utilities);
  const sales = group(records.sales);
  const shortForm = group(records.shortForm);
  const meters = group(records.meters);
  const territory = group(records.territory);
  const ids = [
    ...new Set([
      ...utilities.keys(),
      ...sales.keys(),
      ...shortForm.keys(),
      ...meters.keys(),
      ...territory.keys(),
    ]),
  ].sort((a, b) => a - b);

  const excluded = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<
    ExclusionReason,
    number
  >;
  const includedBy = Object.fromEntries(INCLUSION_BASES.map((r) => [r, 0])) as Record<
    InclusionBasis,
    number
  >;
  const notes: string[] = [];
  const uncountedEnergy: string[] = [];
  const primaryFallbacks: string[] = [];

  type Draft = Omit<DirectoryEntry, 'slug' | 'id'>;
  const drafts: Draft[] = [];

  for (const id of ids) {
    const ud = utilities.get(id)?.[0];
    const sf = shortForm.get(id) ?? [];
    const sr = sales.get(id) ?? [];
    const mr = meters.get(id) ?? [];
    const tr = territory.get(id) ?? [];
    const ownershipEia = ud?.ownership || sf[0]?.ownership || sr[0]?.ownership || '';
    const own = ownershipKey(ownershipEia);
    const counted = sr.filter((r) => r.serviceType !== 'energy');
    const meterTotals = sumMaps(byState(mr));

    let basis: InclusionBasis | null = null;
    let reason: ExclusionReason | null = null;
    if (own === 'behind the meter') reason = 'behind-the-meter';
    else if (own === 'retail power marketer') reason = 'retail-power-marketer';
    else if (sf.length) basis = 'short-form';
    else if (counted.length) basis = 'long-form';
    else if (sr.length) reason = 'energy-only';
    else if (own === 'transmission') reason = 'transmission-only';
    else if ((meterTotals?.total ?? 0) > 0 && tr.length) basis = 'delivery-only';
    else reason = 'wholesale-only';
    if (reason) {
      excluded[reason]++;
      continue;
    }
    includedBy[basis!]++;

    const name = ud?.name || sf[0]?.name || sr[0]?.name || mr[0]?.name || tr[0]!.name;
    const energyOnly = sr.filter((r) => r.serviceType === 'energy');
    if (basis === 'long-form' && energyOnly.length) {
      const n = energyOnly.reduce((a, r) => addCount(a, r.counts.total), null as number | null);
      uncountedEnergy.push(`${name} (${id}): ${n ?? 'no'} customers`);
    }

    // Customers per state.
    let customerStates: Map<string, CustomerCounts>;
    if (basis === 'short-form') {
      customerStates = new Map();
      for (const r of sf) {
        const prev = customerStates.get(r.state)?.total ?? null;
        customerStates.set(r.state, {
          residential: null,
          commercial: null,
          industrial: null,
          transportation: null,
          total: addCount(prev, r.total),
        });
      }
    } else customerStates = byState(counted);
    const customers = sumMaps(customerStates);
    const meterStates = byState(mr);

    const counties = new Map<string, string[]>();
    for (const r of tr)
      if (r.county) counties.set(r.state, [...(counties.get(r.state) ?? []), r.county]);
    for (const [s, list] of counties)
      counties.set(
        s,
        [...new Set(list)].sort((a, b) => a.localeCompare(b, 'en')),
      );

    // States and the primary one.
    const served = new Set<string>([...customerStates.keys(), ...counties.keys()]);
    if (served.size === 0) for (const s of meterStates.keys()) served.add(s);
    const size = (s: string) =>
      [customerStates.get(s)?.total ?? -1, meterStates.get(s)?.total ?? -1] as const;
    const largest = [...served].sort(
      (a, b) => size(b)[0] - size(a)[0] || size(b)[1] - size(a)[1] || a.localeCompare(b),
    )[0];
    const reported = ud?.state ?? (sf.length ? largestShortFormState(sf) : undefined);
    let primary = reported && served.has(reported) ? reported : largest;
    if (!primary) primary = reported ?? sr[0]?.state;
    if (reported && primary !== reported)
      primaryFallbacks.push(`${name} (${id}) ${reported}→${primary}`);
    const states = [primary!, ...[...served].filter((s) => s !== primary).sort()] as StateCode[];

    const draft: Draft = {
      eiaId: id,
      name,
      states,
      ownership: mapOwnership(ownershipEia),
      ownershipEia: ownershipEia || 'Not reported',
      shortForm: basis === 'short-form',
      dataYear: records.year,
      customers: basis === 'delivery-only' ? null : customers,
      ...(!onlyIn(customerStates, primary!) && basis !== 'delivery-only'
        ? { customersByState: sortedRecord(customerStates) }
        : {}),
      meters: meterTotals,
      ...(!onlyIn(meterStates, primary!) ? { metersByState: sortedRecord(meterStates) } : {}),
      counties: sortedRecord(counties),
    };
    drafts.push(draft);
  }

  let slugs: Map<number, string>;
  try {
    slugs = assignSlugs(
      drafts.map((d) => ({ eiaId: d.eiaId, name: d.name, state: d.states[0]! })),
      options.existing,
    );
  } catch (e) {
    throw new InputError(
      `existing directory file: ${(e as Error).message}; expected unique slugs. Hint: fix the duplicate by hand or delete the file.`,
    );
  }
  // Key order is the output order: identity first, then figures.
  const entries: DirectoryEntry[] = drafts.map((d) => {
    const { eiaId, name, ...rest } = d;
    return { id: String(eiaId), eiaId, name, slug: slugs.get(eiaId)!, ...rest };
  });
  log(
    `built ${entries.length.toLocaleString('en-US')} entries (${INCLUSION_BASES.map((b) => `${includedBy[b]} ${b}`).join(', ')}); excluded ${EXCLUSION_REASONS.map((r) => `${excluded[r]} ${r}`).join(', ')}`,
  );

  if (uncountedEnergy.length) {
    notes.push(
      `Energy-only (Part B) rows not added to the customers of ${plural(uncountedEnergy.length, 'included utility', 'included utilities')}: ${uncountedEnergy.join('; ')}.`,
    );
  }
  if (primaryFallbacks.length) {
    notes.push(
      `${plural(primaryFallbacks.length, 'utility reports', 'utilities report')} a Utility_Data/Short_Form state where they have no customers or territory (usually a holding company's office); their primary state is their largest state instead: ${primaryFallbacks.join('; ')}.`,
    );
  }
  notes.push(
    `Skipped ${plural(records.skipped.adjustments, 'statistical adjustment row', 'statistical adjustment rows')} (utility 99999) and ${plural(records.skipped.footnotes, 'footnote or text row', 'footnote or text rows')}.`,
  );
  if (records.skipped.nonStates.size) {
    notes.push(
      `Skipped rows whose state is not a US state or territory: ${[...records.skipped.nonStates].map(([k, n]) => `${k} ×${n}`).join(', ')}.`,
    );
  }

  const parsedEntries = directoryEntrySchema.array().safeParse(entries);
  if (!parsedEntries.success) {
    const issue = parsedEntries.error.issues[0]!;
    const entry = entries[issue.path[0] as number];
    throw new InputError(
      `EIA ID ${entry?.eiaId ?? '?'} (${entry?.name ?? '?'}): its entry fails the directory schema at ${issue.path.slice(1).join('.')}: ${issue.message}. Hint: check that utility's rows in the workbooks; if EIA's data is right, widen src/schema/directory.ts.`,
    );
  }
  const meta = directoryMetaSchema.parse({
    dataYear: records.year,
    source: EIA_861_URL,
    form: 'EIA-861',
    inputFiles: [...options.inputFiles],
    included: entries.length,
    includedBy,
    excluded,
    policy: POLICY,
    notes,
    generatedAt: options.generatedAt,
  });
  return { entries, meta };
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function largestShortFormState(rows: readonly ShortFormRow[]): string {
  return [...rows].sort((a, b) => (b.total ?? -1) - (a.total ?? -1))[0]!.state;
}

/** The file the CLI writes: one entry per line, so a new data year diffs line by line. */
export const serializeEntries = (entries: readonly DirectoryEntry[]) =>
  `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
export const serializeMeta = (meta: DirectoryMeta) => `${JSON.stringify(meta, null, 2)}\n`;

/**
 * Slugs already published, from the text of an existing directory file. A file that is not an array of
 * entries with eiaId and slug is an input error: replacing it blindly could change published URLs.
 */
export function existingSlugs(text: string, fileName: string): ExistingSlug[] {
  const fail = (why: string): never => {
    throw new InputError(
      `${fileName}: cannot keep its slugs: ${why}; expected the JSON array this importer writes. Hint: fix the file, or delete it to assign fresh slugs.`,
    );
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) return fail('found a JSON value that is not an array');
  return data.map((item, i) => {
    const e = item as { eiaId?: unknown; slug?: unknown };
    if (typeof e?.eiaId !== 'number' || typeof e?.slug !== 'string' || !e.slug)
      return fail(`item ${i} has no numeric eiaId and text slug`);
    return { eiaId: e.eiaId, slug: e.slug };
  });
}
