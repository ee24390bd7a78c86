/** Who the utility is: the key facts under the title, and the rest in the About section. */
import { COMMODITY, CUSTOMER_UNIT, OWNERSHIP, ROLE } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { capitalize, formatDate, formatList, formatNumber, stateName } from '#src/lib/format.ts';
import { join, md, text, UNKNOWN, type Cell, type Fact } from '../parts.ts';
import { lower, statesText, statusCell, statusFactOf, type GuideContext } from './shared.ts';

export interface AboutFacts {
  /** The few facts under the title: where, who owns it, what it delivers, how big, its ids. */
  keyFacts: Fact[];
  /** Everything else about the utility, in the About section further down. */
  about: Fact[];
}

export function aboutFacts(u: Utility, ctx: GuideContext): AboutFacts {
  const f = ctx.fact;
  const keyFacts: Fact[] = [
    f(u.states.length > 1 ? 'States' : 'State', text(statesText(u.states)), [u.cite]),
    f('Ownership', statusCell(OWNERSHIP[u.ownership], u.ownership === 'unknown'), [u.cite]),
    f('Serves', text(capitalize(formatList(u.commodities.map((x) => lower(COMMODITY[x]))))), [
      u.cite,
    ]),
    f('Customers', customersCell(u), [u.customers.flatMap((n) => n.cite)]),
    f(
      Array.isArray(u.eiaIds) && u.eiaIds.length > 1 ? 'EIA utility IDs' : 'EIA utility ID',
      u.eiaIds === 'unknown'
        ? { text: 'Not looked up yet' }
        : u.eiaIds === 'none'
          ? text('Files no EIA-861 report')
          : text(u.eiaIds.join(', ')),
      [u.cite],
    ),
    // A guide without its own website field says nothing rather than "not published" beside links to the site.
    ...(u.website ? [f('Website', { href: u.website, text: new URL(u.website).hostname })] : []),
  ];
  const about: Fact[] = [];
  if (u.legalName) about.push(f('Legal name', text(u.legalName), [u.cite]));
  if (u.parent)
    about.push(
      f(
        'Parent company',
        u.parent.url ? { href: u.parent.url, text: u.parent.name } : text(u.parent.name),
        [u.parent.cite, u.cite],
      ),
    );
  if (u.headquarters)
    about.push(
      f(
        'Headquarters',
        text(
          [u.headquarters.city, stateName(u.headquarters.state as never)]
            .filter(Boolean)
            .join(', '),
        ),
        [u.headquarters.cite, u.cite],
      ),
    );
  about.push(statusFactOf(ctx, 'Role', u.role, ROLE[u.role.status], [u.cite], { tone: false }));
  if (u.serviceArea) about.push(f('Service area', text(u.serviceArea), [u.cite]));
  if (u.wholesaleSupplier) about.push(f('Wholesale supplier', text(u.wholesaleSupplier), [u.cite]));
  about.push(
    f(u.regulators.length > 1 ? 'Regulators' : 'Regulator', regulatorsCell(u), [
      u.regulators.flatMap((r) => r.cite ?? []),
    ]),
  );
  // Other names sit under the title (GuideHeader), where a reader arriving by one of them looks.
  for (const r of u.related)
    about.push(
      f(
        'Not to be confused with',
        r.slug
          ? join([{ href: `/utilities/${r.slug}/`, text: r.name }, md(`: ${r.relation}`)], '')
          : md(`${r.name}: ${r.relation}`),
        [r.cite],
      ),
    );
  return { keyFacts, about };
}

/** "About 4,000,000 electric customers (March 2025); 1,100 gas meters". */
function customersCell(u: Utility): Cell {
  if (!u.customers.length) return UNKNOWN;
  return join(
    u.customers.map((n) =>
      text(
        `${n.approximate ? 'About ' : ''}${formatNumber(n.count)} ${n.commodity ? `${lower(COMMODITY[n.commodity])} ` : ''}${CUSTOMER_UNIT[n.unit]}${n.asOf ? ` (${formatDate(n.asOf)})` : ''}`,
      ),
    ),
    '; ',
  );
}

/** Each regulator, linked, with the states and scope it regulates. */
function regulatorsCell(u: Utility): Cell {
  if (!u.regulators.length) return UNKNOWN;
  return join(
    u.regulators.map((r) => {
      const name: Cell = r.url ? { href: r.url, text: r.name } : text(r.name);
      const extra = [r.states && `in ${statesText(r.states)}`, r.scope].filter(Boolean).join('; ');
      return extra ? join([name, text(`(${extra})`)], ' ') : name;
    }),
    '; ',
  );
}
