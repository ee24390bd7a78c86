/**
 * US state map geometry and the choropleth view model behind `UsMap.astro`.
 *
 * Build time only: nothing here ships to the browser. The source is us-atlas's
 * `states-albers-10m.json`, which is already projected (Albers USA, Alaska and Hawaii
 * inset) into a 975×610 box, so d3-geo's `geoPath()` runs with a null projection.
 * The topology is simplified and rounded once per process and cached.
 */
import { US_STATES } from '#src/schema/fragments.ts';
import { geoPath, type GeoContext } from 'd3-geo';
import { feature } from 'topojson-client';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json' with { type: 'json' };

export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;
export const MAP_VIEWBOX = `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`;

/** Two-letter USPS codes with names: the schema's list, so the map and the content agree. */
export const STATE_NAMES = US_STATES;
export type StateCode = keyof typeof STATE_NAMES;

/** Census FIPS state codes as used for the atlas feature ids. */
const FIPS: Record<string, StateCode> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
  '60': 'AS',
  '66': 'GU',
  '69': 'MP',
  '72': 'PR',
  '78': 'VI',
};

/**
 * Simplification: keep the points whose triangle weight is in the top SIMPLIFY_KEEP share,
 * then drop islands smaller than MIN_RING_AREA square units (invisible at any size the map
 * is shown), then round to 1/PRECISION of a unit.
 */
const SIMPLIFY_KEEP = 0.35;
const MIN_RING_AREA = 0.8;
const PRECISION = 10;

/**
 * States too small to read or tap at phone width get a labelled box in the Atlantic, part of
 * the same link as the state. Listed north to south; boxes are stacked in this order.
 */
export const CALLOUT_STATES: readonly StateCode[] = [
  'VT',
  'NH',
  'MA',
  'RI',
  'CT',
  'NJ',
  'DE',
  'MD',
  'DC',
];
const CALLOUT = { x: 914, y: 200, width: 46, height: 21, gap: 5 } as const;

/** Hand nudges (map units) where the centroid of the largest part is a poor label spot. */
const LABEL_NUDGE: Partial<Record<StateCode, [number, number]>> = {
  FL: [12, 10],
  LA: [-8, -4],
  MI: [8, 14],
  KY: [4, 3],
  WV: [-3, 4],
  VA: [10, 3],
  ID: [0, 14],
  NC: [6, 0],
  SC: [2, -2],
  CA: [-6, 0],
};

/** Labels placed beside the shape (map units), for island groups too thin to hold one. */
const LABEL_OUTSIDE: Partial<Record<StateCode, [number, number]>> = {
  HI: [262, 570],
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelPosition {
  /** Centre of the state's code label, in map units. */
  x: number;
  y: number;
  /** True when the label sits beside the shape, on the page background. */
  outside?: boolean;
  /** For small states: a labelled box drawn off the coast instead of a label inside the shape. */
  callout?: Box;
}

export interface StateShape {
  code: StateCode;
  name: string;
  fips: string;
  /** SVG path data in the 975×610 viewBox, relative commands, rounded. */
  d: string;
  label: LabelPosition;
}

/* ------------------------------------------------------------------------------------------ */
/* Geometry                                                                                    */

/** Formats a whole number of tenths: 12 → "1.2", -5 → "-.5", 30 → "3". */
function tenths(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / PRECISION);
  const frac = abs % PRECISION;
  if (frac === 0) return sign + whole;
  return sign + (whole === 0 ? '' : String(whole)) + '.' + frac;
}

/** Joins two numbers, leaving out the separator before a minus sign. */
function join(a: string, b: string): string {
  return b.startsWith('-') ? a + b : a + ',' + b;
}

/**
 * A d3 path context that collects each ring in rounded integer units of 1/PRECISION, then
 * writes compact relative path data. Rings that collapse to fewer than three distinct
 * points after rounding, or reach outside the viewBox, are dropped.
 */
