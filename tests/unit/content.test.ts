import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGuides, loadGuideDirectory } from '#src/content/guides.ts';
import { formatProblem, type Problem } from '#src/content/problems.ts';

const fixture = (name: string) => `tests/fixtures/invalid/${name}.md`;
const minimal = readFileSync('tests/fixtures/valid/minimal.md', 'utf8');
const lines = (problems: Problem[]) => problems.map(formatProblem);
const check = (source: string, path = 'content/utilities/x.md') =>
  checkGuides([{ path, slug: 'x', format: 'md', source }]);
const withField = (yaml: string) => minimal.replace('states: [TN]', `states: [TN]\n${yaml}`);

describe('published guides', () => {
  const { guides, problems } = loadGuideDirectory('content/utilities');
  it('all pass every rule, with no errors', () => {
    expect(lines(problems.filter((p) => p.severity === 'error'))).toEqual([]);
    expect(guides.length).toBeGreaterThanOrEqual(15);
  });
  it('keep the seed utilities with their EIA IDs', () => {
    const by = new Map(guides.map((g) => [g.slug, g.data]));
    expect(by.get('sevier-county-electric-system')?.eiaIds).toEqual([16949]);
    expect(by.get('jefferson-energy-cooperative')?.eiaIds).toEqual([9689]);
  });
});

describe('the minimal valid fixture', () => {
  it('passes and fills every default with unknown or empty', () => {
    const { guides, problems } = loadGuideDirectory('tests/fixtures/valid');
    expect(problems).toEqual([]);
    const u = guides[0].data;
    expect(guides[0].slug).toBe('minimal');
    expect(u.eiaIds).toBe('unknown');
    expect(u.api.status).toBe('unknown');
    expect(u.greenButton.connectMyData.status).toBe('unknown');
    expect(u.rates.features.timeOfUse.status).toBe('unknown');
    expect(u.market.structure.status).toBe('unknown');
    expect(u.thirdPartyAccess.routes).toEqual([]);
    expect(u.platform.vendor).toBe('unknown');
  });
});

describe('invalid content fails with file:line, field, found and expected', () => {
  const { problems } = loadGuideDirectory('tests/fixtures/invalid');
  const of = (name: string) => lines(problems.filter((p) => p.file === fixture(name)));
  it.each([
    [
      'missing-required-field',
      ':3: name: found nothing (the field is missing); expected text (this field is required)',
    ],
    [
      'wrong-enum-value',
      ':6: ownership: found "city-owned"; expected one of investor-owned, cooperative, municipal, political-subdivision, state, federal, other, unknown',
    ],
    [
      'bad-date',
      ':9: lastVerified: found "2026-02-30"; expected a real calendar date written YYYY-MM-DD',
    ],
    [
      'unknown-state-code',
      ':5: states[1]: found "XX"; expected a two-letter US state or territory code',
    ],
    [
      'malformed-url',
      ':17: sources[0].url: found "example.org/sources"; expected a full web address starting with https://',
    ],
    [
      'malformed-email',
      ':12: contacts[1].value: found "billing at example.org"; expected an email address',
    ],
    [
      'malformed-phone',
      ':11: contacts[0].value: found "010-0100"; expected a 10-digit US phone number',
    ],
    ['empty-faq-answer', ':15: faq[0].answer: found empty text; expected non-empty text'],
    ['misspelled-field', ':8: (top level): found unknown field(s) "lastupdated"'],
    ['comma-in-flow-mapping', 'hint: a comma inside { … } ends the value'],
    ['number-for-text', 'hint: YAML read this as a number: quote it, e.g. "2026"'],
    [
      'unknown-source-id',
      'api.cite[0]: found "nowhere", which is not the id of any entry in sources; expected one of: fixture',
    ],
    [
      'status-without-source',
      'edi.status: found status "not-available" with no source; expected cite: [source-id]',
    ],
    ['legal-only-status', 'api.status: found status "available" resting only on rule text (rule)'],
    [
      'expected-without-planned',
      'api.expected: found a launch date on a channel whose status is not planned',
    ],
    [
      'gas-facts-on-electric-utility',
      'intervalData.gas: found gas facts but commodities does not list gas',
    ],
    [
      'electric-field-on-gas-utility',
      ':11: dataFields[0].field: found electric facts but commodities does not list electric',
    ],
    ['customer-count-zero', 'customers[0].count: found 0 (number); expected at least 1'],
    ['duplicate-state', 'states: found TN twice; expected each state once'],
    ['text-too-long', 'summary: found 400 characters'],
    ['unterminated-frontmatter', ':1: the frontmatter is not closed'],
    ['empty-frontmatter', ':2: the frontmatter is empty'],
  ])('%s', (name, message) => {
    expect(of(name).join('\n')).toContain(message);
  });
  it('names every invalid fixture and accepts none of them', () => {
    const named = new Set(problems.map((p) => p.file));
    expect(named.size).toBe(22);
  });
});

