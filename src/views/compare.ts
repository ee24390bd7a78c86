/**
 * One row per utility for the comparison table, its CSV and its JSON: the same columns everywhere, every
 * value computed from the typed guide (or the EIA directory for utilities without a guide). Each cell
 * carries its text, a sort key and a status a filter can use; `unknown` stays distinct from "no".
 */
import {
  COMMODITY,
  DATA_FIELD,
  NOT_APPLICABLE,
  NOT_PUBLISHED,
  OWNERSHIP,
  TURNAROUND_UNIT,
} from '#src/schema/enums.ts';
import {
  DATA_FIELD_IDS,
  dataFieldCount,
  dataFieldMatrix,
  type DataFieldId,
} from './data-fields.ts';
import { platformLabel } from './platforms.ts';
import { csvField } from '#src/lib/escape.ts';
import type { Listing } from '#src/directory/listings.ts';
import { formatNumber, formatPercent } from '#src/lib/format.ts';
import { capabilities, CAPABILITY, type CapabilityId } from './capabilities.ts';
import { reportersText, type EvidenceTier } from './evidence.ts';
import { score } from './score.ts';
import type { Tone } from './parts.ts';

const capColumn = <K extends CapabilityId>(key: K) =>
  ({ key, label: CAPABILITY[key].column, capability: key }) as const;

export const COLUMNS = [
  { key: 'utility', label: 'Utility' },
  { key: 'ownership', label: 'Ownership' },
  { key: 'states', label: 'States' },
  { key: 'customers', label: 'Customers' },
  capColumn('meters'),
  capColumn('interval'),
  capColumn('gb-dmd'),
  capColumn('gb-cmd'),
  capColumn('api'),
  capColumn('edi'),
  { ...capColumn('self-service-export'), key: 'export' },
  { key: 'turnaround', label: 'Third-party turnaround' },
  { key: 'platform', label: 'Portal platform' },
  { key: 'data-fields', label: 'Data fields confirmed' },
  { key: 'score', label: 'Score' },
] as const;

/** One column per data field, in the CSV and JSON (the page links to the matrix at /compare/data-fields/). */
export const FIELD_COLUMNS = DATA_FIELD_IDS.map((f) => ({ key: f, label: DATA_FIELD[f] }));
export type ColumnKey = (typeof COLUMNS)[number]['key'];

export interface CompareCell {
  text: string;
  /** A number or text to sort by. */
  sort: number | string;
  /** yes / partial / no / unknown, for filters and styling; absent for plain facts. */
  tone?: Tone | 'none';
  /** For a capability from a guide: how well its sources back it, and who reports a reported one. */
  evidence?: EvidenceTier;
  reportedBy?: string;
}

export interface CompareRow {
  slug: string;
  /** The EIA-861 utility numbers of the listing, for joining with EIA's own files. */
  eiaIds: number[];
  guide: boolean;
  commodities: string[];
  cells: Record<ColumnKey, CompareCell>;
  /** Per data field; "not applicable" where the utility does not deliver the field's commodity. */
  fields: Record<DataFieldId, CompareCell>;
  /** Plain numbers for open data: customers (null when not published) and EIA-861 meter counts. */
  numbers: { customers: number | null; amiMeters: number; meters: number };
}

export const NO_GUIDE = 'No guide yet';
const noGuide = (): CompareCell => ({ text: NO_GUIDE, sort: '', tone: 'none' });

function customersOf(l: Listing): number | null {
  const eiaTotal = l.eia.reduce((n, e) => n + (e.customers?.total ?? 0), 0);
  if (l.guide) {
    const own = l.guide.data.customers
      .filter((c) => !c.commodity || c.commodity === 'electric')
      .map((c) => c.count);
    return own.length ? Math.max(...own) : eiaTotal || null;
  }
  return eiaTotal || null;
}

