import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as enums from '#src/schema/enums.ts';
import { checkGuides, loadGuideDirectory } from '#src/content/guides.ts';
import { capabilities, capability } from '#src/views/capabilities.ts';
import { granularityText, guideView, historyText, turnaroundText } from '#src/views/guide.ts';
import { figureValue, ratesView } from '#src/views/rates.ts';
import { cellText, compact, text, UNKNOWN, type Fact } from '#src/views/parts.ts';
import { factsHtml } from '#src/views/html.ts';
import { formatDate, formatDecimal, telHref } from '#src/lib/format.ts';
import { inlineMarkdown, linkPhones, plainText } from '#src/lib/markdown.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.md', 'utf8');
const parse = (yaml = '') => {
  const { guides, problems } = checkGuides([
    {
      path: 'x.md',
      slug: 'x',
      format: 'md',
      source: minimal.replace('states: [TN]', `states: [TN]\n${yaml}`),
    },
  ]);
  if (!guides[0]) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return guides[0].data;
};
const sces = loadGuideDirectory('content/utilities').guides.find(
  (g) => g.slug === 'sevier-county-electric-system',
)!.data;

describe('labels', () => {
  const maps = Object.entries(enums).filter(
    ([, v]) => v && typeof v === 'object' && Object.values(v).every((l) => typeof l === 'string'),
  ) as [string, Record<string, string>][];
  const capabilityLabels = Object.values(enums.CAPABILITY).flatMap((c) => [c.label, c.short]);

  it('give every enum value a distinct, non-empty label', () => {
    for (const [name, map] of maps) {
      const labels = Object.values(map);
      expect(
        labels.every((l) => l.trim().length > 0),
        name,
      ).toBe(true);
      expect(new Set(labels).size, name).toBe(labels.length);
    }
  });

  it('are written once, beside their enum: no page, view or component repeats one as a literal', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)],
      );
    const sources = files('src').filter(
      (f) => /\.(ts|astro)$/.test(f) && !f.endsWith('schema/enums.ts'),
    );
    const labels = new Set(
      [...maps.flatMap(([, m]) => Object.values(m)), ...capabilityLabels].filter(
        (l) => l.length > 12,
      ),
    );
    const repeats: string[] = [];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      for (const l of labels)
        if (text.includes(`'${l}'`) || text.includes(`"${l}"`) || text.includes(`>${l}<`))
          repeats.push(`${f}: ${l}`);
    }
    expect(repeats).toEqual([]);
  });

  it('show unknown as not published, never as no', () => {
    for (const [name, map] of maps)
      if ('unknown' in map) expect(map.unknown, name).toBe(enums.NOT_PUBLISHED);
  });
});

describe('capabilities', () => {
  it('are all not published for a guide that states nothing', () => {
    const caps = capabilities(parse());
    expect(caps.map((c) => c.id)).toEqual([
      'self-service-export',
      'meters',
      'interval',
      'gb-dmd',
      'gb-cmd',
      'api',
      'edi',
      'third-party',
      'retail-choice',
    ]);
    expect(caps.every((c) => c.value === 'Not published' && c.tone === 'unknown')).toBe(true);
  });

  it('say exactly what SCES’s sources support', () => {
    expect(capability(sces, 'meters')).toMatchObject({
      value: 'Smart meters (AMI, two-way), throughout the service area (2018)',
      tone: 'yes',
      cite: ['eia-861-2018'],
    });
    expect(capability(sces, 'interval')).toMatchObject({ value: 'Daily', tone: 'partial' });
    // Only a commercial guide says SCES offers no Green Button: a reported no, naming who reports it.
    expect(capability(sces, 'gb-dmd')).toMatchObject({
      value: 'Not available',
      evidence: { tier: 'reported', by: [{ name: 'Nectar', kind: 'commercial' }] },
    });
  });

  it('word a planned channel with its date, and EDI by what it is for', () => {
    const u = parse(
      'greenButton:\n  connectMyData: { status: planned, expected: 2027-03 }\n  cite: [fixture]\nedi: { status: available, purposes: [customer-billing], transactionSets: ["810", "820"], cite: [fixture] }',
    );
    expect(capability(u, 'gb-cmd')).toMatchObject({
      value: 'Planned (expected March 2027)',
      tone: 'partial',
    });
    expect(capability(u, 'edi').value).toBe(
      'Available: a customer’s own invoices and payments (810, 820)',
    );
  });

  it('word limited retail choice with its threshold, per commodity', () => {
    const u = parse(
      'market:\n  choice: { electric: { status: limited, threshold: new loads of 900 kW or more } }\n  cite: [fixture]',
    );
    expect(capability(u, 'retail-choice')).toMatchObject({
      value: 'Limited (new loads of 900 kW or more)',
      tone: 'partial',
    });
  });

  it('derive third-party access from its routes', () => {
    const u = parse(
      'thirdPartyAccess:\n  routes:\n    - { id: smd, kind: green-button-connect, name: Share My Data, status: available }\n    - { id: form, kind: authorization-form, name: Form 79-1095, status: planned }\n  cite: [fixture]',
    );
    expect(capability(u, 'third-party')).toMatchObject({
      value: 'Available: Share My Data',
      tone: 'yes',
    });
  });
});