describe('all problems at once', () => {
  it('reports two independent errors in one file, each with its own line', () => {
    const source = minimal
      .replace('ownership: municipal', 'ownership: city')
      .replace('lastVerified: 2026-06-04', 'lastVerified: 2026-13-01');
    const got = lines(check(source).problems);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^content\/utilities\/x\.md:6: ownership: found "city"/);
    expect(got[1]).toMatch(/^content\/utilities\/x\.md:9: lastVerified: found "2026-13-01"/);
  });
});

describe('the trust model', () => {
  it('accepts the status shorthand and the full shape alike', () => {
    const a = check(withField('api: available\nsources2: x'.replace('\nsources2: x', ''))).problems;
    expect(lines(a)[0]).toContain('api.status: found status "available" with no source');
    const b = check(withField('api: { status: available, cite: [fixture] }'));
    expect(b.problems).toEqual([]);
    expect(b.guides[0].data.api.status).toBe('available');
  });

  it('inherits a section citation for the statuses inside it', () => {
    const { problems } = check(
      withField('greenButton:\n  downloadMyData: available\n  cite: [fixture]'),
    );
    expect(problems).toEqual([]);
  });

  it('does not let the identity citation vouch for sections', () => {
    const { problems } = check(withField('cite: [fixture]\nedi: not-available'));
    expect(lines(problems)[0]).toContain('edi.status: found status "not-available" with no source');
  });

  it('keeps figures as written', () => {
    const { guides } = check(
      withField(
        'rates:\n  figures:\n    - { label: Charge, value: 11.30, unit: USD per month, cite: [fixture] }\n    - { label: Range, range: { min: 0.10, max: 0.2 }, unit: USD per kWh, cite: [fixture] }',
      ),
    );
    expect(guides[0].data.rates.figures[0].value).toBe('11.30');
    expect(guides[0].data.rates.figures[1].range).toEqual({ min: '0.10', max: '0.2' });
  });

  it('tells "files none" from "not looked up"', () => {
    expect(check(withField('eiaIds: none')).guides[0].data.eiaIds).toBe('none');
    expect(check(minimal).guides[0].data.eiaIds).toBe('unknown');
    expect(lines(check(withField('eiaIds: []')).problems)[0]).toContain(
      'expected at least one EIA ID, or write none or unknown',
    );
  });

  it('lets an access method the source lists as unavailable skip customer and data types', () => {
    const { guides, problems } = check(
      withField(
        'accessMethods:\n  - { method: Green Button, status: { status: not-available, cite: [fixture] } }',
      ),
    );
    expect(problems).toEqual([]);
    expect(guides[0].data.accessMethods[0]).toMatchObject({
      customerTypes: [],
      dataTypes: [],
      firstParty: { status: 'unknown' },
    });
  });

  it('takes a list of schedule classes, or unknown', () => {
    const { guides } = check(
      withField(
        'rates:\n  schedules:\n    - { code: GS, classes: [commercial, industrial] }\n    - { code: X, classes: unknown }',
      ),
    );
    expect(guides[0].data.rates.schedules.map((s) => s.classes)).toEqual([
      ['commercial', 'industrial'],
      [],
    ]);
  });

  it('checks that routes named by data fields exist, and refuses offered beside routes', () => {
    const routes =
      'thirdPartyAccess:\n  offered: { status: "no", cite: [fixture] }\n  routes:\n    - { id: form, kind: authorization-form, name: Form, status: { status: available, cite: [fixture] } }';
    expect(lines(check(withField(routes)).problems)[0]).toContain(
      'thirdPartyAccess.offered: found offered: no beside 1 route(s); expected offered only when no route is listed',
    );
    const fields =
      'dataFields:\n  - { field: bill-pdf, status: "yes", routes: [nope], cite: [fixture] }';
    expect(lines(check(withField(fields)).problems)[0]).toContain(
      'dataFields[0].routes[0]: found "nope", which is not the id of any route',
    );
  });

  it('warns about mirror, test and plain-http source hosts without failing', () => {
    const source = minimal.replace(
      'url: "https://example.org/"',
      'url: "https://studylib.net/doc/1/x"',
    );
    const { guides, problems } = check(source);
    expect(guides).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', field: 'sources[0].url' });
    expect(problems[0].message).toContain('document-mirror host (studylib.net)');
    expect(
      check(minimal.replace('url: "https://example.org/"', 'url: "https://tst.kub.org/x"'))
        .problems[0].message,
    ).toContain('test or staging host');
    // A test label deeper in the host is a test host too; a site whose own name starts so is not.
    for (const [url, flagged] of [
      ['https://www.qa.ameren.com/x', true],
      ['https://gp.qa.ameren.com/x', true],
      ['https://staging2.example.org/x', true],
      ['https://developer.example.org/x', false],
      ['https://qa.com/x', false],
      ['https://www.testbed-energy.org/x', false],
    ] as const)
      expect(
        check(minimal.replace('url: "https://example.org/"', `url: "${url}"`)).problems.some((p) =>
          p.message.includes('test or staging host'),
        ),
        url,
      ).toBe(flagged);
  });
});