function compactPathContext(): GeoContext & { result(): string } {
  const rings: [number, number][][] = [];
  let ring: [number, number][] | null = null;
  const snap = (v: number) => Math.round(v * PRECISION);
  const push = (x: number, y: number) => {
    if (!ring) return;
    const p: [number, number] = [snap(x), snap(y)];
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  };
  const end = () => {
    if (!ring) return;
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    // Some western Aleutians fall off the left edge of the layout: drop what the viewBox clips.
    const inside = ring.every(
      ([x, y]) => x >= 0 && y >= 0 && x <= MAP_WIDTH * PRECISION && y <= MAP_HEIGHT * PRECISION,
    );
    if (ring.length >= 3 && inside) rings.push(ring);
    ring = null;
  };
  return {
    beginPath() {},
    moveTo(x, y) {
      end();
      ring = [];
      push(x, y);
    },
    lineTo(x, y) {
      push(x, y);
    },
    closePath() {
      end();
    },
    arc() {
      throw new Error('usmap: point geometries are not expected in the state atlas');
    },
    result() {
      end();
      let out = '';
      // After "z" the current point is the start of the closed subpath.
      let cx = 0;
      let cy = 0;
      for (const r of rings) {
        const [sx, sy] = r[0];
        out +=
          out === ''
            ? 'M' + join(tenths(sx), tenths(sy))
            : 'm' + join(tenths(sx - cx), tenths(sy - cy));
        let px = sx;
        let py = sy;
        let segs = '';
        for (let i = 1; i < r.length; i++) {
          const [x, y] = r[i];
          const pair = join(tenths(x - px), tenths(y - py));
          segs += segs === '' || pair.startsWith('-') ? pair : ' ' + pair;
          px = x;
          py = y;
        }
        out += 'l' + segs + 'z';
        cx = sx;
        cy = sy;
      }
      return out;
    },
  };
}

type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }> }>;
type StateFeature = Feature<Polygon | MultiPolygon, { name: string }>;

function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  const area = geoPath().area;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const a = area(part);
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  return best;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function computeShapes(): StateShape[] {
  // presimplify adds weights to the arcs in place: work on a copy so the import stays intact.
  const source = structuredClone(atlas) as unknown as StatesTopology;
  const weighted = presimplify(source);
  const simplified = simplify(weighted, quantile(weighted, SIMPLIFY_KEEP));
  const topology = filter(
    simplified,
    filterWeight(simplified, MIN_RING_AREA),
  ) as unknown as StatesTopology;
  const collection = feature(topology, topology.objects.states);

  const shapes: StateShape[] = [];
  for (const f of collection.features as StateFeature[]) {
    if (!f.geometry) continue;
    const fips = String(f.id);
    const code = FIPS[fips];
    if (!code) throw new Error(`usmap: no USPS code for FIPS ${fips} (${f.properties.name})`);
    const context = compactPathContext();
    geoPath(null, context)(f);
    const d = context.result();
    if (!d) throw new Error(`usmap: ${code} has no drawable outline after simplification`);

    const [cx, cy] = geoPath().centroid(largestPart(f.geometry));
    const [nx, ny] = LABEL_NUDGE[code] ?? [0, 0];
    const beside = LABEL_OUTSIDE[code];
    const label: LabelPosition = beside
      ? { x: beside[0], y: beside[1], outside: true }
      : { x: round1(cx + nx), y: round1(cy + ny) };
    const slot = CALLOUT_STATES.indexOf(code);
    if (slot >= 0) {
      const box: Box = {
        x: CALLOUT.x,
        y: CALLOUT.y + slot * (CALLOUT.height + CALLOUT.gap),
        width: CALLOUT.width,
        height: CALLOUT.height,
      };
      label.callout = box;
      label.x = box.x + box.width / 2;
      label.y = box.y + box.height / 2;
    }
    shapes.push({ code, name: STATE_NAMES[code], fips, d, label });
  }
  shapes.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return shapes;
}

let cache: readonly StateShape[] | undefined;

/** Every state in the atlas (50 states and DC), sorted by name. Computed once per process. */
export function stateShapes(): readonly StateShape[] {
  cache ??= Object.freeze(computeShapes());
  return cache;
}

/** Path data per USPS code. */
export function statePaths(): Partial<Record<StateCode, string>> {
  return Object.fromEntries(stateShapes().map((s) => [s.code, s.d]));
}

/** Label position per USPS code (centroid of the largest part, or a callout box). */
export function stateLabels(): Partial<Record<StateCode, LabelPosition>> {
  return Object.fromEntries(stateShapes().map((s) => [s.code, s.label]));
}

