/**
 * One builder per guide section (src/views/guide/): each is fed a small guide parsed with the real
 * schema and asserted on what a reader sees. Wording comes from the enums and the data where it can,
 * so a relabelled enum does not break these tests but a builder that drops or garbles a fact does.
 */
import { describe, expect, it } from 'vitest';
import {
  AUDIENCE,
  AVAILABILITY,
  BILL_ISSUER,
  COMMODITY,
  CUSTOMER_CLASS,
  DATA_FIELD,
  DATA_TYPE,
  EDI_PURPOSE,
  EVIDENCE_VERDICT,
  GRANULARITY,
  METER_TECHNOLOGY,
  MARKET_STRUCTURE,
  NOT_PUBLISHED,
  PROGRAM_KIND,
  REGISTRANT,
  REQUIREMENT,
  RETAIL_CHOICE,
  ROUTE_KIND,
  SECTION,
  YES_NO,
} from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { parseGuide } from './guide-fixture.ts';
import { formatDate, formatNumber } from '#src/lib/format.ts';
import { GUIDE_SECTIONS } from '#src/lib/sections.ts';
import { foldReference, foldSummary, guideView } from '#src/views/guide.ts';
import { Citations, cellText, type Block, type Fact } from '#src/views/parts.ts';
import { aboutFacts } from '#src/views/guide/about.ts';
import { accessMethodsTable } from '#src/views/guide/access-methods.ts';
import { apiBlocks } from '#src/views/guide/api.ts';
import { billingBlocks } from '#src/views/guide/billing.ts';
import { contactMd } from '#src/views/guide/contacts.ts';
import { dataFieldsBlocks } from '#src/views/guide/data-fields.ts';
import { ediBlocks } from '#src/views/guide/edi.ts';
import { faqBlocks } from '#src/views/guide/faq.ts';
import { glanceItems } from '#src/views/guide/glance.ts';
import { greenButtonBlocks } from '#src/views/guide/green-button.ts';
import { intervalBlocks } from '#src/views/guide/interval.ts';
import { limitationsBlocks } from '#src/views/guide/limitations.ts';
import { marketFacts } from '#src/views/guide/market.ts';
import { programsBlocks } from '#src/views/guide/programs.ts';
import { rateFacts, ratesBlocks } from '#src/views/guide/rates.ts';
import { clauses, guideContext, statusFactOf } from '#src/views/guide/shared.ts';
import { thirdPartyBlocks } from '#src/views/guide/third-party.ts';

// ---------- Fixtures: a small guide, parsed by the project's reader and schema ----------

/** A guide with the given extra front matter; `commodities` is separate because it must appear once. */
const parse = (yaml = '', commodities = '[electric]'): Utility => parseGuide(yaml, { commodities });

const ctxOf = (u: Utility) => guideContext(u);
const byTerm = (facts: Fact[], term: string) => facts.find((f) => f.term === term);
const valueOf = (facts: Fact[], term: string) => {
  const f = byTerm(facts, term);
  return f && cellText(f.value);
};
const factsIn = (blocks: Block[]): Fact[] =>
  blocks.flatMap((b) =>
    b.kind === 'facts' ? b.facts : b.kind === 'details' ? factsIn(b.blocks) : [],
  );
const ofKind = <K extends Block['kind']>(blocks: Block[], kind: K) =>
  blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const citeIds = (f: { cite: { id: string }[] } | undefined) => f?.cite.map((c) => c.id);

// ---------- Shared helpers ----------

