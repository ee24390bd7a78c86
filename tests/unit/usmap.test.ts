import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  binFor,
  buildChoropleth,
  CALLOUT_STATES,
  MAP_HEIGHT,
  MAP_WIDTH,
  STATE_NAMES,
  stateLabels,
  statePaths,
  stateShapes,
  type Bin,
  type StateCode,
} from '#src/lib/usmap.ts';

/** The 50 states and DC: every one must be drawn. */
const DRAWN: StateCode[] = (Object.keys(STATE_NAMES) as StateCode[]).filter(
  (c) => !['PR', 'GU', 'VI', 'AS', 'MP'].includes(c),
);

/** Budget for the path markup of all states together (raw bytes). */
const RAW_BUDGET = 45_000;

const bins: Bin[] = [
  { max: 1, label: '1 guide' },
  { max: 4, label: '2–4 guides' },
  { max: Infinity, label: '5 or more guides' },
];

describe('state geometry', () => {
  it('draws all 50 states and DC, each with a non-empty closed path', () => {
    const paths = statePaths();
    expect(DRAWN).toHaveLength(51);
    for (const code of DRAWN) {
      const d = paths[code];
      expect(d, code).toMatch(/^M-?[\d.]+,-?[\d.]+l[-\d., ]+z/);
    }
    // Nothing unexpected: only known codes, no duplicates.
    const codes = stateShapes().map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(STATE_NAMES[code]).toBeTruthy();
    expect(Object.keys(paths).sort()).toEqual(
      [...DRAWN, ...(codes.includes('PR') ? (['PR'] as const) : [])].sort(),
    );
  });

  it('stays within the 975×610 viewBox', () => {
    for (const { code, d } of stateShapes()) {
      // Walk the relative path to absolute points, in whole tenths to avoid float drift.
      let x = 0;
      let y = 0;
      let startX = 0;
      let startY = 0;
      for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
        const nums = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map((n) =>
          Math.round(Number(n) * 10),
        );
        if (cmd === 'z' || cmd === 'Z') {
          x = startX;
          y = startY;
          continue;
        }
        for (let i = 0; i < nums.length; i += 2) {
          if (cmd === 'M') [x, y] = [nums[i], nums[i + 1]];
          else [x, y] = [x + nums[i], y + nums[i + 1]];
          if (i === 0 && (cmd === 'M' || cmd === 'm')) [startX, startY] = [x, y];
          expect(x, code).toBeGreaterThanOrEqual(0);
          expect(x, code).toBeLessThanOrEqual(MAP_WIDTH * 10);
          expect(y, code).toBeGreaterThanOrEqual(0);
          expect(y, code).toBeLessThanOrEqual(MAP_HEIGHT * 10);
        }
      }
    }
  });

  it(`keeps all path markup under ${RAW_BUDGET / 1000} kB raw`, () => {
    const markup = stateShapes()
      .map((s) => `<path d="${s.d}"></path>`)
      .join('');
    const gzip = gzipSync(markup).length;
    console.info(`usmap path markup: ${markup.length} bytes raw, ${gzip} bytes gzip`);
    expect(markup.length).toBeLessThan(RAW_BUDGET);
    // And not simplified to nothing: the unsimplified atlas is ~100 kB of path data.
    expect(markup.length).toBeGreaterThan(15_000);
  });

  it('computes the geometry once per process', () => {
    expect(stateShapes()).toBe(stateShapes());
  });

  it('places labels inside the map, with callout boxes for the small eastern states', () => {
    const labels = stateLabels();
    for (const code of DRAWN) {
      const l = labels[code]!;
      expect(l.x, code).toBeGreaterThan(0);
      expect(l.x, code).toBeLessThan(MAP_WIDTH);
      expect(l.y, code).toBeGreaterThan(0);
      expect(l.y, code).toBeLessThan(MAP_HEIGHT);
    }
    const boxes = CALLOUT_STATES.map((c) => labels[c]!.callout!);
    expect(boxes.every(Boolean)).toBe(true);
    for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(MAP_WIDTH);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
    expect(labels.TX!.callout).toBeUndefined();
  });
});

