/** EDI: status, what it is used for, transaction sets, standard, who trades, how to enrol. */
import { AUDIENCE, EDI_PURPOSE, EDI_TRANSACTION } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { availabilityText } from '../capabilities.ts';
import { compact, md, UNKNOWN, type Block } from '../parts.ts';
import { list, statusFactOf, type GuideContext } from './shared.ts';

export function ediBlocks(u: Utility, ctx: GuideContext): Block[] {
  const e = u.edi;
  const f = ctx.fact;
  return [
    {
      kind: 'facts',
      facts: compact([
        statusFactOf(ctx, 'Status', e, availabilityText(e.status, e.expected)),
        f('Used for', list(e.purposes.map((p) => EDI_PURPOSE[p])), [e.cite]),
        f('Transaction sets', list(e.transactionSets.map((t) => EDI_TRANSACTION[t])), [e.cite]),
        f('Standard', e.standard ? md(e.standard) : UNKNOWN, [e.cite]),
        f('Who trades by EDI', list(e.audiences.map((x) => AUDIENCE[x])), [e.cite]),
      ]),
    },
    ...ctx.para(e.summary, [e.cite]),
    ...ctx.steps('How to enrol', e.enrollmentSteps, e.cite),
    ...ctx.conflicts('edi'),
  ];
}
