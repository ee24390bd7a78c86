/** The access-methods table: one row per way of getting data, with who may use it and what it gives. */
import { AUDIENCE, COMMODITY, DATA_TYPE, SECTION, YES_NO } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { availabilityText } from '../capabilities.ts';
import { text, UNKNOWN, type Block, type Cell, type TableRow } from '../parts.ts';
import {
  classText,
  clauses,
  granularityText,
  type GuideContext,
  historyText,
  list,
  lower,
  statesText,
  statusCell,
} from './shared.ts';

type AccessMethod = Utility['accessMethods'][number];

export function accessMethodsTable(u: Utility, ctx: GuideContext): Block {
  return {
    kind: 'table',
    label: SECTION['access-methods'],
    columns: ['Method', 'Status', 'Who can use it', 'Data', 'Latency', 'Formats'],
    rows: u.accessMethods.map((am) => methodRow(am, ctx)),
  };
}

function methodRow(am: AccessMethod, ctx: GuideContext): TableRow {
  return {
    head: text(am.method),
    sub: [
      am.states && `Only in ${statesText(am.states)}`,
      am.commodity && `${COMMODITY[am.commodity]} only`,
      am.form && `Form: ${am.form}`,
      am.fee && `Fee: ${am.fee}`,
      am.status.note,
      am.firstParty.note,
      am.thirdParty.note,
      am.note,
    ].filter((x): x is string => Boolean(x)),
    cells: [
      statusCell(
        availabilityText(am.status.status, am.status.expected),
        am.status.status === 'unknown',
      ),
      whoCell(am),
      dataCell(am),
      am.latency ? text(am.latency) : UNKNOWN,
      list(am.formats),
    ],
    cite: ctx.citations.all(
      am.cite,
      am.status.cite,
      am.firstParty.cite,
      am.thirdParty.cite,
      am.granularity.flatMap((g) => g.cite ?? []),
      am.history.flatMap((h) => h.cite ?? []),
    ),
  };
}

/** "Customer: yes; Third party: no; Classes: Residential". */
function whoCell(am: AccessMethod): Cell {
  const parts = [
    am.firstParty.status !== 'unknown' && `Customer: ${lower(YES_NO[am.firstParty.status])}`,
    am.thirdParty.status !== 'unknown' && `Third party: ${lower(YES_NO[am.thirdParty.status])}`,
    ...am.audiences.map((a) => AUDIENCE[a]),
    am.customerTypes.length && `Classes: ${am.customerTypes.map(classText).join('; ')}`,
  ].filter((x): x is string => Boolean(x));
  return parts.length ? text(parts.join('; ')) : UNKNOWN;
}

/** The data types, interval lengths and history a method gives, in one line. */
function dataCell(am: AccessMethod): Cell {
  if (!(am.dataTypes.length || am.granularity.length || am.history.length)) return UNKNOWN;
  return text(
    clauses(
      [
        am.dataTypes.map((d) => DATA_TYPE[d]).join(', '),
        ...am.granularity.map(granularityText),
        ...am.history.map((h) => `History: ${historyText(h)}`),
      ].filter(Boolean),
    ),
  );
}
