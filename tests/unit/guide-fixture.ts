/** A small guide for unit tests, parsed by the project's reader and schema (never a hand-made object). */
import { checkGuides } from '#src/content/guides.ts';
import type { Utility } from '#src/schema/utility.ts';

/** Two primary sources: the utility's tariff and a commission order. */
export const PRIMARY_SOURCES = `sources:
  - { id: tariff, title: Tariff book, url: "https://example.org/tariff", kind: utility, accessed: 2026-06-04 }
  - { id: puc, title: Commission order, url: "https://example.org/puc", kind: regulator, accessed: 2026-06-04 }`;

/**
 * Example Light and Gas (ELG, TN) with the given extra front matter; `commodities` and `sources` are
 * separate because each must appear once. Throws with every problem when the guide is invalid.
 */
export function parseGuide(
  yaml = '',
  { commodities = '[electric]', sources = PRIMARY_SOURCES } = {},
): Utility {
  const source = [
    '---',
    'name: Example Light and Gas',
    'shortName: ELG',
    'summary: A utility that exists only for the tests.',
    'states: [TN]',
    'ownership: municipal',
    `commodities: ${commodities}`,
    'lastUpdated: 2026-06-04',
    'lastVerified: 2026-06-04',
    yaml,
    sources,
    '---',
    '',
  ].join('\n');
  const { guides, problems } = checkGuides([{ path: 'x.md', slug: 'x', format: 'md', source }]);
  if (!guides[0]) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return guides[0].data;
}
