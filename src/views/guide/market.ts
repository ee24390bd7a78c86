/** The market the utility works in: its structure, retail choice, programs, suppliers, the bill. */
import { BILL_ISSUER, COMMODITY, MARKET_STRUCTURE, RETAIL_CHOICE } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { join, md, text, type Fact } from '../parts.ts';
import { lower, statusCell, statusFactOf, tone, type GuideContext } from './shared.ts';

export function marketFacts(u: Utility, ctx: GuideContext): Fact[] {
  const f = ctx.fact;
  const m = u.market;
  const market: Fact[] = [
    statusFactOf(ctx, 'Market', m.structure, MARKET_STRUCTURE[m.structure.status], [m.cite], {
      tone: false,
    }),
    ...choiceFacts(u, ctx),
  ];
  if (m.choicePrograms.length)
    market.push(
      f(
        'Choice programs',
        join(
          m.choicePrograms.map((p) =>
            text(
              `${p.name} (${lower(COMMODITY[p.commodity])})${p.eligibility ? `: ${p.eligibility}` : ''}`,
            ),
          ),
          '; ',
        ),
        [m.choicePrograms.flatMap((p) => p.cite ?? [])],
      ),
    );
  if (m.suppliers.length)
    market.push(
      f(
        'Suppliers named by sources',
        join(
          [...m.suppliers]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((s) => (s.url ? { href: s.url, text: s.name } : text(s.name))),
        ),
        [m.suppliers.flatMap((s) => s.cite ?? [])],
      ),
    );
  if (m.priceComparison)
    market.push(
      f(
        'Official price comparison',
        { href: m.priceComparison.url, text: m.priceComparison.name },
        [m.priceComparison.cite],
      ),
    );
  if (m.billIssuer)
    market.push(
      statusFactOf(
        ctx,
        'Who sends the bill',
        m.billIssuer,
        BILL_ISSUER[m.billIssuer.status],
        [m.cite],
        {
          tone: false,
        },
      ),
    );
  if (m.note) market.push(f('Note', md(m.note), [m.cite]));
  return market;
}

/** Retail choice for each commodity the utility delivers (electricity and gas), with its threshold. */
function choiceFacts(u: Utility, ctx: GuideContext): Fact[] {
  const m = u.market;
  return (['electric', 'gas'] as const)
    .filter((k) => u.commodities.includes(k))
    .map((k) => {
      // Written out rather than through statusFactOf: the label carries the threshold.
      const ch = m.choice[k] ?? { status: 'unknown' as const };
      const label = `${RETAIL_CHOICE[ch.status]}${'threshold' in ch && ch.threshold ? `: ${ch.threshold}` : ''}`;
      return ctx.fact(
        `Choice of ${k === 'electric' ? 'electricity' : 'gas'} supplier`,
        statusCell(label, ch.status === 'unknown'),
        [ch.cite, m.cite],
        { note: ch.note, tone: tone(ch.status) },
      );
    });
}