function turnaround(l: Listing): CompareCell {
  const routes = l.guide!.data.thirdPartyAccess.routes.filter(
    (r) => r.status.status === 'available' && r.turnaround?.max !== undefined,
  );
  if (!routes.length)
    return { text: NOT_PUBLISHED, sort: Number.MAX_SAFE_INTEGER, tone: 'unknown' };
  const days = (r: (typeof routes)[number]) =>
    r.turnaround!.max! * (r.turnaround!.unit === 'weeks' ? 5 : 1);
  const best = routes.reduce((a, b) => (days(b) < days(a) ? b : a));
  const t = best.turnaround!;
  return {
    text: `${t.min !== undefined ? `${t.min}–` : 'up to '}${t.max} ${TURNAROUND_UNIT[t.unit ?? 'business-days']}`,
    sort: days(best),
  };
}

export function compareRow(l: Listing): CompareRow {
  const e = l.eia[0];
  const customers = customersOf(l);
  const meters = l.eia.reduce(
    (a, x) => ({ ami: a.ami + (x.meters?.ami ?? 0), total: a.total + (x.meters?.total ?? 0) }),
    { ami: 0, total: 0 },
  );
  const base = {
    utility: { text: l.name, sort: l.name.toLowerCase() },
    ownership: {
      text: l.guide ? OWNERSHIP[l.guide.data.ownership] : OWNERSHIP[e.ownership],
      sort: l.guide ? l.guide.data.ownership : e.ownership,
    },
    states: { text: l.states.join(', '), sort: l.states.join(' ') },
    customers: {
      text: customers ? formatNumber(customers) : NOT_PUBLISHED,
      sort: customers ?? -1,
      tone: customers ? undefined : ('unknown' as const),
    },
  };
  const eiaMeters: CompareCell = meters.total
    ? {
        text: `${formatPercent(meters.ami, meters.total)} AMI (EIA-861, ${e.dataYear})`,
        sort: meters.ami / meters.total,
        tone: meters.ami / meters.total >= 0.9 ? 'yes' : meters.ami > 0 ? 'partial' : 'no',
      }
    : { text: 'Not reported to EIA', sort: -1, tone: 'unknown' };
  const numbers = { customers, amiMeters: meters.ami, meters: meters.total };
  if (!l.guide) {
    return {
      slug: l.slug,
      eiaIds: l.eia.map((x) => x.eiaId),
      numbers,
      guide: false,
      commodities: ['electric'] as string[],
      cells: {
        ...base,
        meters: eiaMeters,
        interval: noGuide(),
        'gb-dmd': noGuide(),
        'gb-cmd': noGuide(),
        api: noGuide(),
        edi: noGuide(),
        export: noGuide(),
        turnaround: noGuide(),
        platform: noGuide(),
        'data-fields': noGuide(),
        score: { text: NO_GUIDE, sort: -1, tone: 'none' },
      },
      fields: Object.fromEntries(DATA_FIELD_IDS.map((f) => [f, noGuide()])) as Record<
        DataFieldId,
        CompareCell
      >,
    };
  }
  const caps = new Map(capabilities(l.guide.data).map((c) => [c.id, c]));
  const cap = (id: CapabilityId): CompareCell => {
    const c = caps.get(id)!;
    const rank = { yes: 3, partial: 2, no: 1, unknown: 0 }[c.tone];
    return {
      text: c.value,
      sort: rank,
      tone: c.tone,
      evidence: c.evidence.tier,
      ...(c.evidence.tier === 'reported' ? { reportedBy: reportersText(c.evidence.by) } : {}),
    };
  };
  const s = score(l.guide.data);
  const guideMeters = cap('meters');
  const matrix = new Map(dataFieldMatrix(l.guide.data).map((m) => [m.field, m]));
  const fieldCount = dataFieldCount(l.guide.data);
  const rank = { yes: 3, partial: 2, no: 1, unknown: 0 } as const;
  const platform = platformLabel(l.guide.data);
  return {
    slug: l.slug,
    eiaIds: l.eia.map((x) => x.eiaId),
    numbers,
    guide: true,
    commodities: l.guide.data.commodities,
    cells: {
      ...base,
      meters: guideMeters.tone === 'unknown' && meters.total ? eiaMeters : guideMeters,
      interval: cap('interval'),
      'gb-dmd': cap('gb-dmd'),
      'gb-cmd': cap('gb-cmd'),
      api: cap('api'),
      edi: cap('edi'),
      export: cap('self-service-export'),
      turnaround: turnaround(l),
      platform: {
        text: platform,
        sort: l.guide.data.platform.vendor === 'unknown' ? '~' : platform.toLowerCase(),
        tone: l.guide.data.platform.vendor === 'unknown' ? 'unknown' : undefined,
      },
      'data-fields': {
        text: `${fieldCount.confirmed} of ${fieldCount.applicable}${fieldCount.reported ? ` (${fieldCount.reported} more reported)` : ''}`,
        sort: fieldCount.confirmed,
        tone: fieldCount.confirmed ? undefined : 'unknown',
      },
      score: s.scored
        ? {
            text: `${s.points}/${s.max}${s.reportedPoints ? ` (${s.reportedPoints} reported)` : ''}${s.unknown ? ` (${s.unknown} not published)` : ''}`,
            sort: s.points,
          }
        : { text: 'Not enough published', sort: -1, tone: 'unknown' },
    },
    fields: Object.fromEntries(
      DATA_FIELD_IDS.map((f) => {
        const m = matrix.get(f);
        return [
          f,
          m
            ? { text: m.value, sort: rank[m.tone], tone: m.tone }
            : { text: NOT_APPLICABLE, sort: -1, tone: 'none' },
        ];
      }),
    ) as Record<DataFieldId, CompareCell>,
  };
}

