/**
 * EIA-861 names, as a reader would write them. EIA files utility names in a clipped house style
 * ("Cherryland Electric Coop Inc", "Jersey Central Power & Lt Co", "Burt County Public Power Dist"); the
 * pages show the words spelled out ("Cherryland Electric Cooperative", "Jersey Central Power & Light
 * Company") and keep EIA's own spelling beside them. Deterministic and word by word: only whole words on the
 * list below change, so a name EIA spells out stays exactly as filed. Slugs never come from here (they are
 * stored in the directory), so a better expansion never moves a page.
 */

/** Whole-word abbreviations EIA uses, and the words they stand for. */
export const EIA_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Assn: 'Association',
  Co: 'Company',
  'Co.': 'Company',
  Comm: 'Commission',
  'Conserv.': 'Conservation',
  Coop: 'Cooperative',
  'Coop.': 'Cooperative',
  Corp: 'Corporation',
  'Corp.': 'Corporation',
  Dept: 'Department',
  Dist: 'District',
  'Dist.': 'District',
  Elec: 'Electric',
  'Elec.': 'Electric',
  Illum: 'Illuminating',
  Lgt: 'Light',
  Lt: 'Light',
  Mun: 'Municipal',
  Pub: 'Public',
  Pwr: 'Power',
  Serv: 'Service',
  Sys: 'System',
  Utils: 'Utilities',
};

/** Words after which EIA's "El" means Electric (and not the Spanish article, as in El Paso). */
const EL_BEFORE = new Set([
  'Coop',
  'Member',
  'Membership',
  'Assn',
  'Corp',
  'Co',
  'Pwr',
  'Power',
  'Sys',
]);

/** "Inc", "Inc." and a trailing comma before them read as noise in a name. */
const INC = /,?\s+Inc\.?$/;

/**
 * Spells out EIA's abbreviations: "Baldwin County El Member Corp" → "Baldwin County Electric Membership
 * Corporation"; "Grand Rapids Public Util Comm" → "Grand Rapids Public Utilities Commission".
 */
export function expandEiaName(name: string): string {
  const words = name.replace(INC, '').trim().split(/\s+/);
  const out = words.map((w, i) => {
    const next = words[i + 1];
    const comma = w.endsWith(',') ? ',' : '';
    const bare = comma ? w.slice(0, -1) : w;
    let full = EIA_ABBREVIATIONS[bare];
    // "Electric Member Corp" is the Georgia and Carolinas co-ops' "Electric Membership Corporation".
    if (bare === 'Member' && /^Corp\.?,?$/.test(next ?? '')) full = 'Membership';
    if (bare === 'El' && next !== undefined && EL_BEFORE.has(next.replace(/[.,]$/, '')))
      full = 'Electric';
    // "Public Util" is the public utilities; "Electric Util" or "Util Comm" one utility.
    if (bare === 'Util') full = words[i - 1] === 'Public' ? 'Utilities' : 'Utility';
    return (full ?? bare) + comma;
  });
  return out.join(' ').replace(/,$/, '');
}
