/**
 * Rates on the guide page: how rates are set, dockets, tariff book and rate features. The schedules,
 * figures and components are on the rates page, which shows the same facts (`rateFacts`).
 */
import { RATE_STRUCTURE, YES_NO } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { formatDate } from '#src/lib/format.ts';
import { Citations, join, text, UNKNOWN, type Block, type Cell, type Fact } from '../parts.ts';
import { guideContext, statusFactOf, type GuideContext } from './shared.ts';

export function ratesBlocks(u: Utility, ctx: GuideContext): Block[] {
  const r = u.rates;
  return [
    ...(r.summary
      ? ctx.para(r.summary, [r.cite])
      : [{ kind: 'unknown', what: 'how this utility’s rates are set' } as Block]),
    { kind: 'facts', facts: rateFactsIn(u, ctx) },
    ...(r.notes.length
      ? [
          {
            kind: 'list',
            items: r.notes.map((n) =>
              typeof n === 'string'
                ? { md: n, cite: ctx.citations.of(r.cite) }
                : { md: n.text, cite: ctx.citations.of(n.cite, r.cite) },
            ),
          } as Block,
        ]
      : []),
    ...ctx.conflicts('rates'),
  ];
}

/** The rate facts, numbered by the rates page's own citations. */
export const rateFacts = (u: Utility, c: Citations): Fact[] => rateFactsIn(u, guideContext(u, c));

function rateFactsIn(u: Utility, ctx: GuideContext): Fact[] {
  const r = u.rates;
  const feat = (term: string, x: Utility['rates']['features']['timeOfUse']) =>
    statusFactOf(ctx, term, x, YES_NO[x.status], [r.cite]);
  return [
    ctx.fact(r.dockets.length > 1 ? 'Dockets' : 'Docket', docketsCell(u), [
      r.dockets.flatMap((d) => d.cite ?? []),
      r.cite,
    ]),
    ctx.fact('Tariff book', r.tariffBook ? { href: r.tariffBook, text: r.tariffBook } : UNKNOWN, [
      r.cite,
    ]),
    feat('Time-of-use rates', r.features.timeOfUse),
    feat('Demand charges', r.features.demandCharges),
    feat(RATE_STRUCTURE['fuel-adjustment'], r.features.fuelAdjustment),
    ...(r.units.length ? [ctx.fact('Billed in', text(r.units.join(', ')), [r.cite])] : []),
  ];
}

/** "E-2023-0001: General rate case (Public Utility Commission, March 2024)", linked where it can be. */
function docketsCell(u: Utility): Cell {
  const dockets = u.rates.dockets;
  if (!dockets.length) return UNKNOWN;
  return join(
    dockets.map((d) => {
      const label = [
        d.id,
        d.title && `: ${d.title}`,
        d.agency && ` (${d.agency}${d.date ? `, ${formatDate(d.date)}` : ''})`,
        !d.agency && d.date && ` (${formatDate(d.date)})`,
      ]
        .filter(Boolean)
        .join('');
      return d.url ? { href: d.url, text: label } : text(label);
    }),
    '; ',
  );
}
