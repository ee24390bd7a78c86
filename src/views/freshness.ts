/**
 * Freshness of a guide: one rule for the page notice, the checker's warning and `npm run report:stale`.
 * A guide is stale when its facts were last verified more than STALE_AFTER_MONTHS months before `today`.
 */
import { todayIso } from '#src/schema/fragments.ts';

export const STALE_AFTER_MONTHS = 12;

/** The last date on which a verification still counts as fresh, as YYYY-MM-DD. */
export function freshSince(today = todayIso()): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - STALE_AFTER_MONTHS);
  return d.toISOString().slice(0, 10);
}

export interface Freshness {
  stale: boolean;
  /** Whole months since the last verification (0 when verified this month). */
  months: number;
}

export function freshness(lastVerified: string, today = todayIso()): Freshness {
  const [y1, m1, d1] = lastVerified.split('-').map(Number);
  const [y2, m2, d2] = today.split('-').map(Number);
  const months = Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
  return { stale: lastVerified < freshSince(today), months };
}

/** "14 months", "2 years and 3 months": how long ago, in words a reader takes in at once. */
export function monthsInWords(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const unit = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (y === 0) return unit(m, 'month');
  return m === 0 ? unit(y, 'year') : `${unit(y, 'year')} and ${unit(m, 'month')}`;
}
