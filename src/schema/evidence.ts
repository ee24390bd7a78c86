/**
 * Evidence tiers: how well a published value is backed, computed from the kinds of the sources it cites,
 * never typed by an editor. Pure functions, no I/O; views, open data, search and the score all call
 * `evidenceTier`, so a value reads the same everywhere.
 *
 * - confirmed: a primary source (the utility, its regulator, a government body) states the value;
 * - no: a primary source states the utility does not offer it;
 * - reported: only secondary sources (commercial guides, news, industry bodies, others) state it;
 * - not-published: no source we read states it (status `unknown`).
 */
import { NOT_PUBLISHED, SOURCE_KIND } from './enums.ts';

export type SourceKind = keyof typeof SOURCE_KIND;

/** Sources that can confirm a fact about a utility: it, its regulator (orders, its own filings), government. */
export const PRIMARY_KINDS: readonly SourceKind[] = ['utility', 'regulator', 'government'];
/** Sources that can only report one: the value is shown as reported, naming who reports it. */
export const SECONDARY_KINDS: readonly SourceKind[] = ['industry', 'news', 'commercial', 'other'];
/** Statute or rule text: says what a rule requires, never what a given utility does. */
export const RULE_ONLY_KINDS: readonly SourceKind[] = ['legal'];

export const EVIDENCE = {
  confirmed: 'Confirmed',
  no: 'Confirmed not offered',
  reported: 'Reported, not confirmed by the utility',
  'not-published': NOT_PUBLISHED,
} as const;
export type EvidenceTier = keyof typeof EVIDENCE;

/** How a value reads: a positive claim, a negative one ("no", "not available", "none"), or unknown. */
export type Polarity = 'positive' | 'negative' | 'unknown';

/** The tier of a value of the given polarity that cites sources of these kinds. */
export function evidenceTier(polarity: Polarity, kinds: readonly (SourceKind | undefined)[]): EvidenceTier {
  if (polarity === 'unknown' || !kinds.length) return 'not-published';
  if (kinds.some((k) => k && PRIMARY_KINDS.includes(k))) return polarity === 'negative' ? 'no' : 'confirmed';
  if (kinds.some((k) => k && SECONDARY_KINDS.includes(k))) return 'reported';
  // Only rule text (or nothing resolvable): the validator refuses this in guides; never claim more.
  return 'not-published';
}

/** Values of status enums that say the utility does not offer the thing. */
export const NEGATIVE_VALUES: ReadonlySet<string> = new Set(['no', 'not-available', 'none', 'not-applicable']);

export const polarityOf = (value: string | undefined): Polarity =>
  value === undefined || value === 'unknown' ? 'unknown' : NEGATIVE_VALUES.has(value) ? 'negative' : 'positive';
