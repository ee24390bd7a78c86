/**
 * What a reader sees of a value's evidence: its tier (computed in schema/evidence.ts from the kinds of the
 * cited sources) and, for a reported value, who reports it. Every page, the open data, search and the
 * score read a value's tier through `evidenceOf`, so none can say more, or less, than the sources.
 */
import {
  EVIDENCE,
  evidenceTier,
  polarityOf,
  SECONDARY_KINDS,
  type EvidenceTier,
  type Polarity,
  type SourceKind,
} from '#src/schema/evidence.ts';
import type { Source, Utility } from '#src/schema/utility.ts';
import { formatList } from '#src/lib/format.ts';

export { EVIDENCE, polarityOf, type EvidenceTier, type Polarity };

/** A secondary source as a reader needs it named: "Nectar (commercial guide)". */
export interface Reporter {
  name: string;
  kind: SourceKind;
}

export interface Evidence {
  tier: EvidenceTier;
  /** For a reported value: who reports it, each once. */
  by: Reporter[];
}

/** How a kind of secondary source is named after its publisher. */
export const REPORTER_KIND: Record<SourceKind, string> = {
  commercial: 'commercial guide',
  news: 'news report',
  industry: 'industry body',
  other: 'secondary source',
  utility: 'utility',
  regulator: 'regulator',
  government: 'government',
  legal: 'rule text',
};

const bySources = new WeakMap<object, Map<string, Source>>();
const NO_SOURCES: Source[] = [];
function sourceMap(u: Partial<Pick<Utility, 'sources'>>): Map<string, Source> {
  const list = u.sources ?? NO_SOURCES;
  let m = bySources.get(list);
  if (!m) bySources.set(list, (m = new Map(list.map((s) => [s.id, s]))));
  return m;
}

/** The evidence of a value of the given polarity (or status value) resting on these source ids. */
export function evidenceOf(
  u: Partial<Pick<Utility, 'sources'>>,
  cite: readonly string[] | undefined,
  value: Polarity | string | undefined,
): Evidence {
  const polarity: Polarity =
    value === 'positive' || value === 'negative' ? value : polarityOf(value);
  const sources = (cite ?? []).map((id) => sourceMap(u).get(id)).filter((s): s is Source => !!s);
  const tier = evidenceTier(
    polarity,
    sources.map((s) => s.kind),
  );
  if (tier !== 'reported') return { tier, by: [] };
  const seen = new Set<string>();
  const by = sources
    .filter((s) => SECONDARY_KINDS.includes(s.kind))
    .map((s) => ({ name: s.publisher ?? s.title, kind: s.kind }))
    .filter((r) => !seen.has(r.name) && seen.add(r.name));
  return { tier, by };
}

/** "Nectar (commercial guide) and The Oregonian (news report)". */
export const reportersText = (by: Reporter[]) =>
  formatList(by.map((r) => `${r.name} (${REPORTER_KIND[r.kind]})`));

/** The full sentence for a reported value: "Reported by Nectar (commercial guide), not confirmed by the utility". */
export function reportedText(e: Evidence): string {
  return e.by.length
    ? `Reported by ${reportersText(e.by)}, not confirmed by the utility`
    : EVIDENCE.reported;
}

/** The mark beside a value on a page: "reported by Nectar (commercial guide)". */
export function reportedMark(e: Evidence): string {
  return e.by.length ? `reported by ${reportersText(e.by)}` : 'reported';
}