describe('statusFactOf', () => {
  const u = parse();
  const ctx = ctxOf(u);

  it('states a known status with its tone and note, citing its own sources before the section’s', () => {
    const f = statusFactOf(
      ctx,
      'Sandbox',
      { status: 'yes', note: 'Free of charge', cite: ['puc'] },
      YES_NO.yes,
      [['tariff']],
    );
    expect(f).toEqual({
      term: 'Sandbox',
      value: { text: YES_NO.yes },
      tone: 'yes',
      note: 'Free of charge',
      cite: [expect.objectContaining({ id: 'puc', n: 2 })],
    });
    expect(
      citeIds(statusFactOf(ctx, 'Sandbox', { status: 'no' }, YES_NO.no, [undefined, ['tariff']])),
    ).toEqual(['tariff']);
  });

  it('says not published for an unknown status, never no, and leaves out the tone when asked', () => {
    const f = statusFactOf(ctx, 'Market', { status: 'unknown' }, NOT_PUBLISHED, [], {
      tone: false,
    });
    expect(cellText(f.value)).toBe(NOT_PUBLISHED);
    expect('unknown' in f.value).toBe(true);
    expect(f).not.toHaveProperty('tone');
  });
});

describe('guide context', () => {
  it('gathers the recorded conflicts of the given sections, in the order asked', () => {
    const u = parse(`conflicts:
  - { section: market, topic: Who sets prices, claims: [{ claim: The board, cite: [tariff] }, { claim: The state, cite: [puc] }] }
  - { section: identity, topic: Founding year, claims: [{ claim: "1936", cite: [tariff] }, { claim: "1939", cite: [puc] }] }`);
    const conflicts = ctxOf(u).conflicts('identity', 'market');
    expect(conflicts.map((c) => c.kind === 'conflict' && c.topic)).toEqual([
      'Founding year',
      'Who sets prices',
    ]);
    expect(guideView(u).aboutConflicts).toEqual(conflicts);
  });
});

// ---------- One describe per builder ----------

describe('about', () => {
  it('prints each customer count with its date, and keeps the key facts apart from the rest', () => {
    const u = parse(
      `customers:
  - { count: 54962, unit: customers, asOf: 2018, cite: [puc] }
  - { count: 1200, approximate: true, commodity: gas, unit: meters, asOf: 2024-03, cite: [tariff] }
legalName: Example Light and Gas Board
regulators: [{ name: Tennessee Public Utility Commission, states: [TN], scope: service rules only, cite: [puc] }]
eiaIds: [10421, 13464]
related: [{ name: Example Power, slug: example-power, relation: A different utility, cite: [tariff] }]
cite: [tariff]`,
      '[electric, gas]',
    );
    const { keyFacts, about } = aboutFacts(u, ctxOf(u));
    const customers = valueOf(keyFacts, 'Customers')!;
    expect(customers).toContain(`${formatNumber(54962)} customers (${formatDate('2018')})`);
    expect(customers).toContain(`About ${formatNumber(1200)}`);
    expect(customers).toContain(`meters (${formatDate('2024-03')})`);
    expect(citeIds(byTerm(keyFacts, 'Customers'))).toEqual(['tariff', 'puc']);
    expect(valueOf(keyFacts, 'EIA utility IDs')).toBe('10421, 13464');
    expect(valueOf(keyFacts, 'Serves')!.toLowerCase()).toContain(COMMODITY.gas.toLowerCase());
    // Key facts are chosen by construction, not by wording: the legal name is never one of them.
    expect(keyFacts.map((f) => cellText(f.value))).not.toContain('Example Light and Gas Board');
    expect(valueOf(about, 'Legal name')).toBe('Example Light and Gas Board');
    expect(valueOf(about, 'Regulator')).toContain('Tennessee Public Utility Commission');
    expect(valueOf(about, 'Regulator')).toContain('service rules only');
    const related = byTerm(about, 'Not to be confused with')!.value;
    expect(JSON.stringify(related)).toContain('/utilities/example-power/');
    expect(guideView(u).keyFacts).toEqual(keyFacts);
    expect(guideView(u).about).toEqual(about);
  });

  it('says not published for customers no source counts', () => {
    const u = parse();
    expect(valueOf(aboutFacts(u, ctxOf(u)).keyFacts, 'Customers')).toBe(NOT_PUBLISHED);
  });
});

