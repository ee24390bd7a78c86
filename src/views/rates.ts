/** The rates page as data: schedules, dated figures (as written), bill components, features. */
import { CHARGE_KIND, CUSTOMER_CLASS, RATE_STRUCTURE } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { formatDate, formatDecimal, formatList, stateName } from '#src/lib/format.ts';
import { rateFacts } from './guide.ts';
import { Citations, text, UNKNOWN, type Block, type Fact } from './parts.ts';

type Figure = Utility['rates']['figures'][number];

/** "0.09436 USD per kWh", "About 10.18 cents per kWh", "11.30–14.20 USD per month". */
export function figureValue(x: Figure): string {
  const n = x.range
    ? `${formatDecimal(x.range.min)}–${formatDecimal(x.range.max)}`
    : formatDecimal(x.value!);
  return `${x.approximate ? 'About ' : ''}${n} ${x.unit}`;
}

export interface RatesView {
  facts: Fact[];
  schedules: Block;
  figures: Block;
  components: Block[];
  notes: Block[];
  citations: Citations;
}

export function ratesView(u: Utility): RatesView {
  const c = new Citations(u.sources);
  const r = u.rates;
  const schedules: Block = r.schedules.length
    ? {
        kind: 'table',
        label: 'Rate schedules',
        columns: ['Schedule', 'Customer class', 'Applies to', 'Structure'],
        rows: r.schedules.map((s) => ({
          head: text(s.name ? `${s.code}: ${s.name}` : s.code),
          sub: s.states ? [`Only in ${formatList(s.states.map(stateName))}`] : undefined,
          cells: [
            s.classes.length ? text(s.classes.map((k) => CUSTOMER_CLASS[k]).join(', ')) : UNKNOWN,
            s.applicability ? { md: s.applicability } : UNKNOWN,
            s.structure.length
              ? text(s.structure.map((k) => RATE_STRUCTURE[k]).join(', '))
              : UNKNOWN,
          ],
          cite: c.of(s.cite, r.cite),
        })),
      }
    : { kind: 'unknown', what: 'the individual rate schedules' };
  const figures: Block = r.figures.length
    ? {
        kind: 'table',
        label: 'Published rate figures',
        columns: ['Item', 'Value', 'Schedule', 'Applies when', 'As of'],
        rows: r.figures.map((x) => ({
          head: text(x.label),
          cells: [
            text(figureValue(x)),
            x.schedule ? text(x.schedule) : text('—'),
            x.condition ? { md: x.condition } : text('—'),
            x.asOf ? text(formatDate(x.asOf)) : UNKNOWN,
          ],
          cite: c.of(x.cite, r.cite),
        })),
      }
    : { kind: 'unknown', what: 'any rate figures' };
  const components: Block[] = r.components.length
    ? [
        {
          kind: 'list',
          items: r.components.map((k) => ({
            md: `**${k.name}** (${CHARGE_KIND[k.kind].toLowerCase()})${k.description ? `: ${k.description}` : ''}`,
            cite: c.of(k.cite, r.cite),
          })),
        },
      ]
    : [];
  const notes: Block[] = r.notes.length
    ? [
        {
          kind: 'list',
          items: r.notes.map((n) =>
            typeof n === 'string'
              ? { md: n, cite: c.of(r.cite) }
              : { md: n.text, cite: c.of(n.cite, r.cite) },
          ),
        },
      ]
    : [];
  return { facts: rateFacts(u, c), schedules, figures, components, notes, citations: c };
}
