/**
 * The updates feed as data: one entry per recorded change of a guide (its `changes` list), or, for a
 * guide that records none, one entry for its last update. Newest first; same day by utility name.
 */
import type { Utility } from '#src/schema/utility.ts';

export interface UpdateEntry {
  slug: string;
  name: string;
  date: string;
  summary: string;
  /** Stable across builds: the guide, the date and the change's position on that date. */
  key: string;
  /** The change is in the guide's "What changed" list (and has an anchor there). */
  recorded: boolean;
}

export function updateEntries(guides: { id: string; data: Utility }[], limit = 50): UpdateEntry[] {
  const entries = guides.flatMap(({ id, data }) =>
    data.changes.length
      ? data.changes.map((c, i) => ({
          slug: id,
          name: data.name,
          date: c.date,
          summary: c.summary,
          key: `${id}/${c.date}/${data.changes.slice(0, i).filter((x) => x.date === c.date).length}`,
          recorded: true,
        }))
      : [
          {
            slug: id,
            name: data.name,
            date: data.lastUpdated,
            summary: `The ${data.name} guide was updated.`,
            key: `${id}/${data.lastUpdated}/updated`,
            recorded: false,
          },
        ],
  );
  return entries
    .sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
}