describe('market', () => {
  it('words retail choice per commodity with its threshold, suppliers alphabetically, and who bills', () => {
    const u = parse(
      `market:
  structure: { status: restructured }
  choice: { electric: { status: limited, threshold: loads over 900 kW } }
  suppliers: [{ name: Zeta Energy }, { name: Alpha Power, url: "https://alpha.example/" }]
  billIssuer: { status: either, note: Consolidated billing is the default }
  cite: [puc]`,
      '[electric, gas]',
    );
    const facts = marketFacts(u, ctxOf(u));
    expect(facts[0]).toMatchObject({ value: { text: MARKET_STRUCTURE.restructured } });
    expect(facts[0]).not.toHaveProperty('tone', expect.anything());
    const choice = facts.filter((f) => cellText(f.value).startsWith(RETAIL_CHOICE.limited));
    expect(choice.map((f) => cellText(f.value))).toEqual([
      `${RETAIL_CHOICE.limited}: loads over 900 kW`,
    ]);
    expect(choice[0].tone).toBe('partial');
    // Gas is delivered but no source says whether its supply is open: not published, not "no".
    expect(facts.filter((f) => 'unknown' in f.value)).toHaveLength(1);
    const suppliers = facts.find((f) => cellText(f.value).includes('Zeta Energy'))!;
    expect(cellText(suppliers.value)).toBe('Alpha Power, Zeta Energy');
    const issuer = facts.find((f) => cellText(f.value) === BILL_ISSUER.either)!;
    expect(issuer.note).toBe('Consolidated billing is the default');
    expect(issuer).not.toHaveProperty('tone');
    expect(citeIds(issuer)).toEqual(['puc']);
  });
});

describe('at a glance', () => {
  it('gives each capability the numbers of its sources', () => {
    const u = parse('api: { status: available, program: Data API, cite: [puc] }');
    const api = glanceItems(u, ctxOf(u)).find((g) => g.id === 'api')!;
    expect(api.value).toBe(AVAILABILITY.available);
    expect(api.cites.map((c) => [c.id, c.n])).toEqual([['puc', 2]]);
  });
});

describe('access methods', () => {
  it('puts each method in a row with its status, who may use it, its data and formats', () => {
    const u = parse(`accessMethods:
  - method: Online account
    status: { status: available }
    firstParty: yes
    customerTypes: [{ type: commercial, eligibility: over 100 kW }]
    dataTypes: [interval]
    granularity: [{ value: 15-minute, customerTypes: [commercial] }]
    history: [{ months: 24 }]
    formats: [CSV, Green Button XML]
    fee: None
    cite: [tariff]`);
    const table = accessMethodsTable(u, ctxOf(u));
    if (table.kind !== 'table') throw new Error(table.kind);
    expect(table.label).toBe(SECTION['access-methods']);
    const [row] = table.rows;
    expect(cellText(row.head)).toBe('Online account');
    expect(row.sub).toEqual(['Fee: None']);
    const [status, who, data, latency, formats] = row.cells.map(cellText);
    expect(status).toBe(AVAILABILITY.available);
    expect(who).toContain(YES_NO.yes.toLowerCase());
    expect(who).toContain(`${CUSTOMER_CLASS.commercial} (over 100 kW)`);
    expect(data).toContain(DATA_TYPE.interval);
    expect(data).toContain(`${GRANULARITY['15-minute']} for commercial customers`);
    expect(data).toContain('24 months');
    expect(latency).toBe(NOT_PUBLISHED);
    expect(formats).toBe('CSV, Green Button XML');
    expect(citeIds(row)).toEqual(['tariff']);
  });
});