describe('guide view', () => {
  const v = guideView(sces);
  const fact = (facts: Fact[], term: string) => facts.find((f) => f.term === term);

  it('cites each fact by the number of its source', () => {
    const customers = fact(v.keyFacts, 'Customers')!;
    expect(cellText(customers.value)).toBe('54,962 customers (2018)');
    expect(customers.cite.map((c) => c.n)).toEqual([1]);
    expect(v.citations.refs.get('nectar-sces')).toMatchObject({ kind: 'commercial' });
  });

  it('shows the conflict between sources instead of picking one silently', () => {
    const interval = v.sections.find((s) => s.id === 'interval-data')!;
    const conflict = interval.blocks.find((b) => b.kind === 'conflict');
    expect(conflict).toMatchObject({ kind: 'conflict', topic: 'Smart-meter deployment' });
  });

  it('says "not looked up" for unknown EIA IDs and "files none" only when stated', () => {
    expect(cellText(fact(guideView(parse()).keyFacts, 'EIA utility ID')!.value)).toBe(
      'Not looked up yet',
    );
    expect(cellText(fact(guideView(parse('eiaIds: none')).keyFacts, 'EIA utility ID')!.value)).toBe(
      'Files no EIA-861 report',
    );
  });

  it('gathers facts that no source states into one line', () => {
    const facts: Fact[] = [
      { term: 'Status', value: { text: 'Available' }, cite: [] },
      { term: 'Program', value: { unknown: true }, cite: [] },
      { term: 'Rate limits', value: { unknown: true }, cite: [] },
    ];
    expect(compact(facts).map((f) => `${f.term}: ${cellText(f.value)}`)).toEqual([
      'Status: Available',
      'Not published: Program, rate limits',
    ]);
  });

  it('words granularity, history and turnaround without running sentences together', () => {
    expect(
      granularityText({
        value: '15-minute',
        customerTypes: ['commercial', 'industrial'],
        note: 'Demand-metered accounts',
      }),
    ).toBe('15-minute for commercial and industrial customers. Demand-metered accounts');
    expect(historyText({ months: 24, customerTypes: ['residential'] })).toBe(
      '24 months for residential customers',
    );
    expect(historyText({ note: 'Since the meter was installed' })).toBe(
      'Since the meter was installed',
    );
    expect(
      turnaroundText({ min: 5, max: 10, unit: 'business-days', guaranteed: { status: 'no' } }),
    ).toBe('5–10 business days (not guaranteed)');
    expect(turnaroundText({ max: 3, unit: 'weeks', guaranteed: { status: 'unknown' } })).toBe(
      'Up to 3 weeks',
    );
    expect(
      turnaroundText({ note: 'Set by the tariff', guaranteed: { status: 'yes', note: 'Rule 32' } }),
    ).toBe('Guaranteed: Rule 32. Set by the tariff');
  });
});

