/** Human wording for the schema's enums and values; one place so every page says the same thing. */
import { US_STATES, type StateCode } from '../schema/fragments.ts';
import { OWNERSHIP, type Utility } from '../schema/utility.ts';

export const NOT_PUBLISHED = 'Not published';

export const AVAILABILITY_LABEL = {
  available: 'Available',
  planned: 'Planned',
  'not-available': 'Not available',
  unknown: NOT_PUBLISHED,
} as const;

export const YES_NO_LABEL = { yes: 'Yes', no: 'No', unknown: NOT_PUBLISHED } as const;

export const AMI_LABEL = {
  deployed: 'Deployed',
  partial: 'Partly deployed',
  none: 'No smart meters',
  unknown: NOT_PUBLISHED,
} as const;

export const GRANULARITY_LABEL: Record<string, string> = {
  '1-minute': '1-minute',
  '5-minute': '5-minute',
  '15-minute': '15-minute',
  '30-minute': '30-minute',
  hourly: 'Hourly',
  daily: 'Daily',
  monthly: 'Monthly',
  'not-applicable': 'Not applicable',
  unknown: NOT_PUBLISHED,
};

export const THIRD_PARTY_LABEL = {
  none: 'No third-party access',
  'manual-authorization': 'Manual, with signed customer authorization',
  'online-authorization': 'Online customer authorization',
  'green-button-connect': 'Green Button Connect My Data',
  api: 'Utility API',
  edi: 'EDI',
  unknown: NOT_PUBLISHED,
} as const;

export const MARKET_LABEL = {
  regulated: 'Regulated',
  deregulated: 'Deregulated (retail choice)',
  partial: 'Partly deregulated',
  unknown: NOT_PUBLISHED,
} as const;

export const PROGRAM_KIND_LABEL: Record<string, string> = {
  prepay: 'Prepay',
  'levelized-billing': 'Levelized billing',
  'e-billing': 'E-billing',
  'outage-map': 'Outage map',
  benchmarking: 'Benchmarking',
  'aggregated-data': 'Aggregated data',
  'usage-alerts': 'Usage alerts',
  other: 'Other',
};

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const ownershipLabel = (o: Utility['ownership']) => OWNERSHIP[o];
export const stateName = (code: StateCode) => US_STATES[code];
export const statesLabel = (codes: readonly StateCode[]) => codes.map(stateName).join(', ');
export const commoditiesLabel = (c: readonly string[]) => capitalize(c.join(', '));

/** "2026-06-04" → "June 4, 2026"; "2027-03" → "March 2027"; "2027" → "2027". Parsed as UTC so no day shifts. */
// Formatter construction dominates when called per date (it was most of a 3,000-guide build), so build once.
const DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' });
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return (d ? DAY : MONTH).format(date);
}

/** 36900 → "36,900"; 0.09436 → "0.09436". */
export const formatNumber = (n: number) => NUMBER.format(n);

export function formatCustomers(c: Utility['customers'][number]): string {
  const n = formatNumber(c.count);
  const what = c.commodity ? `${c.commodity} ${c.unit}` : c.unit;
  return `${c.approximate ? 'About ' : ''}${n} ${what}${c.asOf ? ` (${formatDate(c.asOf)})` : ''}`;
}

export const SOURCE_KIND_LABEL: Record<string, string> = {
  utility: 'utility',
  regulator: 'regulator',
  government: 'government',
  industry: 'industry body',
  news: 'news',
  commercial: 'commercial guide or vendor',
  other: 'other',
};

/** "5–10 business days", or "up to 3 business days" when only a maximum is promised. */
export function formatTurnaround(t: { min?: number; max: number }): string {
  return t.min === undefined ? `Up to ${t.max} business days` : `${t.min}–${t.max} business days`;
}

/** A phone number as a dialable `tel:` URI (E.164, extension after `;ext=`). */
export function telHref(phone: string): string {
  const [main, ext] = phone.split(/\s*(?:x|ext\.?)\s*/i);
  let digits = main.replace(/\D/g, '');
  if (digits.length === 10) digits = `1${digits}`;
  return `tel:+${digits}${ext ? `;ext=${ext.replace(/\D/g, '')}` : ''}`;
}

export function availabilityText(status: keyof typeof AVAILABILITY_LABEL, expected?: string): string {
  const label = AVAILABILITY_LABEL[status];
  return status === 'planned' && expected ? `${label} (expected ${formatDate(expected)})` : label;
}
