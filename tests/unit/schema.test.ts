import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readGuideFiles, validateDirectory, validateGuides } from '../../src/schema/validate.ts';
import { utilitySchema } from '../../src/schema/utility.ts';

const fixture = (name: string) => `tests/fixtures/invalid/${name}.md`;
const errorsFor = (name: string) =>
  validateGuides([{ path: fixture(name), source: readFileSync(fixture(name), 'utf8') }]).errors;

describe('published guides', () => {
  const { guides, errors } = validateDirectory('content/utilities');

  it('all pass the schema with no duplicate slugs or EIA IDs', () => {
    expect(errors).toEqual([]);
    expect(guides.length).toBeGreaterThanOrEqual(2);
  });

  it('parse the two seed guides with their key facts', () => {
    const jec = guides.find((g) => g.slug === 'jefferson-energy-cooperative')!.data;
    expect(jec.eiaIds).toEqual([9689]);
    expect(jec.rates.docket?.id).toBe('31536');
    expect(jec.intervalData.ami).toMatchObject({ status: 'deployed', since: 2013 });
    expect(jec.thirdPartyAccess.turnaroundBusinessDays).toEqual({ min: 5, max: 15 });

    const sces = guides.find((g) => g.slug === 'sevier-county-electric-system')!.data;
    expect(sces.eiaIds).toEqual([16949]);
    expect(sces.ownership).toBe('municipal');
    expect(sces.contacts).toContainEqual({ label: 'Customer service', type: 'phone', value: '(865) 453-2887' });
    expect(sces.rates.figures.find((f) => f.label === 'Residential energy charge')?.value).toBe(0.09436);
  });

  it('every guide cites at least one dated source', () => {
    for (const g of guides) for (const s of g.data.sources) expect(s.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the minimal valid fixture', () => {
  it('passes and fills defaults', () => {
    const { guides, errors } = validateDirectory('tests/fixtures/valid');
    expect(errors).toEqual([]);
    expect(guides[0].data.aliases).toEqual([]);
    expect(guides[0].slug).toBe('minimal');
  });

  it('accepts dates that YAML parsed into Date objects', () => {
    const [source] = readGuideFiles('tests/fixtures/valid');
    expect(source.path).toBe('tests/fixtures/valid/minimal.md');
    const parsed = utilitySchema.safeParse({ lastUpdated: new Date('2026-06-04T00:00:00Z') });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.find((i) => i.path[0] === 'lastUpdated')).toBeUndefined();
  });
});

describe('invalid content fails with file, field, found and expected', () => {
  it.each([
    ['missing-required-field', 'name: found nothing (the field is missing); expected text (this field is required)'],
    ['wrong-enum-value', 'ownership: found "city-owned"; expected one of investor-owned, cooperative, municipal, political-subdivision, state, federal, other'],
    ['bad-date', 'lastVerified: found "2026-02-30"; expected a real calendar date written YYYY-MM-DD'],
    ['unknown-state-code', 'states[1]: found "XX"; expected a two-letter US state or territory code'],
    ['malformed-url', 'sources[0].url: found "example.org/sources"; expected a full web address starting with https://'],
    ['malformed-email', 'contacts[1].value: found "billing at example.org"; expected an email address'],
    ['malformed-phone', 'contacts[0].value: found "010-0100"; expected a 10-digit US phone number'],
    ['empty-faq-answer', 'faq[0].answer: found empty text; expected non-empty text'],
    ['misspelled-field', '(top level): found unknown field(s) "lastupdated"; expected only the fields the schema defines'],
  ])('%s', (name, message) => {
    const errors = errorsFor(name);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${fixture(name)}: ${message}`);
  });

  it('duplicate slug names both files', () => {
    expect(validateDirectory('tests/fixtures/duplicate-slug').errors).toEqual([
      'tests/fixtures/duplicate-slug/second.md: slug: found "example-light", already used by tests/fixtures/duplicate-slug/first.md; expected a slug no other guide uses',
    ]);
  });

  it('duplicate EIA ID names both files', () => {
    expect(validateDirectory('tests/fixtures/duplicate-eia').errors).toEqual([
      'tests/fixtures/duplicate-eia/second.md: eiaIds[0]: found 16949, already claimed by tests/fixtures/duplicate-eia/first.md; expected each EIA utility ID in one guide only',
    ]);
  });

  it('reports broken YAML instead of crashing', () => {
    const { errors } = validateGuides([{ path: 'x.md', source: '---\nname: [unclosed\n---\n' }]);
    expect(errors[0]).toMatch(/^x\.md: the frontmatter is not valid YAML/);
  });

  it('rejects an expected launch date on a channel that is not planned', () => {
    const base = readFileSync('tests/fixtures/valid/minimal.md', 'utf8');
    const source = base.replace('status: { status: available }', 'status: { status: available, expected: 2027 }');
    expect(validateGuides([{ path: 'y.md', source }]).errors).toEqual([
      'y.md: accessMethods[0].status.expected: found a launch date on a channel whose status is not planned; expected status: planned, or no expected date',
    ]);
  });
});

describe('model extensions for real utilities', () => {
  const base = readFileSync('tests/fixtures/valid/minimal.md', 'utf8');
  const parse = (source: string) => validateGuides([{ path: 'z.md', source }]);

  it('accepts one customer count as an object and several, per commodity, as a list', () => {
    const one = parse(base.replace('states: [TN]', 'states: [TN]\ncustomers: { count: 100, source: EIA }'));
    expect(one.guides[0].data.customers).toEqual([{ count: 100, approximate: false, unit: 'customers', source: 'EIA' }]);
    const many = parse(base.replace('states: [TN]', 'states: [TN]\ncustomers:\n  - { commodity: electric, count: 100, source: EIA }\n  - { commodity: steam, count: 5, source: Utility }'));
    expect(many.guides[0].data.customers.map((c) => c.commodity)).toEqual(['electric', 'steam']);
  });

  it('lists a regulator per state for multi-state utilities', () => {
    const { guides, errors } = parse(base.replace('states: [TN]', 'states: [UT, OR]\nregulators:\n  - { name: Utah PSC, states: [UT] }\n  - { name: Oregon PUC, states: [OR] }'));
    expect(errors).toEqual([]);
    expect(guides[0].data.regulators[1]).toEqual({ name: 'Oregon PUC', states: ['OR'] });
    expect(parse(base.replace('states: [TN]', 'states: [TN]\nregulators: [{ name: X, states: [ZZ] }]')).errors[0]).toContain('regulators[0].states[0]: found "ZZ"');
  });

  it('takes fax numbers, open-ended turnarounds, wastewater and per-commodity choice programs', () => {
    const source = base
      .replace('thirdPartyAccess: { kind: unknown }', 'thirdPartyAccess: { kind: manual-authorization, turnaroundBusinessDays: { max: 3 } }')
      .replace('commodities: [electric]', 'commodities: [electric, wastewater]')
      .replace('market: { structure: regulated, retailChoice: "no" }', 'market: { structure: partial, retailChoice: "yes", choicePrograms: [{ commodity: gas, name: Core Transport }] }')
      .replace('  - { label: Billing, type: email', '  - { label: Requests, type: fax, value: 800.666.3406 }\n  - { label: Billing, type: email');
    const { guides, errors } = parse(source);
    expect(errors).toEqual([]);
    expect(guides[0].data.thirdPartyAccess.turnaroundBusinessDays).toEqual({ max: 3 });
    expect(guides[0].data.contacts[1]).toEqual({ label: 'Requests', type: 'fax', value: '800.666.3406' });
  });

  it('requires every source to say what kind of publisher it is', () => {
    expect(parse(base.replace('kind: other, ', '')).errors).toEqual([
      'z.md: sources[0].kind: found nothing (the field is missing); expected one of utility, regulator, government, industry, news, commercial, other (this field is required)',
    ]);
  });

  it('rejects an unknown source kind, naming the choices', () => {
    const { errors } = parse(base.replace('kind: other,', 'kind: blog,'));
    expect(errors).toEqual([
      'z.md: sources[0].kind: found "blog"; expected one of utility, regulator, government, industry, news, commercial, other',
    ]);
  });
});
