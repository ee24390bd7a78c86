/** Formatting of values (dates, numbers, phones, lists). Labels for enum values live in `schema/enums.ts`. */
import { US_STATES, type StateCode } from '#src/schema/fragments.ts';

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const stateName = (code: StateCode) => US_STATES[code];

// Formatter construction dominates when called per date (it was most of a 3,000-guide build), so build once.
const DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' });
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const LIST = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** "2026-06-04" → "June 4, 2026"; "2027-03" → "March 2027"; "2027" → "2027". Parsed as UTC so no day shifts. */
const dates = new Map<string, string>();
export function formatDate(iso: string): string {
  let out = dates.get(iso);
  if (out === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    out = !m ? String(y) : (d ? DAY : MONTH).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
    dates.set(iso, out);
  }
  return out;
}

/** 36900 → "36,900". */
export const formatNumber = (n: number) => NUMBER.format(n);

/** A decimal as written, with thousands separators in its whole part: "1234.50" → "1,234.50". */
export function formatDecimal(written: string): string {
  const [whole, frac] = written.split('.');
  const grouped = NUMBER.format(Number(whole));
  return frac === undefined
    ? grouped
    : `${whole.startsWith('-') && grouped === '0' ? '-0' : grouped}.${frac}`;
}

/** ["a", "b", "c"] → "a, b and c". */
export const formatList = (items: readonly string[]) => LIST.format(items);

/** A phone number as a dialable `tel:` URI (E.164, extension after `;ext=`). */
export function telHref(phone: string): string {
  const [main, ext] = phone.split(/\s*(?:x|ext\.?)\s*/i);
  let digits = main.replace(/\D/g, '');
  if (digits.length === 10) digits = `1${digits}`;
  return `tel:+${digits}${ext ? `;ext=${ext.replace(/\D/g, '')}` : ''}`;
}

/** Percentage with one decimal, "98.8 %" style without the space: "98.8%". */
export const formatPercent = (part: number, whole: number) =>
  whole > 0 ? `${(Math.round((part / whole) * 1000) / 10).toFixed(part === whole ? 0 : 1)}%` : '';