/** Columns that carry a capability, each followed in the CSV by its evidence. */
export const CAPABILITY_COLUMNS = COLUMNS.filter((c) => 'capability' in c);

/** A capability cell's evidence for open data: confirmed, reported (by …), no, not-published; empty without a guide. */
export const evidenceCell = (c: CompareCell) =>
  c.evidence ? (c.reportedBy ? `reported by ${c.reportedBy}` : c.evidence) : '';

/** The rows as CSV (RFC 4180): the same columns as the table, each capability with its evidence, slug and URL. */
export function compareCsv(rows: CompareRow[], site: string): string {
  const head = [
    'slug',
    'eia_ids',
    ...COLUMNS.flatMap((c) => ('capability' in c ? [c.label, `${c.label} evidence`] : [c.label])),
    ...FIELD_COLUMNS.map((c) => `Data field: ${c.label}`),
    'url',
  ];
  const lines = rows.map((r) =>
    [
      r.slug,
      // Several EIA numbers (one guide, several filings) are separated by spaces.
      r.eiaIds.join(' '),
      ...COLUMNS.flatMap((c) =>
        'capability' in c
          ? [r.cells[c.key].text, evidenceCell(r.cells[c.key])]
          : [r.cells[c.key].text],
      ),
      ...FIELD_COLUMNS.map((c) => r.fields[c.key].text),
      new URL(`/utilities/${r.slug}/`, site).href,
    ]
      .map(csvField)
      .join(','),
  );
  return `${head.map(csvField).join(',')}\r\n${lines.join('\r\n')}\r\n`;
}

