/** What each page tells the search index: its type, and for utilities the filters readers narrow by. */
import { AVAILABILITY, COMMODITY, OWNERSHIP } from '#src/schema/enums.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import type { Utility } from '#src/schema/utility.ts';
import type { SearchEntry } from '#src/lib/search.ts';
import { capabilities } from './capabilities.ts';
import { platformLabel } from './platforms.ts';

export function guideSearch(u: Utility, kind = 'Guide'): SearchEntry {
  const caps = new Map(capabilities(u).map((c) => [c.id, c]));
  // The status from the data, never read back out of display text; a reported one says so.
  const statuses = {
    'gb-cmd': u.greenButton.connectMyData.status,
    api: u.api.status,
    edi: u.edi.status,
  } as const;
  const status = (id: keyof typeof statuses) =>
    `${AVAILABILITY[statuses[id]]}${caps.get(id)!.evidence.tier === 'reported' ? ' (reported)' : ''}`;
  const customers = Math.max(0, ...u.customers.map((c) => c.count));
  return {
    kind,
    filters: {
      state: u.states,
      ownership: [OWNERSHIP[u.ownership]],
      commodity: u.commodities.map((c) => COMMODITY[c]),
      'green-button': [status('gb-cmd')],
      api: [status('api')],
      edi: [status('edi')],
      platform: [platformLabel(u)],
    },
    meta: {
      state: u.states.join(', '),
      ownership: OWNERSHIP[u.ownership],
      ...(customers ? { customers: String(customers) } : {}),
      updated: u.lastUpdated,
    },
    sort: { name: u.name.toLowerCase(), customers: String(customers).padStart(9, '0') },
  };
}

export function directorySearch(name: string, e: DirectoryEntry): SearchEntry {
  const customers = e.customers?.total ?? 0;
  return {
    kind: 'Utility (no guide yet)',
    filters: {
      state: e.states,
      ownership: [OWNERSHIP[e.ownership]],
      commodity: [COMMODITY.electric],
    },
    meta: {
      state: e.states.join(', '),
      ownership: OWNERSHIP[e.ownership],
      ...(customers ? { customers: String(customers) } : {}),
    },
    sort: { name: name.toLowerCase(), customers: String(customers).padStart(9, '0') },
  };
}