describe('billing', () => {
  it('lists the bill’s contents, the export, and steps with the anchors the page links to', () => {
    const u = parse(`billing:
  billContents: [Usage for 13 months]
  selfServiceExport: { status: yes, formats: [PDF, CSV], history: [{ months: 24 }] }
  residentialSteps: [Sign in, Open Billing]
  commercialSteps: [Call the business desk]
  cite: [tariff]`);
    const blocks = billingBlocks(u, ctxOf(u));
    expect(ofKind(blocks, 'list')[0].items.map((i) => i.md)).toEqual(['Usage for 13 months']);
    const facts = factsIn(blocks);
    expect(facts[0]).toMatchObject({ value: { text: YES_NO.yes }, tone: 'yes' });
    expect(valueOf(facts, 'Formats')).toBe('PDF, CSV');
    expect(valueOf(facts, 'History')).toBe('24 months');
    const steps = ofKind(blocks, 'steps');
    expect(steps.map((s) => s.id)).toEqual(['bill-steps', 'bill-steps-business']);
    expect(steps.map((s) => s.steps)).toEqual([
      ['Sign in', 'Open Billing'],
      ['Call the business desk'],
    ]);
    expect(steps[0].title).toContain('ELG');
    expect(ofKind(blocks, 'unknown')).toEqual([]);
  });

  it('says what is not published when a guide has no billing facts', () => {
    const u = parse();
    const blocks = billingBlocks(u, ctxOf(u));
    expect(ofKind(blocks, 'unknown')).toHaveLength(2);
    expect(ofKind(blocks, 'steps')).toEqual([]);
    expect(factsIn(blocks)[0].value).toEqual({ unknown: true });
  });
});

describe('third-party access', () => {
  const u = parse(`thirdPartyAccess:
  routes:
    - id: share-my-data
      kind: green-button-connect
      name: Share My Data
      status: { status: available }
      audiences: [third-parties]
      turnaround: { min: 5, max: 10, guaranteed: { status: no } }
      contacts: [{ label: Data desk, type: email, value: data@example.org }]
      onboarding:
        whoMayRegister: [any-third-party]
        requirements: [{ kind: agreement, name: Data Services Agreement, url: "https://example.org/dsa" }]
        sandbox: { status: yes }
      evidence: [{ verdict: working, summary: A vendor receives daily files, date: 2025-11, cite: [puc] }]
    - { id: paper-form, kind: authorization-form, name: Form 79-1095, status: { status: planned, expected: 2027-03 } }
  cite: [tariff]`);
  const blocks = thirdPartyBlocks(u, ctxOf(u));
  const routes = ofKind(blocks, 'details');

  it('names each route in a group of its own, with its kind, turnaround and status badge', () => {
    expect(routes.map((r) => r.id)).toEqual(['route-share-my-data', 'route-paper-form']);
    expect(routes[0].summary).toContain('Share My Data');
    expect(routes[0].summary).toContain(ROUTE_KIND['green-button-connect']);
    expect(routes[0].summary).toContain('5–10');
    expect(routes[0].badge).toEqual({ text: AVAILABILITY.available, tone: 'yes' });
    expect(routes[1].summary).toContain('Form 79-1095');
    expect(routes[1].badge).toEqual({
      text: `${AVAILABILITY.planned} (expected ${formatDate('2027-03')})`,
      tone: 'partial',
    });
  });

  it('gives a route its facts, contacts, onboarding and independent reports', () => {
    const inner = routes[0].blocks;
    const facts = factsIn(inner);
    expect(valueOf(facts, 'Kind')).toBe(ROUTE_KIND['green-button-connect']);
    expect(valueOf(facts, 'Who may use it')).toBe(AUDIENCE['third-parties']);
    expect(citeIds(byTerm(facts, 'Kind'))).toEqual(['tariff']);
    const lists = ofKind(inner, 'list');
    expect(lists.flatMap((l) => l.items.map((i) => i.md))).toEqual(
      expect.arrayContaining([
        contactMd(u.thirdPartyAccess.routes[0].contacts[0]),
        `${EVIDENCE_VERDICT.working} (${formatDate('2025-11')}): A vendor receives daily files`,
      ]),
    );
    expect(ofKind(inner, 'heading').map((h) => h.text)).toEqual([
      expect.stringContaining('Share My Data'),
    ]);
    const onboarding = facts.map((f) => cellText(f.value));
    expect(onboarding).toContain(REGISTRANT['any-third-party']);
    expect(onboarding).toContain(
      `${REQUIREMENT.agreement}: [Data Services Agreement](https://example.org/dsa)`,
    );
    expect(facts.filter((f) => f.tone === 'yes').map((f) => cellText(f.value))).toEqual([
      AVAILABILITY.available,
      YES_NO.yes,
    ]);
  });

  it('states whether access is offered only when no route is listed', () => {
    expect(factsIn(blocks.filter((b) => b.kind === 'facts'))).toEqual([]);
    const none = parse(
      'thirdPartyAccess: { offered: { status: no, note: Not at all }, cite: [puc] }',
    );
    const [fact] = factsIn(thirdPartyBlocks(none, ctxOf(none)));
    expect(fact).toMatchObject({
      term: SECTION['third-party'],
      value: { text: YES_NO.no },
      tone: 'no',
      note: 'Not at all',
    });
    expect(citeIds(fact)).toEqual(['puc']);
  });
});