/** snake_case column names for the machine CSV. */
const snake = (key: string) => key.replace(/-/g, '_');
const TONES = 'yes, partial, no or unknown; empty without a guide';
/** The machine CSV's columns, in order, with their type and meaning: the data dictionary on /data/ shows this. */
export const DATA_COLUMNS: { name: string; type: string; meaning: string }[] = [
  { name: 'slug', type: 'text', meaning: 'The page at /utilities/<slug>/; stable.' },
  {
    name: 'eia_ids',
    type: 'integers, space-separated',
    meaning: 'EIA-861 utility numbers, for joining with EIA’s own files.',
  },
  {
    name: 'name',
    type: 'text',
    meaning:
      'The name the site shows: a guide’s name, a sourced brand name, or EIA’s name spelled out.',
  },
  {
    name: 'ownership',
    type: 'code',
    meaning: 'investor-owned, cooperative, municipal, political-subdivision, state, federal, …',
  },
  {
    name: 'states',
    type: 'codes, space-separated',
    meaning: 'Two-letter state codes the utility serves.',
  },
  {
    name: 'has_guide',
    type: 'true / false',
    meaning: 'Whether a researched guide exists (otherwise EIA-861 facts only).',
  },
  {
    name: 'customers',
    type: 'integer',
    meaning:
      'Customers: the guide’s largest cited electric count, else EIA-861’s total; empty when neither gives one.',
  },
  {
    name: 'eia_ami_meters',
    type: 'integer',
    meaning: 'Smart (AMI) meters reported to EIA-861; empty when no meters were reported.',
  },
  {
    name: 'eia_meters',
    type: 'integer',
    meaning: 'All meters reported to EIA-861; empty when none were reported.',
  },
  ...CAPABILITY_COLUMNS.flatMap((c) => [
    { name: snake(c.key), type: 'code', meaning: `${c.label}: ${TONES}.` },
    {
      name: `${snake(c.key)}_evidence`,
      type: 'code',
      meaning: `How ${c.label} is backed: confirmed, reported, no or not-published (from the kinds of sources cited); empty without a guide.`,
    },
  ]),
  {
    name: 'turnaround_business_days',
    type: 'integer',
    meaning:
      'The fastest stated turnaround of an available third-party route, in business days (a week counts 5).',
  },
  {
    name: 'data_fields_confirmed',
    type: 'integer',
    meaning: 'Data fields a primary source confirms (see field_* columns).',
  },
  {
    name: 'score',
    type: 'integer',
    meaning:
      'The data-access score out of 100 (/methodology/); empty when too little is published.',
  },
  ...FIELD_COLUMNS.map((c) => ({
    name: `field_${snake(c.key)}`,
    type: 'code',
    meaning: `${c.label}: ${TONES}; not-applicable when the utility does not deliver that commodity.`,
  })),
  { name: 'url', type: 'URL', meaning: 'The utility’s page on this site.' },
];

/**
 * The same rows as machine-readable CSV (/data/utilities.csv): snake_case headers and typed values, no
 * display text. Numbers are plain integers or decimals; a capability is yes / partial / no / unknown (empty
 * without a guide) with its evidence tier beside it; lists are space-separated codes. Documented on /data/.
 */
/** A machine value: a number, a code, true/false, a list of codes or numbers, or null when not published. */
export type DataValue = string | number | boolean | null | (string | number)[];

/** One row's typed values, keyed by DATA_COLUMNS names: the JSON's `values` and the machine CSV's cells. */
export function dataRecord(r: CompareRow, site: string): Record<string, DataValue> {
  const cell = (k: ColumnKey) => r.cells[k];
  const tone = (c: CompareCell) => (c.tone && c.tone !== 'none' ? c.tone : null);
  const num = (k: ColumnKey) => {
    const v = cell(k).sort;
    return r.guide && typeof v === 'number' && v >= 0 && v !== Number.MAX_SAFE_INTEGER ? v : null;
  };
  const values: DataValue[] = [
    r.slug,
    r.eiaIds,
    cell('utility').text,
    String(cell('ownership').sort),
    String(cell('states').sort).split(' '),
    r.guide,
    r.numbers.customers,
    r.numbers.meters ? r.numbers.amiMeters : null,
    r.numbers.meters ? r.numbers.meters : null,
    ...CAPABILITY_COLUMNS.flatMap((c) => [tone(cell(c.key)), cell(c.key).evidence ?? null]),
    num('turnaround'),
    num('data-fields'),
    num('score'),
    ...FIELD_COLUMNS.map((c) =>
      r.guide
        ? (tone(r.fields[c.key]) ??
          (r.fields[c.key].text === NOT_APPLICABLE ? 'not-applicable' : null))
        : null,
    ),
    new URL(`/utilities/${r.slug}/`, site).href,
  ];
  return Object.fromEntries(DATA_COLUMNS.map((c, i) => [c.name, values[i]!]));
}

export function dataCsv(rows: CompareRow[], site: string): string {
  const text = (v: DataValue) => (v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v));
  const lines = rows.map((r) =>
    Object.values(dataRecord(r, site))
      .map((v) => csvField(text(v)))
      .join(','),
  );
  return `${DATA_COLUMNS.map((c) => c.name).join(',')}\r\n${lines.join('\r\n')}\r\n`;
}
