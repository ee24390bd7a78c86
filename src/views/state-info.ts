/** A state hub's editor-written part: market, regulator, price comparison, data-access rules, each cited. */
import { RETAIL_CHOICE, RULE_KIND } from '#src/schema/enums.ts';
import type { StateInfo } from '#src/schema/collections.ts';
import { formatDate } from '#src/lib/format.ts';
import { stateRuleAnchor } from '#src/lib/urls.ts';
import { Citations, text, UNKNOWN, type Block, type Fact } from './parts.ts';

export function stateInfoView(s: StateInfo): { facts: Fact[]; rules: Block[] } {
  const c = new Citations(s.sources);
  const facts: Fact[] = [];
  if (s.regulator)
    facts.push({
      term: 'Regulator',
      value: s.regulator.url
        ? { href: s.regulator.url, text: s.regulator.name }
        : text(s.regulator.name),
      cite: c.of(s.regulator.cite),
    });
  for (const k of ['electric', 'gas'] as const) {
    const ch = s.choice[k];
    if (!ch) continue;
    facts.push({
      term: `Choice of ${k === 'electric' ? 'electricity' : 'gas'} supplier`,
      value:
        ch.status === 'unknown'
          ? UNKNOWN
          : text(
              `${RETAIL_CHOICE[ch.status]}${'threshold' in ch && ch.threshold ? `: ${ch.threshold}` : ''}`,
            ),
      note: ch.note,
      cite: c.of(ch.cite),
    });
  }
  for (const p of s.priceComparison)
    facts.push({
      term: `Official price comparison${p.commodity ? ` (${p.commodity})` : ''}`,
      value: { href: p.url, text: p.name },
      cite: c.of(p.cite),
    });
  const rules: Block[] = s.rules.map((r) => ({
    kind: 'details',
    id: stateRuleAnchor(r.id),
    summary: [r.name, r.year && String(r.year)].filter(Boolean).join(' · '),
    badge: { text: RULE_KIND[r.kind], tone: 'unknown' as const },
    blocks: [
      { kind: 'text', md: r.requires, cite: c.of(r.cite) },
      {
        kind: 'facts',
        facts: [
          ...(r.citation ? [{ term: 'Citation', value: text(r.citation), cite: [] }] : []),
          ...(r.covers.length
            ? [{ term: 'Covers', value: text(r.covers.join(', ')), cite: [] }]
            : []),
          ...(r.url
            ? [
                {
                  term: 'Text of the rule',
                  value: { href: r.url, text: new URL(r.url).hostname },
                  cite: [],
                },
              ]
            : []),
          { term: 'Last reviewed', value: text(formatDate(r.lastReviewed)), cite: [] },
        ],
      },
    ],
  }));
  return { facts, rules };
}
