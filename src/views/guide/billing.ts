/** Billing: what a bill shows, self-service export, and how to get bills. */
import { YES_NO } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { text, type Block, type Fact } from '../parts.ts';
import { clauses, type GuideContext, historyText, list, statusFactOf } from './shared.ts';
import { PAGE_IDS } from '#src/lib/page-ids.ts';

export function billingBlocks(u: Utility, ctx: GuideContext): Block[] {
  const b = u.billing;
  const { short } = ctx;
  return [
    ...ctx.para(b.summary, [b.cite]),
    { kind: 'heading', text: 'What a bill shows' },
    b.billContents.length
      ? { kind: 'list', items: b.billContents.map((x) => ({ md: x, cite: [] })) }
      : { kind: 'unknown', what: 'what the bill shows' },
    { kind: 'heading', text: 'Self-service export' },
    { kind: 'facts', facts: exportFacts(u, ctx) },
    ...ctx.steps(
      `How to get ${short} bills (residential)`,
      b.residentialSteps,
      b.cite,
      PAGE_IDS.billSteps,
    ),
    ...ctx.steps(
      `How to get ${short} bills (business)`,
      b.commercialSteps,
      b.cite,
      b.residentialSteps.length ? PAGE_IDS.billStepsBusiness : PAGE_IDS.billSteps,
    ),
    ...(b.residentialSteps.length + b.commercialSteps.length === 0
      ? [{ kind: 'unknown', what: 'step-by-step instructions for getting bills' } as Block]
      : []),
    ...ctx.conflicts('billing'),
  ];
}

function exportFacts(u: Utility, ctx: GuideContext): Fact[] {
  const b = u.billing;
  const exp = b.selfServiceExport;
  return [
    statusFactOf(ctx, 'Customers can export their own data', exp, YES_NO[exp.status], [b.cite]),
    ctx.fact('Formats', list(exp.formats), [exp.cite, b.cite]),
    statusFactOf(
      ctx,
      'One login or summary bill for many accounts',
      b.multiAccount,
      YES_NO[b.multiAccount.status],
      [b.cite],
    ),
    ...(exp.history.length
      ? [
          ctx.fact('History', text(clauses(exp.history.map(historyText))), [
            exp.history.flatMap((h) => h.cite ?? []),
            b.cite,
          ]),
        ]
      : []),
  ];
}