describe('bodies', () => {
  it('render Markdown with ids on headings and keep the link policy', () => {
    const { guides } = checkGuides([
      {
        path: 'p.md',
        slug: 'p',
        format: 'md',
        source: `${minimal}\n## Getting data\n\nSee [the portal](https://example.org/) or call [us](tel:+15550100100).\n`,
      },
    ]);
    expect(guides[0].rendered?.html).toContain('<h2 id="getting-data">Getting data</h2>');
    expect(guides[0].rendered?.html).toContain('<a href="https://example.org/">the portal</a>');
    expect(guides[0].rendered?.headings).toEqual([
      { depth: 2, slug: 'getting-data', text: 'Getting data' },
    ]);
  });
  it('drop HTML comments instead of publishing them', () => {
    const { guides, problems } = checkGuides([
      {
        path: 'p.md',
        slug: 'p',
        format: 'md',
        source: `${minimal}\n<!-- editor note -->\nText.\n`,
      },
    ]);
    expect(problems).toEqual([]);
    expect(guides[0].rendered?.html).not.toContain('editor note');
  });
  it('warn about skipped heading levels and ragged tables', () => {
    const { problems } = check(`${minimal}\n## A\n\n#### B\n\n| a | b |\n| - | - |\n| 1 |\n`);
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(problems[0].message).toContain('level-4 heading after level 2');
    expect(problems[1].message).toContain('a table row with 1 cells; expected 2');
  });
});

describe('one identity per utility', () => {
  it('refuses a second guide claiming an EIA ID, naming both files', () => {
    const { guides, problems } = loadGuideDirectory('tests/fixtures/duplicate-eia');
    expect(guides.map((g) => g.slug)).toEqual(['first']);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/duplicate-eia/second.md',
        line: 4,
        field: 'eiaIds[0]',
        message:
          'found 10421, already claimed by tests/fixtures/duplicate-eia/first.md; expected each EIA utility ID in one guide only',
      }),
    ]);
  });
});