describe('interval data', () => {
  it('prints the granularity row’s customer classes, the meters and their counts, per commodity', () => {
    const u = parse(
      `intervalData:
  summary: Smart meters report every 15 minutes.
  meters:
    - { commodity: electric, status: deployed, technology: ami, since: 2018, count: { ami: 50000, total: 52000, asOf: 2024 } }
    - { commodity: gas, status: partial, technology: amr }
  electric:
    granularity: [{ value: 15-minute, customerTypes: [commercial, industrial] }, { value: hourly, customerTypes: [residential] }]
    history: [{ months: 24 }]
  steps: [Sign in, Download]
  cite: [tariff]`,
      '[electric, gas]',
    );
    const blocks = intervalBlocks(u, ctxOf(u));
    const facts = factsIn(blocks);
    const electric = facts.filter((f) => f.term.startsWith(COMMODITY.electric));
    expect(electric.map((f) => f.tone)).toEqual(['yes']);
    expect(cellText(electric[0].value)).toContain(METER_TECHNOLOGY.ami);
    expect(cellText(electric[0].value)).toContain(
      `${formatNumber(50000)} AMI of ${formatNumber(52000)} meters (${formatDate('2024')})`,
    );
    const interval = facts.map((f) => cellText(f.value));
    expect(interval).toContain(
      `${GRANULARITY['15-minute']} for commercial and industrial customers; ${GRANULARITY.hourly} for residential customers`,
    );
    expect(interval).toContain('24 months');
    // Gas is delivered, its interval data unstated: said as not published.
    expect(facts.filter((f) => 'unknown' in f.value)).toHaveLength(2);
    expect(ofKind(blocks, 'steps')[0]).toMatchObject({
      id: 'interval-steps',
      steps: ['Sign in', 'Download'],
    });
    expect(ofKind(blocks, 'unknown')).toEqual([]);
  });

  it('says how interval data is obtained is not published when there is no summary', () => {
    const u = parse();
    const blocks = intervalBlocks(u, ctxOf(u));
    expect(ofKind(blocks, 'unknown')).toHaveLength(1);
    expect(factsIn(blocks).every((f) => 'unknown' in f.value)).toBe(true);
  });
});

describe('Green Button', () => {
  it('gives Download My Data and Connect My Data their own status, planned with its date', () => {
    const u = parse(`greenButton:
  downloadMyData: { status: available, formats: [Green Button XML], url: "https://example.org/gb" }
  connectMyData: { status: planned, expected: 2027-03, standard: ESPI }
  gbaDirectoryListed: { status: yes, note: Since 2020 }
  cite: [puc]`);
    const blocks = greenButtonBlocks(u, ctxOf(u));
    const [dmd, cmd] = ofKind(blocks, 'facts').map((b) => b.facts);
    expect(dmd[0]).toMatchObject({ value: { text: AVAILABILITY.available }, tone: 'yes' });
    expect(valueOf(dmd, 'Formats')).toBe('Green Button XML');
    expect(dmd.map((f) => cellText(f.value))).toContain('https://example.org/gb');
    expect(cmd[0]).toMatchObject({
      value: { text: `${AVAILABILITY.planned} (expected ${formatDate('2027-03')})` },
      tone: 'partial',
    });
    expect(cmd.map((f) => cellText(f.value))).toContain('ESPI');
    const listed = cmd.find((f) => f.note === 'Since 2020')!;
    expect(cellText(listed.value)).toBe(YES_NO.yes);
    expect(listed).not.toHaveProperty('tone');
    expect(citeIds(listed)).toEqual(['puc']);
  });
});

