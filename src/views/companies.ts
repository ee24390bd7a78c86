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

/** A utility without a guide whose names entry (content/names/) names the parent, with the entry's sources. */
export interface NamedMember {
  slug: string;
  name: string;
  states: string[];
  sources: { title: string; url?: string }[];
}

export interface Company<G> {
  slug: string;
  /** The name as most of its guides write it (the shortest on a tie). */
  name: string;
  /** Every way its guides write it ("Exelon Corporation", "Exelon"). */
  names: string[];
  members: Member<G>[];
  /** Its utilities without a guide, from the names file. */
  named: NamedMember[];
}

/**
 * One key per group however its guides write it: legal endings, a trailing abbreviation in parentheses and
 * punctuation do not split a group ("Dominion Energy, Inc.", "American Electric Power (AEP)").
 */
export function companyKey(name: string): string {
  return slugify(
    name
      .replace(/^The\s+/i, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      // "Company" stays: it is part of names such as Southern Company.
      .replace(/,?\s+(Inc\.?|Corporation|Corp\.?|plc|LLC)$/i, ''),
  );
}

/**
 * The groups named by guides' cited `parent` and by the names file's `parent` (utilities without a guide), one
 * per group however it is written. `named` lists directory utilities by their listing (slug, shown name).
 */
export function companies<G extends { data: Utility }>(
  guides: readonly G[],
  named: readonly (NamedMember & { parent: string })[] = [],
): Company<G>[] {
  const byKey = new Map<string, Company<G>>();
  const group = (name: string) => {
    const key = companyKey(name);
    if (!key) return undefined;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { slug: key, name, names: [], members: [], named: [] }));
    if (!c.names.includes(name)) c.names.push(name);
    return c;
  };
  for (const g of guides) {
    const p = g.data.parent;
    if (p) group(p.name)?.members.push({ guide: g, cite: p.cite ?? [] });
  }
  for (const { parent, ...m } of named) group(parent)?.named.push(m);
  for (const c of byKey.values()) {
    const count = (n: string) =>
      c.members.filter((m) => m.guide.data.parent!.name === n).length * 10 +
      named.filter((m) => m.parent === n).length;
    c.name = [...c.names].sort((a, b) => count(b) - count(a) || a.length - b.length)[0]!;
    c.members.sort((a, b) => a.guide.data.name.localeCompare(b.guide.data.name, 'en'));
    c.named.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
