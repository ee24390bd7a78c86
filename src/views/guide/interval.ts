/** Interval data and meters: the meters installed, interval lengths and history kept per commodity. */
import { COMMODITY, METER_DEPLOYMENT, METER_TECHNOLOGY } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { formatDate, formatNumber } from '#src/lib/format.ts';
import { PAGE_IDS } from '#src/lib/page-ids.ts';
import { text, UNKNOWN, type Block, type Fact } from '../parts.ts';
import {
  clauses,
  granularityText,
  historyText,
  lower,
  statesText,
  tone,
  type GuideContext,
} from './shared.ts';

type Meter = Utility['intervalData']['meters'][number];

export function intervalBlocks(u: Utility, ctx: GuideContext): Block[] {
  const iv = u.intervalData;
  return [
    ...ctx.para(iv.summary, [iv.cite]),
    ...(iv.summary
      ? []
      : [{ kind: 'unknown', what: 'how interval data can be obtained' } as Block]),
    { kind: 'facts', facts: [...meterFacts(u, ctx), ...commodityFacts(u, ctx)] },
    ...ctx.steps(
      `How to get ${ctx.short} interval data`,
      iv.steps,
      iv.cite,
      PAGE_IDS.intervalSteps,
    ),
    ...ctx.conflicts('interval-data'),
  ];
}

/** One fact per meter population ("Electric meters in Texas"), or one "Meters: not published". */
function meterFacts(u: Utility, ctx: GuideContext): Fact[] {
  const iv = u.intervalData;
  if (!iv.meters.length) return [ctx.fact('Meters', UNKNOWN)];
  return iv.meters.map((mt) => {
    const label = [
      iv.meters.length > 1 && mt.commodity ? `${COMMODITY[mt.commodity]} meters` : 'Meters',
      mt.states && `in ${statesText(mt.states)}`,
    ]
      .filter(Boolean)
      .join(' ');
    const value = [
      mt.technology === 'unknown' ? undefined : METER_TECHNOLOGY[mt.technology],
      mt.status === 'unknown' ? undefined : lower(METER_DEPLOYMENT[mt.status]),
      mt.vendor,
      mt.since && `since ${mt.since}`,
      meterCount(mt),
    ].filter(Boolean);
    return ctx.fact(label, value.length ? text(value.join('; ')) : UNKNOWN, [mt.cite, iv.cite], {
      tone: tone(mt.status),
      note: mt.note,
    });
  });
}

/** "1,200,000 AMI, 3,000 AMR of 1,210,000 meters (June 2024)", or '' without counts. */
function meterCount(mt: Meter): string {
  if (!mt.count) return '';
  return (
    [
      mt.count.ami !== undefined && `${formatNumber(mt.count.ami)} AMI`,
      mt.count.amr !== undefined && `${formatNumber(mt.count.amr)} AMR`,
      mt.count.other !== undefined && `${formatNumber(mt.count.other)} other`,
      mt.count.total !== undefined && `of ${formatNumber(mt.count.total)} meters`,
    ]
      .filter(Boolean)
      .join(', ')
      .replace(', of', ' of') + (mt.count.asOf ? ` (${formatDate(mt.count.asOf)})` : '')
  );
}

/** Interval lengths and history kept, for each commodity the utility delivers. */
function commodityFacts(u: Utility, ctx: GuideContext): Fact[] {
  const iv = u.intervalData;
  return (['electric', 'gas'] as const)
    .filter((k) => u.commodities.includes(k))
    .flatMap((k) => {
      const ci = iv[k];
      const name = k === 'electric' ? 'Electric' : 'Gas';
      return [
        ctx.fact(
          `${name} interval data`,
          ci?.granularity.length ? text(clauses(ci.granularity.map(granularityText))) : UNKNOWN,
          [ci?.granularity.flatMap((g) => g.cite ?? []), ci?.cite, iv.cite],
          { note: ci?.note },
        ),
        ctx.fact(
          `${name} history kept`,
          ci?.history.length ? text(clauses(ci.history.map(historyText))) : UNKNOWN,
          [ci?.history.flatMap((h) => h.cite ?? []), ci?.cite, iv.cite],
        ),
      ];
    });
}
