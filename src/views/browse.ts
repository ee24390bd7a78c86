/** Utilities A to Z: one page per first letter, so no list page grows with the directory. */

/** 'a'…'z', or 'other' for names that start with a digit or a symbol. */
export const letterOf = (name: string) => (/^[a-z]/i.test(name) ? name[0].toLowerCase() : 'other');

export function byLetter<L extends { name: string }>(listings: L[]): Map<string, L[]> {
  const groups = new Map<string, L[]>();
  for (const l of listings)
    groups.set(letterOf(l.name), [...(groups.get(letterOf(l.name)) ?? []), l]);
  return new Map(
    [...groups.entries()].sort(([a], [b]) =>
      a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b),
    ),
  );
}
