/**
 * Data fields, the portal platform and whole-building data. Every field that applies to the
 * utility's commodities: the guide's rows in the table, and the fields no source mentions named in
 * one line under it (a card per silent field would bury the answers on a phone).
 */
import {
  CUSTOMER_CLASS,
  GRANULARITY,
  NOT_PUBLISHED,
  WHOLE_BUILDING_DELIVERY,
  YES_NO,
} from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { platformPath } from '#src/lib/urls.ts';
import { formatList } from '#src/lib/format.ts';
import { dataFieldMatrix } from '../data-fields.ts';
import { platformLabel } from '../platforms.ts';
import { md, text, UNKNOWN, type Block, type Fact, type TableRow } from '../parts.ts';
import {
  clauses,
  type GuideContext,
  list,
  lower,
  statesText,
  statusCell,
  statusFactOf,
} from './shared.ts';

export function dataFieldsBlocks(u: Utility, ctx: GuideContext): Block[] {
  const matrix = dataFieldMatrix(u);
  const rows = fieldRows(u, matrix, ctx);
  const silent = matrix.filter((m) => !m.rows.length).map((m) => m.label);
  return [
    {
      kind: 'facts',
      facts: [
        ctx.fact(
          'Portal platform',
          u.platform.vendor === 'unknown'
            ? UNKNOWN
            : { text: platformLabel(u), href: platformPath(u.platform.vendor) },
          [u.platform.cite],
          { note: u.platform.note },
        ),
      ],
    },
    { kind: 'heading', text: 'Which data fields are available' },
    ...(rows.length
      ? [
          {
            kind: 'table',
            label: 'Data fields',
            columns: ['Field', 'Available', 'Detail'],
            rows,
          } as Block,
        ]
      : []),
    ...(silent.length
      ? [
          {
            kind: 'text',
            md: `${NOT_PUBLISHED}${rows.length ? ' for the other fields' : ' for any field'}: ${formatList(silent.map((l, i) => (i ? lower(l) : l)))}.`,
            cite: [],
          } as Block,
        ]
      : []),
    { kind: 'heading', text: 'Whole-building data for benchmarking' },
    { kind: 'facts', facts: wholeBuildingFacts(u, ctx) },
  ];
}

function fieldRows(
  u: Utility,
  matrix: ReturnType<typeof dataFieldMatrix>,
  ctx: GuideContext,
): TableRow[] {
  const routes = u.thirdPartyAccess.routes;
  return matrix.flatMap((m) =>
    m.rows.map((d) => ({
      head: text(m.label),
      cells: [
        statusCell(YES_NO[d.status], d.status === 'unknown'),
        text(
          clauses(
            [
              d.granularity && GRANULARITY[d.granularity],
              d.months && `${d.months} months`,
              d.routes &&
                `via ${formatList(d.routes.map((id) => routes.find((x) => x.id === id)?.name ?? id))}`,
              d.customerTypes &&
                `for ${formatList(d.customerTypes.map((x) => lower(CUSTOMER_CLASS[x])))} customers`,
              d.note,
            ].filter((x): x is string => Boolean(x)),
          ) || '—',
        ),
      ],
      cite: ctx.citations.of(d.cite),
    })),
  );
}

/** Aggregated whole-building data; its details only when a source says anything about it. */
function wholeBuildingFacts(u: Utility, ctx: GuideContext): Fact[] {
  const wb = u.wholeBuilding;
  const f = ctx.fact;
  const status = statusFactOf(ctx, 'Aggregated whole-building data', wb, YES_NO[wb.status]);
  if (wb.status === 'unknown' && !wb.minTenants && !wb.delivery.length) return [status];
  return [
    status,
    f(
      'Privacy threshold',
      wb.minTenants || wb.maxTenantSharePercent
        ? text(
            [
              wb.minTenants && `at least ${wb.minTenants} tenants`,
              wb.maxTenantSharePercent &&
                `no tenant above ${wb.maxTenantSharePercent}% of the building’s use`,
            ]
              .filter(Boolean)
              .join('; '),
          )
        : UNKNOWN,
      [wb.cite],
    ),
    statusFactOf(
      ctx,
      'Multifamily buildings included',
      wb.multifamily,
      YES_NO[wb.multifamily.status],
      [wb.cite],
      { tone: false },
    ),
    f('Delivery', list(wb.delivery.map((d) => WHOLE_BUILDING_DELIVERY[d])), [wb.cite]),
    f('How to request it', wb.howToRequest ? md(wb.howToRequest) : UNKNOWN, [wb.cite]),
    ...(wb.states ? [f('Only in', text(statesText(wb.states)), [wb.cite])] : []),
    ...(wb.url ? [f('Page', { href: wb.url, text: wb.url }, [wb.cite])] : []),
  ];
}