describe('rates view', () => {
  it('prints figures as written, with ranges and approximations', () => {
    const base = { label: 'x', unit: 'USD per month', approximate: false } as const;
    expect(figureValue({ ...base, value: '11.30' })).toBe('11.30 USD per month');
    expect(figureValue({ ...base, value: '1234.50', approximate: true })).toBe(
      'About 1,234.50 USD per month',
    );
    expect(figureValue({ ...base, range: { min: '0.10', max: '0.25' } })).toBe(
      '0.10–0.25 USD per month',
    );
    const rv = ratesView(sces);
    expect(rv.figures.kind).toBe('table');
  });
});

describe('format and inline Markdown', () => {
  it('formats dates without shifting the day, and decimals as written', () => {
    expect(formatDate('2026-06-04')).toBe('June 4, 2026');
    expect(formatDate('2027-03')).toBe('March 2027');
    expect(formatDate('2027')).toBe('2027');
    expect(formatDecimal('11.30')).toBe('11.30');
    expect(formatDecimal('12345.678')).toBe('12,345.678');
  });

  it('builds dialable tel: links, also inside text', () => {
    expect(telHref('(865) 453-2887')).toBe('tel:+18654532887');
    expect(telHref('1-800-555-0100 ext. 2')).toBe('tel:+18005550100;ext=2');
    expect(inlineMarkdown('Call (865) 453-2887.')).toBe(
      'Call <a href="tel:+18654532887">(865) 453-2887</a>.',
    );
    expect(linkPhones('Docket 31536 since 2013, ZIP 30833')).toBe(
      'Docket 31536 since 2013, ZIP 30833',
    );
  });

  it('escapes plain text, renders links, and drops what the policy forbids even if validation were skipped', () => {
    expect(inlineMarkdown('5 < 6 & "quotes"')).toBe('5 &lt; 6 &amp; &quot;quotes&quot;');
    expect(inlineMarkdown('See the [portal](https://x.org/).')).toBe(
      'See the <a href="https://x.org/">portal</a>.',
    );
    expect(inlineMarkdown('[x](javascript:alert(1))')).toBe('x');
    expect(inlineMarkdown('[x](&#106;avascript:alert(1))')).toBe('x');
    expect(inlineMarkdown('<img src=x onerror=alert(1)>')).not.toContain('<img');
    expect(inlineMarkdown('![p](https://evil.example/p.png)')).toBe('p');
  });

  it('gives plain text for structured data', () => {
    expect(plainText('See the [portal](https://x.org/) **now**')).toBe(
      'See the portal (https://x.org/) now',
    );
  });
});

describe('freshness', async () => {
  const { freshness, freshSince, monthsInWords } = await import('#src/views/freshness.ts');
  it('turns stale the day after 12 months have passed', () => {
    expect(freshSince('2026-12-02')).toBe('2025-12-02');
    expect(freshness('2025-12-02', '2026-12-02').stale).toBe(false);
    expect(freshness('2025-12-01', '2026-12-02')).toEqual({ stale: true, months: 12 });
    expect(freshness('2024-03-01', '2026-12-02')).toEqual({ stale: true, months: 33 });
  });
  it('says how long ago in words', () => {
    expect(monthsInWords(1)).toBe('1 month');
    expect(monthsInWords(12)).toBe('1 year');
    expect(monthsInWords(33)).toBe('2 years and 9 months');
  });
});