describe('API', () => {
  it('states the program and lists independent providers alphabetically', () => {
    const u = parse(`api:
  status: available
  program: Data API
  developerPortal: "https://dev.example.org/"
  registrationSteps: [Apply, Test]
  dataProviders: [{ name: Zed Data, coverage: interval data }, { name: Arc, url: "https://arc.example/" }]
  cite: [puc]`);
    const blocks = apiBlocks(u, ctxOf(u));
    const facts = factsIn(blocks);
    expect(facts[0]).toMatchObject({ value: { text: AVAILABILITY.available }, tone: 'yes' });
    expect(facts.map((f) => cellText(f.value))).toEqual(
      expect.arrayContaining(['Data API', 'https://dev.example.org/']),
    );
    expect(ofKind(blocks, 'steps')[0].steps).toEqual(['Apply', 'Test']);
    const providers = ofKind(blocks, 'list')[0].items.map((i) => i.md);
    expect(providers).toEqual(['[Arc](https://arc.example/)', 'Zed Data: interval data']);
    expect(ofKind(blocks, 'text').some((t) => t.md.includes('ELG'))).toBe(true);
  });

  it('leaves the providers out when there are none', () => {
    const u = parse();
    expect(ofKind(apiBlocks(u, ctxOf(u)), 'list')).toEqual([]);
  });
});

describe('EDI', () => {
  it('says what EDI is used for and names the transaction sets', () => {
    const u = parse(
      'edi: { status: available, purposes: [customer-billing], transactionSets: ["810", "820"], audiences: [suppliers], cite: [tariff] }',
    );
    const facts = factsIn(ediBlocks(u, ctxOf(u)));
    const values = facts.map((f) => cellText(f.value));
    expect(values).toEqual(
      expect.arrayContaining([
        AVAILABILITY.available,
        EDI_PURPOSE['customer-billing'],
        '810 invoice, 820 payment remittance',
        AUDIENCE.suppliers,
      ]),
    );
    expect(facts.every((f) => citeIds(f)?.join() === 'tariff' || f.term === NOT_PUBLISHED)).toBe(
      true,
    );
  });
});

describe('data fields', () => {
  it('puts stated fields in the table with their routes, and names the silent ones in one line', () => {
    const u = parse(`thirdPartyAccess:
  routes: [{ id: smd, kind: green-button-connect, name: Share My Data, status: available }]
  cite: [tariff]
dataFields:
  - { field: interval-usage, status: yes, granularity: 15-minute, routes: [smd], cite: [tariff] }
  - { field: bill-pdf, status: no, cite: [puc] }
wholeBuilding: { status: yes, minTenants: 4, delivery: [portfolio-manager], cite: [puc] }`);
    const blocks = dataFieldsBlocks(u, ctxOf(u));
    const [table] = ofKind(blocks, 'table');
    const rows = table.rows.map((r) => [cellText(r.head), ...r.cells.map(cellText)]);
    expect(rows).toContainEqual([
      DATA_FIELD['interval-usage'],
      YES_NO.yes,
      `${GRANULARITY['15-minute']}; via Share My Data`,
    ]);
    expect(rows).toContainEqual([DATA_FIELD['bill-pdf'], YES_NO.no, '—']);
    const silent = ofKind(blocks, 'text')[0].md;
    expect(silent.startsWith(NOT_PUBLISHED)).toBe(true);
    expect(silent).toContain(DATA_FIELD['account-number'].toLowerCase());
    expect(silent).not.toContain(DATA_FIELD['bill-pdf'].toLowerCase());
    const facts = factsIn(blocks);
    expect(facts.map((f) => cellText(f.value))).toEqual(
      expect.arrayContaining([YES_NO.yes, 'at least 4 tenants']),
    );
  });

  it('leaves out the whole-building details when nothing is known about them', () => {
    const u = parse();
    const facts = factsIn(dataFieldsBlocks(u, ctxOf(u)));
    expect(facts).toHaveLength(2);
    expect(facts.every((f) => 'unknown' in f.value)).toBe(true);
  });
});

