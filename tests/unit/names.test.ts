/**
 * Names people read (src/directory/names.ts): EIA's clipped names spelled out, word by word, against a table
 * of real EIA-861 2018 names; every name in the directory keeps its own words where EIA spells them out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayName, eiaName } from '#src/directory/listings.ts';
import { EIA_ABBREVIATIONS, expandEiaName } from '#src/directory/names.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { companies, companyKey } from '#src/views/companies.ts';
import { countyIndex, countyLabel } from '#src/views/counties.ts';
import { firstSteps, REQUEST_PATH } from '#src/views/first-steps.ts';

const entries = JSON.parse(
  readFileSync('content/directory/eia-861.json', 'utf8'),
) as DirectoryEntry[];

describe('EIA names spelled out', () => {
  it.each([
    ['Cherryland Electric Coop Inc', 'Cherryland Electric Cooperative'],
    ['Public Service Elec & Gas Co', 'Public Service Electric & Gas Company'],
    ['Jersey Central Power & Lt Co', 'Jersey Central Power & Light Company'],
    ['Cleveland Electric Illum Co', 'Cleveland Electric Illuminating Company'],
    ['Baldwin County El Member Corp', 'Baldwin County Electric Membership Corporation'],
    ['Albemarle Electric Member Corp', 'Albemarle Electric Membership Corporation'],
    ['Allamakee-Clayton El Coop, Inc', 'Allamakee-Clayton Electric Cooperative'],
    ['Bon Homme Yankton El Assn, Inc', 'Bon Homme Yankton Electric Association'],
    ['Burt County Public Power Dist', 'Burt County Public Power District'],
    ['Cuming County Public Pwr Dist', 'Cuming County Public Power District'],
    ['Grand Rapids Public Util Comm', 'Grand Rapids Public Utilities Commission'],
    ['Dublin Municipal Electric Util', 'Dublin Municipal Electric Utility'],
    ['Crawfordsville Elec, Lgt & Pwr', 'Crawfordsville Electric, Light & Power'],
    ['Northern Indiana Pub Serv Co', 'Northern Indiana Public Service Company'],
    ['Weakley County Mun Elec Sys', 'Weakley County Municipal Electric System'],
    ['Pacific Gas & Electric Co.', 'Pacific Gas & Electric Company'],
    ['Niagara Mohawk Power Corp.', 'Niagara Mohawk Power Corporation'],
    ['Ocotillo Water Conserv. Dist.', 'Ocotillo Water Conservation District'],
    ['Chillicothe Municipal Utils', 'Chillicothe Municipal Utilities'],
    // Names EIA spells out, and the Spanish article, stay as filed.
    ['El Paso Electric Co', 'El Paso Electric Company'],
    ['Sevier County Electric System', 'Sevier County Electric System'],
    ['Duke Energy Florida, LLC', 'Duke Energy Florida, LLC'],
  ])('%s → %s', (eia, shown) => expect(expandEiaName(eia)).toBe(shown));

  it('leaves no listed abbreviation in any directory name, and never empties a name', () => {
    const abbreviations = new Set(Object.keys(EIA_ABBREVIATIONS));
    for (const e of entries) {
      const shown = displayName(e);
      expect(shown.length, e.name).toBeGreaterThan(0);
      for (const w of shown.split(/\s+/))
        expect(abbreviations.has(w.replace(/,$/, '')), `${e.name}: ${w}`).toBe(false);
      expect(shown, e.name).not.toMatch(/\bInc\.?$/);
    }
  });

  it('keeps the state suffix EIA uses to tell apart namesakes only when it names another state', () => {
    const abbeville = entries.find((e) => e.name === 'City of Abbeville - (SC)')!;
    expect(eiaName(abbeville)).toBe('City of Abbeville');
    expect(displayName(abbeville)).toBe('City of Abbeville');
  });
});

describe('counties', () => {
  const index = countyIndex(
    entries.map((e) => ({ name: displayName(e), eia: [e] })),
    (l) => l.eia,
  );

  it('lists every utility the Service_Territory data gives for a county, once, by name', () => {
    const pierce = index.get('WA')!.find((c) => c.name === 'Pierce')!;
    const expected = entries.filter((e) => e.counties.WA?.includes('Pierce')).map((e) => e.eiaId);
    expect(pierce.utilities.map((u) => u.eiaId).sort()).toEqual(expected.sort());
    expect(pierce.label).toBe('Pierce County');
    const names = pierce.utilities.map((u) => u.listing.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('names counties as readers do: parishes, boroughs, independent cities', () => {
    expect(countyLabel('LA', 'Orleans')).toBe('Orleans Parish');
    expect(countyLabel('AK', 'Yukon Koyukuk')).toBe('Yukon Koyukuk');
    expect(countyLabel('MO', 'St. Louis City')).toBe('St. Louis City');
    expect(countyLabel('TN', 'Sevier')).toBe('Sevier County');
  });

  it('gives every county of every state one page with a unique slug', () => {
    for (const [state, counties] of index) {
      const slugs = counties.map((c) => c.slug);
      expect(new Set(slugs).size, state).toBe(slugs.length);
    }
  });
});

describe('first steps on a page without a guide', () => {
  const cherryland = entries.find((e) => e.eiaId === 3436)!;
  it('always offers a written request and an authorization to copy, and never claims what the utility offers', () => {
    const steps = firstSteps('Cherryland Electric Cooperative', cherryland, [
      { code: 'MI', rules: [] },
    ]);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.filter((s) => s.href.startsWith(REQUEST_PATH))).toHaveLength(2);
    expect(steps.map((s) => s.text).join(' ')).not.toMatch(/offers|provides|supports/);
  });
  it('points to interval data where EIA counted smart meters, and to the state’s cited rules where they exist', () => {
    const steps = firstSteps('Cherryland Electric Cooperative', cherryland, [
      { code: 'MI', rules: [{ id: 'mi-green-button', name: 'Green Button Connect order' }] },
    ]);
    expect(steps.some((s) => s.href === '/interval-data/')).toBe(cherryland.meters!.ami! > 0);
    expect(steps.some((s) => s.href.endsWith('mi-green-button'))).toBe(true);
    const noAmi = { ...cherryland, meters: { ami: 0, amr: 10, total: 10 } };
    expect(firstSteps('X', noAmi, []).some((s) => s.href === '/interval-data/')).toBe(false);
  });
});

describe('parent companies', () => {
  it('gather one group however its guides write the name, and only from cited parents', () => {
    const guide = (name: string, parent?: string) => ({
      data: { name, parent: parent ? { name: parent, cite: ['s'] } : undefined } as never,
    });
    const list = companies([
      guide('ComEd', 'Exelon Corporation'),
      guide('PECO', 'Exelon'),
      guide('AEP Ohio', 'American Electric Power (AEP)'),
      guide('KUB'),
    ]);
    expect(list.map((c) => [c.slug, c.members.length])).toEqual([
      ['american-electric-power', 1],
      ['exelon', 2],
    ]);
    expect(list[1]!.names).toEqual(['Exelon Corporation', 'Exelon']);
    expect(companyKey('Dominion Energy, Inc.')).toBe('dominion-energy');
    expect(companyKey('National Grid plc')).toBe('national-grid');
  });
});