describe('binning', () => {
  it('puts a value in the first bin whose max it does not exceed', () => {
    expect(binFor(0, bins)).toBe(0);
    expect(binFor(1, bins)).toBe(0);
    expect(binFor(1.5, bins)).toBe(1);
    expect(binFor(4, bins)).toBe(1);
    expect(binFor(5, bins)).toBe(2);
    expect(binFor(1e9, bins)).toBe(2);
    expect(binFor(null, bins)).toBe('none');
  });

  it('refuses values above the top bin, NaN and unordered bins', () => {
    const closed: Bin[] = [{ max: 10, label: 'up to 10' }];
    expect(() => binFor(11, closed)).toThrow(/above the top bin/);
    expect(() => binFor(Number.NaN, bins)).toThrow(/NaN/);
    expect(() =>
      buildChoropleth({
        values: {},
        bins: [
          { max: 5, label: 'a' },
          { max: 5, label: 'b' },
        ],
        noDataLabel: '-',
      }),
    ).toThrow(/must increase/);
    expect(() => buildChoropleth({ values: {}, bins: [], noDataLabel: '-' })).toThrow(
      /at least one bin/,
    );
    const seven = Array.from({ length: 7 }, (_, i) => ({ max: i, label: String(i) }));
    expect(() => buildChoropleth({ values: {}, bins: seven, noDataLabel: '-' })).toThrow(
      /at most 6/,
    );
  });
});

describe('choropleth view model', () => {
  const model = buildChoropleth({
    values: {
      GA: { value: 2, label: '2 guides', href: '/utilities/#georgia' },
      TN: { value: 12, label: '12 guides', href: '/utilities/#tennessee' },
      DC: { value: 1, label: '1 guide', href: '/utilities/#district-of-columbia' },
      OH: { value: null, label: 'not yet covered' },
      PR: { value: 1, label: '1 guide', href: '/utilities/#puerto-rico' },
    },
    bins,
    noDataLabel: 'No guides yet',
  });
  const byCode = new Map(model.states.map((s) => [s.code, s]));

  it('has one entry per drawn state, with its path', () => {
    expect(model.states).toHaveLength(stateShapes().length);
    expect(byCode.get('GA')!.d).toBe(statePaths().GA);
  });

  it('assigns bins, with null and missing values as no data', () => {
    expect(byCode.get('DC')!.bin).toBe(0);
    expect(byCode.get('GA')!.bin).toBe(1);
    expect(byCode.get('TN')!.bin).toBe(2);
    expect(byCode.get('OH')!.bin).toBe('none');
    expect(byCode.get('WY')!.bin).toBe('none');
  });

  it('names each state with its value', () => {
    expect(byCode.get('GA')!.accessibleName).toBe('Georgia: 2 guides');
    expect(byCode.get('DC')!.accessibleName).toBe('District of Columbia: 1 guide');
    expect(byCode.get('OH')!.accessibleName).toBe('Ohio: not yet covered');
    expect(byCode.get('WY')!.accessibleName).toBe('Wyoming: No guides yet');
  });

  it('links only states with an href', () => {
    expect(byCode.get('GA')!.href).toBe('/utilities/#georgia');
    expect(byCode.get('OH')!.href).toBeUndefined();
    expect(byCode.get('WY')!.href).toBeUndefined();
  });

  it('lists values for places the atlas does not draw', () => {
    const drawsPR = byCode.has('PR');
    expect(model.offMap.map((s) => s.code)).toEqual(drawsPR ? [] : ['PR']);
    if (!drawsPR)
      expect(model.offMap[0]).toMatchObject({ accessibleName: 'Puerto Rico: 1 guide', bin: 0 });
  });

  it('builds a legend of every bin plus no data, with counts of drawn states', () => {
    expect(model.binCount).toBe(3);
    expect(model.legend.map((e) => [e.bin, e.label, e.count])).toEqual([
      [0, '1 guide', 1],
      [1, '2–4 guides', 1],
      [2, '5 or more guides', 1],
      ['none', 'No guides yet', model.states.length - 3],
    ]);
  });
});