describe('data-field matrix', async () => {
  const { dataFieldMatrix, dataFieldCount, applicableFields } =
    await import('#src/views/data-fields.ts');
  const row = (field: string, status: 'yes' | 'no' | 'unknown', extra = {}) =>
    ({ field, status, ...extra }) as never;
  it('shows only the fields of the commodities the utility delivers', () => {
    expect(applicableFields(['gas'])).not.toContain('peak-load-contribution');
    expect(applicableFields(['gas'])).toContain('gas-usage');
    expect(applicableFields(['electric'])).not.toContain('gas-usage');
    expect(applicableFields(['electric', 'gas'])).toHaveLength(
      Object.keys(enums.DATA_FIELD).length,
    );
  });
  it('sums rows per field: yes, no, partly, or not published — never no for silence', () => {
    const m = new Map(
      dataFieldMatrix({
        commodities: ['electric'],
        dataFields: [
          row('interval-usage', 'yes', { routes: ['a'] }),
          row('interval-usage', 'no', { routes: ['b'] }),
          row('bill-pdf', 'yes'),
          row('loss-factor', 'no'),
          row('meter-number', 'unknown'),
        ],
      }).map((s) => [s.field, s.tone]),
    );
    expect(m.get('interval-usage')).toBe('partial');
    expect(m.get('bill-pdf')).toBe('yes');
    expect(m.get('loss-factor')).toBe('no');
    expect(m.get('meter-number')).toBe('unknown');
    expect(m.get('account-number')).toBe('unknown');
    expect(
      dataFieldCount({
        commodities: ['electric'],
        dataFields: [row('bill-pdf', 'yes'), row('loss-factor', 'no')],
      }),
    ).toEqual({ confirmed: 1, reported: 0, applicable: 12 });
  });
});

describe('platforms', async () => {
  const { platformGroups, platformLabel } = await import('#src/views/platforms.ts');
  it('names the platform as the source does', () => {
    expect(platformLabel({ platform: { vendor: 'other', name: 'CIS Infinity' } } as never)).toBe(
      'CIS Infinity',
    );
    expect(
      platformLabel({ platform: { vendor: 'nisc-smarthub', name: 'SmartHub' } } as never),
    ).toBe('NISC SmartHub');
    expect(platformLabel({ platform: { vendor: 'opower', name: 'My Energy' } } as never)).toBe(
      'Opower (Oracle Utilities) (My Energy)',
    );
    expect(platformLabel({ platform: { vendor: 'unknown' } } as never)).toBe(enums.NOT_PUBLISHED);
  });
  it('groups guides by platform, unknown apart', () => {
    const g = (name: string, status: string) =>
      ({ data: { name, platform: { vendor: status } } }) as never;
    const groups = platformGroups([g('B', 'opower'), g('A', 'opower'), g('C', 'unknown')]);
    expect(groups.get('opower')!.map((x: { data: { name: string } }) => x.data.name)).toEqual([
      'A',
      'B',
    ]);
    expect(groups.get('unknown')).toHaveLength(1);
    expect(groups.get('itron')).toEqual([]);
  });
});

describe('facts no source states', () => {
  const fact = (term: string, value = UNKNOWN, note?: string): Fact => ({
    term,
    value,
    note,
    cite: [],
  });
  it('gathers two or more bare ones into one line at the end, in order', () => {
    const out = compact([
      fact('Green Button Connect'),
      fact('Portal', text('Yes')),
      fact('API'),
      fact('EDI', UNKNOWN, 'The supplier handbook is not public.'),
    ]);
    expect(out.map((f) => [f.term, cellText(f.value)])).toEqual([
      ['Portal', 'Yes'],
      ['EDI', 'Not published'],
      ['Not published', 'Green Button Connect, API'],
    ]);
    const html = factsHtml([fact('A'), fact('B')]);
    expect(html.match(/<dt>/g)).toHaveLength(1);
    expect(html).toContain('<dt>Not published</dt>');
  });
  it('keeps names and acronyms capitalised inside the line', () => {
    const out = compact([
      fact('Status'),
      fact('Available to'),
      fact('EDI transactions'),
      fact('Green Button Connect'),
    ]);
    expect(cellText(out[0].value)).toBe(
      'Status, available to, EDI transactions, Green Button Connect',
    );
  });
  it('leaves a single one in its place', () => {
    const one = [fact('A'), fact('B', text('Yes'))];
    expect(compact(one)).toEqual(one);
  });
});
