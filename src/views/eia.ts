/**
 * EIA-861 facts as readers see them, each with its data year and source: customers by class, meters
 * (smart-meter share), counties served. Shown on directory pages and beside a guide's own facts.
 */
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { US_STATES, type StateCode } from '#src/schema/fragments.ts';
import { formatList, formatNumber } from '#src/lib/format.ts';
import { md, text, UNKNOWN, type Fact } from './parts.ts';
import { markdownText } from '#src/lib/escape.ts';
import { countyPath, countySlug } from './counties.ts';

export const EIA_SOURCE = {
  title: 'Form EIA-861, annual electric power industry report',
  url: 'https://www.eia.gov/electricity/data/eia861/',
  publisher: 'U.S. Energy Information Administration',
};

/** "(EIA-861, 2018)". */
export const eiaTag = (e: DirectoryEntry) => `(EIA-861, ${e.dataYear})`;

export { isIndexable } from '#src/directory/listings.ts';

export function customersText(e: DirectoryEntry): string | undefined {
  const c = e.customers;
  if (!c || c.total === null) return undefined;
  const classes = (['residential', 'commercial', 'industrial', 'transportation'] as const)
    .filter((k) => c[k] !== null && c[k]! > 0)
    .map((k) => `${formatNumber(c[k]!)} ${k}`);
  return `${formatNumber(c.total)} customers${classes.length ? ` (${classes.join(', ')})` : ''} ${eiaTag(e)}`;
}

export function metersText(e: DirectoryEntry): string | undefined {
  const m = e.meters;
  if (!m || m.total === null) return undefined;
  return `${m.ami === null ? 'AMI not reported' : `${formatNumber(m.ami)} smart meters (AMI)`} of ${formatNumber(m.total)} meters${m.amr ? `; ${formatNumber(m.amr)} AMR` : ''} ${eiaTag(e)}`;
}

/** The EIA facts of one entry, as a fact list. */
export function eiaFacts(e: DirectoryEntry): Fact[] {
  const counties = Object.entries(e.counties) as [StateCode, string[]][];
  return [
    { term: 'EIA utility ID', value: text(String(e.eiaId)), cite: [] },
    { term: 'Name on EIA filings', value: text(e.name), cite: [] },
    { term: 'Ownership (EIA)', value: text(e.ownershipEia), cite: [] },
    {
      term: e.states.length > 1 ? 'States' : 'State',
      value: text(formatList(e.states.map((s) => US_STATES[s as StateCode]))),
      cite: [],
    },
    { term: 'Customers', value: customersText(e) ? text(customersText(e)!) : UNKNOWN, cite: [] },
    {
      term: 'Meters',
      value: metersText(e) ? text(metersText(e)!) : text(`Not reported to EIA ${eiaTag(e)}`),
      cite: [],
    },
    {
      term: 'Counties served',
      value: counties.length
        ? md(
            counties
              .map(
                ([s, list]) =>
                  `${counties.length > 1 ? `${US_STATES[s]}: ` : ''}${formatList(
                    list.map((c) => `[${markdownText(c)}](${countyPath(s, countySlug(c))})`),
                  )}`,
              )
              .join('; '),
          )
        : UNKNOWN,
      cite: [],
    },
    ...(e.shortForm
      ? [
          {
            term: 'Form',
            value: text('EIA-861S short form (small utility; total customers only)'),
            cite: [],
          },
        ]
      : []),
  ];
}

/** Smart-meter share of all meters, 0–1, or null when not reported. */
export const amiShare = (e: DirectoryEntry) =>
  e.meters && e.meters.total && e.meters.ami !== null ? e.meters.ami / e.meters.total : null;
