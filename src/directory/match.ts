/**
 * Finding a guide's utility in the EIA directory by name and state, for editors: `npm run new` suggests
 * `--eia N`, and the content check warns while a guide's `eiaIds` is `unknown` but an entry matches, so a
 * guide never leaves a second "No guide yet" page for the same utility.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DirectoryEntry } from '#src/schema/directory.ts';

/** Words that do not tell utilities apart. */
const FILLER = new Set([
  'the',
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'llc',
  'of',
  'dba',
  'a',
]);

/** "Knoxville Utilities Board - (TN)" and "knoxville utilities board" compare equal. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s*-\s*\([a-z]{2}\)\s*$/, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !FILLER.has(w));
}

/**
 * Directory entries that are plausibly this utility: sharing a state, with the same name, or one name's
 * words all in the other's (at least two words). Best matches first.
 */
export function directoryMatches(
  names: readonly string[],
  states: readonly string[],
  entries: readonly DirectoryEntry[],
): DirectoryEntry[] {
  const wanted = names.map(nameTokens).filter((t) => t.length);
  const scored: { e: DirectoryEntry; rank: number }[] = [];
  for (const e of entries) {
    if (!e.states.some((s) => states.includes(s))) continue;
    const have = nameTokens(e.name);
    let rank = 0;
    for (const w of wanted) {
      if (w.join(' ') === have.join(' ')) rank = Math.max(rank, 2);
      else if (
        Math.min(w.length, have.length) >= 2 &&
        (w.every((x) => have.includes(x)) || have.every((x) => w.includes(x)))
      )
        rank = Math.max(rank, 1);
    }
    if (rank) scored.push({ e, rank });
  }
  return scored.sort((a, b) => b.rank - a.rank).map((s) => s.e);
}

const DIRECTORY_FILE = 'content/directory/eia-861.json';
let cached: { path: string; entries: DirectoryEntry[] } | undefined;

/** The imported directory, or none when it has not been imported (fixtures, a fresh checkout). */
export function directoryEntries(root: string = process.cwd()): DirectoryEntry[] {
  const path = resolve(root, DIRECTORY_FILE);
  if (cached?.path === path) return cached.entries;
  const entries = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as DirectoryEntry[])
    : [];
  cached = { path, entries };
  return entries;
}