describe('rates', () => {
  const u = parse(`rates:
  summary: Set by the board.
  dockets: [{ id: "2024-001", title: Base rates, agency: TPUC, date: 2024-05, url: "https://example.org/d" }]
  features: { timeOfUse: { status: yes, cite: [puc] }, demandCharges: no }
  units: [kWh]
  notes: [Riders change monthly, { text: A fuel charge applies, cite: [puc] }]
  cite: [tariff]`);

  it('prints dockets with their agency and date, rate features, and notes with their sources', () => {
    const blocks = ratesBlocks(u, ctxOf(u));
    const facts = factsIn(blocks);
    expect(facts[0].value).toEqual({
      href: 'https://example.org/d',
      text: `2024-001: Base rates (TPUC, ${formatDate('2024-05')})`,
    });
    const yes = facts.filter((f) => f.tone === 'yes');
    expect(yes.map((f) => citeIds(f))).toEqual([['puc']]);
    expect(facts.filter((f) => f.tone === 'no').map((f) => citeIds(f))).toEqual([['tariff']]);
    expect(facts.map((f) => cellText(f.value))).toContain('kWh');
    expect(ofKind(blocks, 'list')[0].items.map((i) => [i.md, citeIds(i)])).toEqual([
      ['Riders change monthly', ['tariff']],
      ['A fuel charge applies', ['puc']],
    ]);
    expect(ofKind(blocks, 'unknown')).toEqual([]);
  });

  it('gives the rates page the same facts as the guide', () => {
    const facts = factsIn(ratesBlocks(u, ctxOf(u)));
    expect(rateFacts(u, new Citations(u.sources))).toEqual(facts);
  });
});

describe('programs', () => {
  it('heads each program with its kind, and says none are published when there are none', () => {
    const u = parse(`programs:
  - { name: Budget Billing, kind: levelized-billing, description: Pay the same each month., url: "https://example.org/bb", steps: [Call us], cite: [tariff] }`);
    const blocks = programsBlocks(u, ctxOf(u));
    expect(ofKind(blocks, 'heading')).toEqual([
      {
        kind: 'heading',
        text: 'Budget Billing',
        badge: expect.objectContaining({ text: PROGRAM_KIND['levelized-billing'] }),
      },
    ]);
    expect(ofKind(blocks, 'text')[0]).toMatchObject({ md: 'Pay the same each month.' });
    expect(ofKind(blocks, 'link')[0].href).toBe('https://example.org/bb');
    expect(ofKind(blocks, 'steps')[0].steps).toEqual(['Call us']);
    const none = parse();
    expect(programsBlocks(none, ctxOf(none)).map((b) => b.kind)).toEqual(['unknown']);
  });
});

describe('limitations', () => {
  it('lists each limitation with its source, or says none are published', () => {
    const u = parse('limitations: [No API, { text: No gas interval data, cite: [puc] }]');
    const [list] = ofKind(limitationsBlocks(u, ctxOf(u)), 'list');
    expect(list.items.map((i) => [i.md, citeIds(i)])).toEqual([
      ['No API', []],
      ['No gas interval data', ['puc']],
    ]);
    const none = parse();
    expect(limitationsBlocks(none, ctxOf(none)).map((b) => b.kind)).toEqual(['unknown']);
  });
});

