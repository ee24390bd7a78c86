/**
 * What readers type, and where it should lead: at least one of `expect` among the first three results of
 * the header search box (Pagefind, the same call the box makes). Brands, abbreviations, legal and parent
 * names, typos, cities, counties and questions. Brands without a guide (CPS Energy, SMUD, MLGW, Pepco) are
 * found through the sourced names of content/names/, which title their directory pages.
 */
export interface Query {
  q: string;
  kind:
    'brand' | 'abbreviation' | 'legal name' | 'parent' | 'typo' | 'city' | 'county' | 'question';
  expect: string[];
}

const g = (slug: string) => `/utilities/${slug}/`;
const county = (st: string, slug: string) => `/states/${st}/counties/${slug}/`;
const company = (slug: string) => `/companies/${slug}/`;

export const QUERIES: Query[] = [
  { q: 'SCE', kind: 'abbreviation', expect: [g('southern-california-edison')] },
  {
    q: 'Southern California Edison',
    kind: 'legal name',
    expect: [g('southern-california-edison')],
  },
  { q: 'FPL', kind: 'abbreviation', expect: [g('florida-power-and-light')] },
  { q: 'Florida Power and Light', kind: 'legal name', expect: [g('florida-power-and-light')] },
  { q: 'PSE&G', kind: 'abbreviation', expect: [g('public-service-electric-and-gas-company')] },
  { q: 'PSEG', kind: 'abbreviation', expect: [g('public-service-electric-and-gas-company')] },
  {
    q: 'Xcel Energy',
    kind: 'brand',
    expect: [g('xcel-energy-colorado'), g('xcel-energy-minnesota')],
  },
  { q: 'Xcel Colorado', kind: 'brand', expect: [g('xcel-energy-colorado')] },
  { q: 'Northern States Power', kind: 'legal name', expect: [g('xcel-energy-minnesota')] },
  {
    q: 'Eversource',
    kind: 'brand',
    expect: [company('eversource-energy'), g('eversource-nstar-electric')],
  },
  { q: 'NSTAR', kind: 'brand', expect: [g('eversource-nstar-electric')] },
  {
    q: 'National Grid',
    kind: 'brand',
    expect: [company('national-grid'), g('national-grid-niagara-mohawk')],
  },
  { q: 'Niagara Mohawk', kind: 'legal name', expect: [g('national-grid-niagara-mohawk')] },
  {
    q: 'Dominion Energy',
    kind: 'brand',
    expect: [company('dominion-energy'), g('dominion-energy-virginia')],
  },
  { q: 'Virginia Electric and Power', kind: 'legal name', expect: [g('dominion-energy-virginia')] },
  {
    q: 'Duke Energy',
    kind: 'brand',
    expect: [
      company('duke-energy'),
      g('duke-energy-carolinas'),
      g('duke-energy-progress'),
      g('duke-energy-florida'),
    ],
  },
  { q: 'Duke Energy Florida', kind: 'brand', expect: [g('duke-energy-florida')] },
  { q: 'Progress Energy Florida', kind: 'legal name', expect: [g('duke-energy-florida')] },
  { q: 'Georgia Power', kind: 'brand', expect: [g('georgia-power')] },
  { q: 'Alabama Power', kind: 'brand', expect: [g('alabama-power')] },
  {
    q: 'Southern Company',
    kind: 'parent',
    expect: [company('southern-company'), g('georgia-power'), g('alabama-power')],
  },
  { q: 'AEP Ohio', kind: 'brand', expect: [g('aep-ohio')] },
  { q: 'Ohio Power Company', kind: 'legal name', expect: [g('aep-ohio')] },
  {
    q: 'American Electric Power',
    kind: 'parent',
    expect: [company('american-electric-power'), g('aep-ohio')],
  },
  { q: 'PPL', kind: 'abbreviation', expect: [g('ppl-electric-utilities')] },
  { q: 'LUMA', kind: 'brand', expect: [g('luma-energy-prepa')] },
  { q: 'PREPA', kind: 'abbreviation', expect: [g('luma-energy-prepa')] },
  { q: 'SDG&E', kind: 'abbreviation', expect: [g('san-diego-gas-and-electric')] },
  {
    q: 'Sempra',
    kind: 'parent',
    expect: [
      company('sempra'),
      g('san-diego-gas-and-electric'),
      g('southern-california-gas-company'),
    ],
  },
  { q: 'ComEd', kind: 'abbreviation', expect: [g('commonwealth-edison')] },
  {
    q: 'Exelon',
    kind: 'parent',
    expect: [company('exelon'), g('commonwealth-edison'), g('peco-energy')],
  },
  { q: 'Con Edison', kind: 'brand', expect: [g('consolidated-edison')] },
  { q: 'coned', kind: 'abbreviation', expect: [g('consolidated-edison')] },
  { q: 'PG&E', kind: 'abbreviation', expect: [g('pacific-gas-and-electric')] },
  { q: 'SoCalGas', kind: 'brand', expect: [g('southern-california-gas-company')] },
  { q: 'SRP', kind: 'abbreviation', expect: [g('salt-river-project')] },
  { q: 'LADWP', kind: 'abbreviation', expect: [g('los-angeles-department-of-water-and-power')] },
  { q: 'KUB', kind: 'abbreviation', expect: [g('knoxville-utilities-board')] },
  { q: 'OPPD', kind: 'abbreviation', expect: [g('omaha-public-power-district')] },
  { q: 'PECO', kind: 'brand', expect: [g('peco-energy')] },
  { q: 'DTE', kind: 'brand', expect: [g('dte-electric')] },
  { q: 'Consumers Energy', kind: 'brand', expect: [g('consumers-energy')] },
  { q: 'CMS Energy', kind: 'parent', expect: [company('cms-energy'), g('consumers-energy')] },
  { q: 'Oncor', kind: 'brand', expect: [g('oncor-electric-delivery')] },
  { q: 'Rocky Mountain Power', kind: 'brand', expect: [g('pacificorp')] },
  { q: 'NHEC', kind: 'abbreviation', expect: [g('new-hampshire-electric-cooperative')] },
  { q: 'SCES', kind: 'abbreviation', expect: [g('sevier-county-electric-system')] },
  { q: 'CPS Energy', kind: 'brand', expect: [g('city-of-san-antonio-tx')] },
  { q: 'SMUD', kind: 'abbreviation', expect: [g('sacramento-municipal-util-dist-ca')] },
  { q: 'MLGW', kind: 'abbreviation', expect: [g('city-of-memphis-tn')] },
  { q: 'BGE', kind: 'abbreviation', expect: [g('baltimore-gas-and-electric')] },
  { q: 'JCP&L', kind: 'abbreviation', expect: [g('jersey-central-power-and-light')] },
  { q: 'PSEG Long Island', kind: 'brand', expect: [g('pseg-long-island')] },
  { q: 'LIPA', kind: 'abbreviation', expect: [g('pseg-long-island')] },
  { q: 'We Energies', kind: 'brand', expect: [g('we-energies')] },
  { q: 'CenterPoint', kind: 'brand', expect: [g('centerpoint-energy-houston-electric')] },
  {
    q: 'Ameren',
    kind: 'parent',
    expect: [company('ameren'), g('ameren-illinois'), g('ameren-missouri')],
  },
  {
    q: 'FirstEnergy',
    kind: 'parent',
    expect: [company('firstenergy'), g('ohio-edison'), g('jersey-central-power-and-light')],
  },
  { q: 'Pepco', kind: 'brand', expect: [g('potomac-electric-power-co-dc')] },
  {
    q: 'Jersey Central Power and Light',
    kind: 'legal name',
    expect: [g('jersey-central-power-and-light')],
  },
  {
    q: 'Cherryland Electric Cooperative',
    kind: 'legal name',
    expect: [g('cherryland-electric-coop-inc-mi')],
  },
  { q: 'Puget Sound Energy', kind: 'brand', expect: [g('puget-sound-energy')] },
  {
    q: 'sevier conty',
    kind: 'typo',
    expect: [g('sevier-county-electric-system'), county('tn', 'sevier')],
  },
  { q: 'comonwealth edison', kind: 'typo', expect: [g('commonwealth-edison')] },
  { q: 'pacificorps', kind: 'typo', expect: [g('pacificorp')] },
  {
    q: 'xcel enrgy',
    kind: 'typo',
    expect: [g('xcel-energy-colorado'), g('xcel-energy-minnesota')],
  },
  { q: 'Knoxville', kind: 'city', expect: [g('knoxville-utilities-board')] },
  { q: 'Omaha', kind: 'city', expect: [g('omaha-public-power-district')] },
  { q: 'Los Angeles', kind: 'city', expect: [g('los-angeles-department-of-water-and-power')] },
  { q: 'San Diego', kind: 'city', expect: [g('san-diego-gas-and-electric')] },
  { q: 'Detroit', kind: 'city', expect: [g('dte-electric')] },
  { q: 'Travis County', kind: 'county', expect: [county('tx', 'travis')] },
  { q: 'Pierce County Washington', kind: 'county', expect: [county('wa', 'pierce')] },
  { q: 'Grand Traverse County', kind: 'county', expect: [county('mi', 'grand-traverse')] },
  {
    q: 'Sevier County',
    kind: 'county',
    expect: [county('tn', 'sevier'), g('sevier-county-electric-system')],
  },
  {
    q: 'smart meter texas',
    kind: 'question',
    expect: [g('oncor-electric-delivery'), '/states/tx/'],
  },
  { q: 'download interval data', kind: 'question', expect: ['/interval-data/'] },
  { q: 'green button', kind: 'question', expect: ['/green-button/'] },
  { q: 'EDI 867', kind: 'question', expect: ['/edi/'] },
  { q: 'utility API', kind: 'question', expect: ['/api-access/'] },
];
