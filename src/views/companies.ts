/**
 * Parent companies: the groups people name ("Duke Energy", "Southern Company", "Xcel Energy"), each with the
 * utilities in it that have a guide, from each guide's cited `parent`. A group's page says only that: which
 * of its utilities have a guide, where they serve, and the source each guide cites for the parent. Pure.
 */
import { slugify } from '#src/directory/slug.ts';
import type { Utility } from '#src/schema/utility.ts';

export const COMPANIES_PATH = '/companies/';
export const companyPath = (slug: string) => `${COMPANIES_PATH}${slug}/`;

export interface Member<G> {
  guide: G;
  /** The source ids the guide cites for its parent. */
  cite: string[];
}

export interface Company<G> {
  slug: string;
  /** The name as most of its guides write it (the shortest on a tie). */
  name: string;
  /** Every way its guides write it ("Exelon Corporation", "Exelon"). */
  names: string[];
  members: Member<G>[];
}

/**
 * One key per group however its guides write it: legal endings, a trailing abbreviation in parentheses and
 * punctuation do not split a group ("Dominion Energy, Inc.", "American Electric Power (AEP)").
 */
export function companyKey(name: string): string {
  return slugify(
    name
      .replace(/\s*\([^)]*\)\s*$/, '')
      // "Company" stays: it is part of names such as Southern Company.
      .replace(/,?\s+(Inc\.?|Corporation|Corp\.?|plc|LLC)$/i, ''),
  );
}

export function companies<G extends { data: Utility }>(guides: readonly G[]): Company<G>[] {
  const byKey = new Map<string, Company<G>>();
  for (const g of guides) {
    const p = g.data.parent;
    if (!p) continue;
    const key = companyKey(p.name);
    if (!key) continue;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { slug: key, name: p.name, names: [], members: [] }));
    if (!c.names.includes(p.name)) c.names.push(p.name);
    c.members.push({ guide: g, cite: p.cite ?? [] });
  }
  for (const c of byKey.values()) {
    const count = (n: string) => c.members.filter((m) => m.guide.data.parent!.name === n).length;
    c.name = [...c.names].sort((a, b) => count(b) - count(a) || a.length - b.length)[0]!;
    c.members.sort((a, b) => a.guide.data.name.localeCompare(b.guide.data.name, 'en'));
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