describe('FAQ', () => {
  it('leaves the questions to the page, and says none are published when there are none', () => {
    const u = parse('faq: [{ question: Is this real?, answer: No. }]');
    expect(faqBlocks(u)).toEqual([]);
    expect(faqBlocks(parse()).map((b) => b.kind)).toEqual(['unknown']);
  });
});

describe('contacts', () => {
  it('writes each contact as one line with its link', () => {
    expect(contactMd({ label: 'Data desk', type: 'email', value: 'd@example.org' } as never)).toBe(
      'Data desk: [d@example.org](mailto:d@example.org)',
    );
    expect(
      contactMd({ label: 'Requests', type: 'web-form', value: 'https://example.org/f' } as never),
    ).toBe('Requests: [contact form](https://example.org/f)');
    expect(contactMd({ label: 'Billing', type: 'fax', value: '555-0100' } as never)).toBe(
      'Billing: fax 555-0100',
    );
  });
});

describe('guide view', () => {
  it('places every numbered section, in page order, with what its builder returns', () => {
    const u = parse('limitations: [No API]\nedi: { status: available, cite: [tariff] }');
    const v = guideView(u);
    expect(v.sections.map((s) => [s.id, s.number])).toEqual(
      GUIDE_SECTIONS.map((s, i) => [s.id, i + 1]),
    );
    const ctx = ctxOf(u);
    expect(v.sections.find((s) => s.id === 'limitations')!.blocks).toEqual(
      limitationsBlocks(u, ctx),
    );
    expect(v.sections.find((s) => s.id === 'edi')!.blocks).toEqual(
      foldReference('edi', ediBlocks(u, ctx)),
    );
    expect(v.short).toBe('ELG');
    expect(v.glance.map((g) => g.id)).toContain('edi');
  });
});

describe('answer first, reference folded', () => {
  const u = parse(`billing:
  summary: Bills are in the online account.
  billContents: [Usage for 13 months]
  selfServiceExport: { status: yes, formats: [PDF], cite: [tariff] }
  residentialSteps: [Sign in, Open Billing]
  cite: [tariff]`);
  const blocks = guideView(u).sections.find((s) => s.id === 'billing')!.blocks;

  it('keeps the lead paragraph and the steps open, and folds the facts and lists under one named line', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'steps', 'details']);
    const fold = ofKind(blocks, 'details')[0];
    expect(fold.id).toBe('billing-detail');
    expect(fold.summary).toMatch(/^In detail: /);
    expect(fold.summary).toContain('What a bill shows');
    // Nothing is lost: every fact the builder wrote is inside the fold.
    expect(factsIn(fold.blocks).map((f) => f.term)).toEqual(
      factsIn(billingBlocks(u, ctxOf(u))).map((f) => f.term),
    );
  });

  it('leaves Green Button and the limitations open', () => {
    const g = parse(`greenButton:
  downloadMyData: { status: available, cite: [tariff] }
limitations: [No API, No EDI]`);
    const v = guideView(g);
    for (const id of ['green-button', 'limitations'] as const)
      expect(ofKind(v.sections.find((s) => s.id === id)!.blocks, 'details'), id).toEqual([]);
  });

  it('names at most four things, then how many more, and does not fold a lone block', () => {
    expect(foldSummary(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('In detail: A, B, C, D, and 2 more');
    expect(foldSummary([], 'About ELG')).toBe('About ELG');
    expect(foldReference('api', [{ kind: 'unknown', what: 'an API' }])).toEqual([
      { kind: 'unknown', what: 'an API' },
    ]);
  });
});

describe('values in one line', () => {
  it('never prints ".;" after a value that ends a sentence', () => {
    expect(clauses(['Hourly', '15-minute'])).toBe('Hourly; 15-minute');
    expect(clauses(['Hourly. An older page says so.', '15-minute'])).toBe(
      'Hourly. An older page says so. 15-minute',
    );
    expect(clauses([])).toBe('');
  });
});