/* ------------------------------------------------------------------------------------------ */
/* Choropleth view model                                                                       */

/** Most bins the component has a palette for. */
export const MAX_BINS = 6;

export interface StateValue {
  /** `null` means no data: the state is drawn with the no-data pattern. */
  value: number | null;
  /** Wording of the value, e.g. "2 guides"; used in the accessible name. */
  label: string;
  href?: string;
}

export interface Bin {
  /** Inclusive upper bound; bins must be in increasing order. Use Infinity for an open top bin. */
  max: number;
  label: string;
}

export interface ChoroplethInput {
  values: Partial<Record<StateCode, StateValue>>;
  bins: readonly Bin[];
  /** Legend text for states without data; also the accessible value of states absent from `values`. */
  noDataLabel: string;
}

export type BinIndex = number | 'none';

export interface ChoroplethState {
  code: StateCode;
  name: string;
  d: string;
  bin: BinIndex;
  /** e.g. "Georgia: 2 guides". */
  accessibleName: string;
  href?: string;
  label: LabelPosition;
}

export interface LegendEntry {
  bin: BinIndex;
  label: string;
  /** How many drawn states fall in this entry. */
  count: number;
}

export interface ChoroplethModel {
  states: ChoroplethState[];
  legend: LegendEntry[];
  /** Codes with values but no shape in the atlas (territories): list them in text. */
  offMap: Omit<ChoroplethState, 'd' | 'label'>[];
  binCount: number;
}

/** Checks bins are usable and returns them; throws with a message naming the problem. */
export function checkBins(bins: readonly Bin[]): readonly Bin[] {
  if (bins.length === 0) throw new Error('usmap: at least one bin is needed');
  if (bins.length > MAX_BINS)
    throw new Error(`usmap: at most ${MAX_BINS} bins are supported, got ${bins.length}`);
  bins.forEach((b, i) => {
    if (Number.isNaN(b.max)) throw new Error(`usmap: bin ${i} ("${b.label}") has no max`);
    if (i > 0 && !(b.max > bins[i - 1].max)) {
      throw new Error(
        `usmap: bin maxima must increase; "${b.label}" (${b.max}) follows ${bins[i - 1].max}`,
      );
    }
  });
  return bins;
}

/** The first bin whose `max` is at least the value; 'none' for null. Throws above the top bin. */
export function binFor(value: number | null, bins: readonly Bin[]): BinIndex {
  if (value === null) return 'none';
  if (Number.isNaN(value)) throw new Error('usmap: value is NaN; use null for no data');
  const index = bins.findIndex((b) => value <= b.max);
  if (index < 0)
    throw new Error(
      `usmap: value ${value} is above the top bin (max ${bins[bins.length - 1].max})`,
    );
  return index;
}

export function buildChoropleth(input: ChoroplethInput): ChoroplethModel {
  const bins = checkBins(input.bins);
  const counts = new Map<BinIndex, number>();
  const describe = (code: StateCode) => {
    const name: string = STATE_NAMES[code];
    if (!name) throw new Error(`usmap: unknown state code ${String(code)}`);
    const entry = input.values[code];
    const bin = entry ? binFor(entry.value, bins) : 'none';
    const valueText = entry?.label.trim() || input.noDataLabel;
    return {
      code,
      name,
      bin,
      accessibleName: `${name}: ${valueText}`,
      ...(entry?.href ? { href: entry.href } : {}),
    };
  };

  const shapes = stateShapes();
  const states: ChoroplethState[] = shapes.map((shape) => {
    const described = describe(shape.code);
    counts.set(described.bin, (counts.get(described.bin) ?? 0) + 1);
    return { ...described, d: shape.d, label: shape.label };
  });
  const drawn = new Set(shapes.map((s) => s.code));
  const offMap = (Object.keys(input.values) as StateCode[])
    .filter((code) => !drawn.has(code))
    .map(describe)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const legend: LegendEntry[] = bins.map((b, i) => ({
    bin: i,
    label: b.label,
    count: counts.get(i) ?? 0,
  }));
  legend.push({ bin: 'none', label: input.noDataLabel, count: counts.get('none') ?? 0 });
  return { states, legend, offMap, binCount: bins.length };
}
