/**
 * The guide page as data: every sentence and label the page prints is composed here, from the typed
 * guide, and unit-tested without rendering. Components only lay the blocks out. Anything a source does
 * not state is shown as "not published", never left out and never turned into "no".
 */
import {
  AUDIENCE,
  AVAILABILITY,
  BILL_ISSUER,
  COMMODITY,
  CUSTOMER_UNIT,
  CUSTOMER_CLASS,
  DATA_FIELD,
  DATA_TYPE,
  EDI_PURPOSE,
  EVIDENCE_VERDICT,
  GRANULARITY,
  MARKET_STRUCTURE,
  RATE_STRUCTURE,
  METER_DEPLOYMENT,
  METER_TECHNOLOGY,
  NOT_PUBLISHED,
  OWNERSHIP,
  PROGRAM_KIND,
  REGISTRANT,
  REQUIREMENT,
  RETAIL_CHOICE,
  ROUTE_KIND,
  SECTION,
  TURNAROUND_UNIT,
  WHOLE_BUILDING_DELIVERY,
  YES_NO,
} from '#src/schema/enums.ts';
import { dataFieldMatrix } from './data-fields.ts';
import { platformLabel } from './platforms.ts';
import { platformPath } from '#src/lib/urls.ts';
import type { Route, Utility } from '#src/schema/utility.ts';
import { capitalize, formatDate, formatList, formatNumber, stateName } from '#src/lib/format.ts';
import { GUIDE_SECTIONS, type SectionId } from '#src/lib/sections.ts';
import { availabilityText, capabilities, type Capability } from './capabilities.ts';
import {
  Citations,
  compact,
  join,
  md,
  text,
  UNKNOWN,
  type Block,
  type Cell,
  type CiteRef,
  type Fact,
  type TableRow,
  type Tone,
} from './parts.ts';

type Granularity = Utility['accessMethods'][number]['granularity'][number];
type History = Utility['accessMethods'][number]['history'][number];
type ClassRow = Utility['accessMethods'][number]['customerTypes'][number];

export interface GuideSection {
  id: SectionId;
  title: string;
  number: number;
  blocks: Block[];
}

export interface GuideView {
  name: string;
  short: string;
  /** The few facts under the title: where, who owns it, what it delivers, how big, its ids. */
  keyFacts: Fact[];
  /** Everything else about the utility, in its own section further down. */
  about: Fact[];
  market: Fact[];
  aboutConflicts: Block[];
  glance: (Capability & { cites: CiteRef[] })[];
  accessMethods: Block;
  sections: GuideSection[];
  citations: Citations;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const statesText = (codes: readonly string[]) =>
  formatList(codes.map((c) => stateName(c as never)));
const classText = (c: ClassRow) =>
  `${CUSTOMER_CLASS[c.type]}${c.eligibility ? ` (${c.eligibility})` : ''}`;

/** "15-minute (commercial, industrial): note". */
export function granularityText(g: Granularity): string {
  const who = g.customerTypes?.length
    ? ` for ${formatList(g.customerTypes.map((t) => lower(CUSTOMER_CLASS[t])))} customers`
    : '';
  return `${GRANULARITY[g.value]}${who}${g.note ? `. ${g.note}` : ''}`;
}

/** "24 months for residential customers: since the meter was installed". */
export function historyText(h: History): string {
  const who = h.customerTypes?.length
    ? ` for ${formatList(h.customerTypes.map((t) => lower(CUSTOMER_CLASS[t])))} customers`
    : '';
  const months = h.months ? `${h.months} month${h.months === 1 ? '' : 's'}` : '';
  return [months + who, h.note].filter(Boolean).join(months || who ? '. ' : '');
}

/** "5–10 business days (not guaranteed)", "Up to 3 weeks", or the note. */
export function turnaroundText(t: NonNullable<Route['turnaround']>): string {
  const unit = TURNAROUND_UNIT[t.unit ?? 'business-days'];
  const span =
    t.max === undefined
      ? ''
      : t.min === undefined
        ? `Up to ${t.max} ${unit}`
        : t.min === t.max
          ? `${t.max} ${unit}`
          : `${t.min}–${t.max} ${unit}`;
  const g = t.guaranteed;
  const promise =
    (g.status === 'yes' ? 'guaranteed' : g.status === 'no' ? 'not guaranteed' : '') +
    (g.note ? `${g.status === 'unknown' ? '' : ': '}${g.note}` : '');
  const head = span ? `${span}${promise ? ` (${promise})` : ''}` : promise && capitalize(promise);
  return [head, t.note].filter(Boolean).join('. ');
}

const tone = (s: string): Tone =>
  ['available', 'yes', 'full', 'deployed'].includes(s)
    ? 'yes'
    : ['planned', 'limited', 'partial'].includes(s)
      ? 'partial'
      : ['not-available', 'no', 'none'].includes(s)
        ? 'no'
        : 'unknown';

/** A status value in words, or not published. */
const statusCell = (label: string, unknown: boolean): Cell => (unknown ? UNKNOWN : text(label));

const KEY_FACTS = new Set([
  'State',
  'States',
  'Ownership',
  'Serves',
  'Customers',
  'EIA utility ID',
  'EIA utility IDs',
  'Website',
]);

// The guide, FAQ and rates pages of one guide share one view; ten thousand guides make this add up.
const views = new WeakMap<Utility, GuideView>();

export function guideView(u: Utility): GuideView {
  let v = views.get(u);
  if (!v) views.set(u, (v = buildGuideView(u)));
  return v;
}

function buildGuideView(u: Utility): GuideView {
  const c = new Citations(u.sources);
  const short = u.shortName ?? u.name;
  const f = (
    term: string,
    value: Cell,
    cite?: (string[] | undefined)[],
    extra: Partial<Fact> = {},
  ): Fact => ({ term, value, cite: c.of(...(cite ?? [])), ...extra });
  const list = (items: string[], empty: Cell = UNKNOWN): Cell =>
    items.length ? text(items.join(', ')) : empty;
  const conflictsFor = (section: keyof typeof SECTION): Block[] =>
    u.conflicts
      .filter((x) => x.section === section)
      .map((x) => ({
        kind: 'conflict',
        topic: x.topic,
        note: x.note,
        claims: x.claims.map((cl) => ({ md: cl.claim, cite: c.of(cl.cite) })),
      }));

  // ---------- About ----------
  const about: Fact[] = [
    f(u.states.length > 1 ? 'States' : 'State', text(statesText(u.states)), [u.cite]),
    f('Ownership', statusCell(OWNERSHIP[u.ownership], u.ownership === 'unknown'), [u.cite]),
    f('Serves', text(capitalize(formatList(u.commodities.map((x) => lower(COMMODITY[x]))))), [
      u.cite,
    ]),
    f(
      'Customers',
      u.customers.length
        ? join(
            u.customers.map((n) =>
              text(
                `${n.approximate ? 'About ' : ''}${formatNumber(n.count)} ${n.commodity ? `${lower(COMMODITY[n.commodity])} ` : ''}${CUSTOMER_UNIT[n.unit]}${n.asOf ? ` (${formatDate(n.asOf)})` : ''}`,
              ),
            ),
            '; ',
          )
        : UNKNOWN,
      [u.customers.flatMap((n) => n.cite)],
    ),
  ];
  if (u.legalName) about.push(f('Legal name', text(u.legalName), [u.cite]));
  if (u.parent)
    about.push(
      f(
        'Parent company',
        u.parent.url ? { href: u.parent.url, text: u.parent.name } : text(u.parent.name),
        [u.parent.cite, u.cite],
      ),
    );
  if (u.serviceArea) about.push(f('Service area', text(u.serviceArea), [u.cite]));
  if (u.wholesaleSupplier) about.push(f('Wholesale supplier', text(u.wholesaleSupplier), [u.cite]));
  about.push(
    f(
      u.regulators.length > 1 ? 'Regulators' : 'Regulator',
      u.regulators.length
        ? join(
            u.regulators.map((r) => {
              const name: Cell = r.url ? { href: r.url, text: r.name } : text(r.name);
              const extra = [r.states && `in ${statesText(r.states)}`, r.scope]
                .filter(Boolean)
                .join('; ');
              return extra ? join([name, text(`(${extra})`)], ' ') : name;
            }),
            '; ',
          )
        : UNKNOWN,
      [u.regulators.flatMap((r) => r.cite ?? [])],
    ),
    f(
      Array.isArray(u.eiaIds) && u.eiaIds.length > 1 ? 'EIA utility IDs' : 'EIA utility ID',
      u.eiaIds === 'unknown'
        ? { text: 'Not looked up yet' }
        : u.eiaIds === 'none'
          ? text('Files no EIA-861 report')
          : text(u.eiaIds.join(', ')),
      [u.cite],
    ),
    f('Website', u.website ? { href: u.website, text: new URL(u.website).hostname } : UNKNOWN),
  );
  if (u.aliases.length) about.push(f('Also known as', text(u.aliases.join('; '))));
  for (const r of u.related)
    about.push(
      f(
        'Not to be confused with',
        r.slug
          ? join([{ href: `/utilities/${r.slug}/`, text: r.name }, md(`: ${r.relation}`)], '')
          : md(`${r.name}: ${r.relation}`),
        [r.cite],
      ),
    );

  // ---------- Market ----------
  const m = u.market;
  const market: Fact[] = [
    f(
      'Market',
      statusCell(MARKET_STRUCTURE[m.structure.status], m.structure.status === 'unknown'),
      [m.structure.cite, m.cite],
      { note: m.structure.note, tone: undefined },
    ),
  ];
  for (const k of ['electric', 'gas'] as const) {
    if (!u.commodities.includes(k)) continue;
    const ch = m.choice[k] ?? { status: 'unknown' as const };
    const label = `${RETAIL_CHOICE[ch.status]}${'threshold' in ch && ch.threshold ? `: ${ch.threshold}` : ''}`;
    market.push(
      f(
        `Choice of ${k === 'electric' ? 'electricity' : 'gas'} supplier`,
        statusCell(label, ch.status === 'unknown'),
        [ch.cite, m.cite],
        { note: ch.note, tone: tone(ch.status) },
      ),
    );
  }
  if (m.choicePrograms.length)
    market.push(
      f(
        'Choice programs',
        join(
          m.choicePrograms.map((p) =>
            text(
              `${p.name} (${lower(COMMODITY[p.commodity])})${p.eligibility ? `: ${p.eligibility}` : ''}`,
            ),
          ),
          '; ',
        ),
        [m.choicePrograms.flatMap((p) => p.cite ?? [])],
      ),
    );
  if (m.suppliers.length)
    market.push(
      f(
        'Suppliers named by sources',
        join(
          [...m.suppliers]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((s) => (s.url ? { href: s.url, text: s.name } : text(s.name))),
        ),
        [m.suppliers.flatMap((s) => s.cite ?? [])],
      ),
    );
  if (m.priceComparison)
    market.push(
      f(
        'Official price comparison',
        { href: m.priceComparison.url, text: m.priceComparison.name },
        [m.priceComparison.cite],
      ),
    );
  if (m.billIssuer)
    market.push(
      f(
        'Who sends the bill',
        statusCell(BILL_ISSUER[m.billIssuer.status], m.billIssuer.status === 'unknown'),
        [m.billIssuer.cite, m.cite],
        { note: m.billIssuer.note },
      ),
    );
  if (m.note) market.push(f('Note', md(m.note), [m.cite]));

  // ---------- At a glance ----------
  const glance = capabilities(u).map((cap) => ({ ...cap, cites: c.of(cap.cite) }));

  // ---------- Access methods ----------
  const who = (am: Utility['accessMethods'][number]): Cell => {
    const parts = [
      am.firstParty.status !== 'unknown' && `Customer: ${lower(YES_NO[am.firstParty.status])}`,
      am.thirdParty.status !== 'unknown' && `Third party: ${lower(YES_NO[am.thirdParty.status])}`,
      ...am.audiences.map((a) => AUDIENCE[a]),
      am.customerTypes.length && `Classes: ${am.customerTypes.map(classText).join('; ')}`,
    ].filter((x): x is string => Boolean(x));
    return parts.length ? text(parts.join('; ')) : UNKNOWN;
  };
  const rows: TableRow[] = u.accessMethods.map((am) => ({
    head: text(am.method),
    sub: [
      am.states && `Only in ${statesText(am.states)}`,
      am.form && `Form: ${am.form}`,
      am.fee && `Fee: ${am.fee}`,
      am.status.note,
      am.firstParty.note,
      am.thirdParty.note,
      am.note,
    ].filter((x): x is string => Boolean(x)),
    cells: [
      statusCell(
        availabilityText(am.status.status, am.status.expected),
        am.status.status === 'unknown',
      ),
      who(am),
      am.dataTypes.length || am.granularity.length || am.history.length
        ? text(
            [
              am.dataTypes.map((d) => DATA_TYPE[d]).join(', '),
              ...am.granularity.map(granularityText),
              ...am.history.map((h) => `History: ${historyText(h)}`),
            ]
              .filter(Boolean)
              .join('; '),
          )
        : UNKNOWN,
      am.latency ? text(am.latency) : UNKNOWN,
      list(am.formats),
    ],
    cite: c.all(
      am.cite,
      am.status.cite,
      am.firstParty.cite,
      am.thirdParty.cite,
      am.granularity.flatMap((g) => g.cite ?? []),
      am.history.flatMap((h) => h.cite ?? []),
    ),
  }));
  const accessMethods: Block = {
    kind: 'table',
    label: SECTION['access-methods'],
    columns: ['Method', 'Status', 'Who can use it', 'Data', 'Latency', 'Formats'],
    rows,
  };

  // ---------- Sections ----------
  const blocks: Record<SectionId, Block[]> = {} as Record<SectionId, Block[]>;
  const steps = (title: string | undefined, s: string[], cite?: string[], id?: string): Block[] =>
    s.length ? [{ kind: 'steps', title, id, steps: s, cite: c.of(cite) }] : [];
  const para = (m?: string, cite?: (string[] | undefined)[]): Block[] =>
    m ? [{ kind: 'text', md: m, cite: c.of(...(cite ?? [])) }] : [];

  // Billing
  const b = u.billing;
  const exp = b.selfServiceExport;
  blocks.billing = [
    ...para(b.summary, [b.cite]),
    { kind: 'heading', text: 'What a bill shows' },
    b.billContents.length
      ? { kind: 'list', items: b.billContents.map((x) => ({ md: x, cite: [] })) }
      : { kind: 'unknown', what: 'what the bill shows' },
    { kind: 'heading', text: 'Self-service export' },
    {
      kind: 'facts',
      facts: [
        f(
          'Customers can export their own data',
          statusCell(YES_NO[exp.status], exp.status === 'unknown'),
          [exp.cite, b.cite],
          { tone: tone(exp.status), note: exp.note },
        ),
        f('Formats', list(exp.formats), [exp.cite, b.cite]),
        ...(exp.history.length
          ? [
              f('History', text(exp.history.map(historyText).join('; ')), [
                exp.history.flatMap((h) => h.cite ?? []),
                b.cite,
              ]),
            ]
          : []),
      ],
    },
    ...steps(`How to get ${short} bills (residential)`, b.residentialSteps, b.cite, 'bill-steps'),
    ...steps(
      `How to get ${short} bills (business)`,
      b.commercialSteps,
      b.cite,
      b.residentialSteps.length ? 'bill-steps-business' : 'bill-steps',
    ),
    ...(b.residentialSteps.length + b.commercialSteps.length === 0
      ? [{ kind: 'unknown', what: 'step-by-step instructions for getting bills' } as Block]
      : []),
    ...conflictsFor('billing'),
  ];

  // Third-party access
  const t = u.thirdPartyAccess;
  blocks['third-party'] = [...para(t.summary, [t.cite])];
  if (!t.routes.length)
    blocks['third-party'].push({
      kind: 'facts',
      facts: [
        f(
          SECTION['third-party'],
          statusCell(
            YES_NO[t.offered?.status ?? 'unknown'],
            (t.offered?.status ?? 'unknown') === 'unknown',
          ),
          [t.offered?.cite, t.cite],
          { tone: tone(t.offered?.status ?? 'unknown'), note: t.offered?.note },
        ),
      ],
    });
  for (const r of t.routes) blocks['third-party'].push(...routeBlocks(r));
  blocks['third-party'].push(...conflictsFor('third-party'), ...conflictsFor('access-methods'));

  function routeBlocks(r: Route): Block[] {
    const rc = [r.cite, t.cite];
    const out: Block[] = [
      {
        kind: 'facts',
        facts: compact([
          f('Kind', text(ROUTE_KIND[r.kind]), rc),
          f(
            'Status',
            statusCell(
              availabilityText(r.status.status, r.status.expected),
              r.status.status === 'unknown',
            ),
            [r.status.cite, ...rc],
            { tone: tone(r.status.status), note: r.status.note },
          ),
          f('Who may use it', list(r.audiences.map((a) => AUDIENCE[a])), rc),
          f(
            'Customer types',
            r.customerTypes.length ? text(r.customerTypes.map(classText).join('; ')) : UNKNOWN,
            rc,
          ),
          f('Data', list(r.dataTypes.map((d) => DATA_TYPE[d])), rc),
          ...(r.granularity.length
            ? [
                f('Interval', text(r.granularity.map(granularityText).join('; ')), [
                  r.granularity.flatMap((g) => g.cite ?? []),
                  ...rc,
                ]),
              ]
            : []),
          ...(r.history.length
            ? [
                f('History', text(r.history.map(historyText).join('; ')), [
                  r.history.flatMap((h) => h.cite ?? []),
                  ...rc,
                ]),
              ]
            : []),
          f('Turnaround', r.turnaround ? text(turnaroundText(r.turnaround)) : UNKNOWN, [
            r.turnaround?.cite,
            r.turnaround?.guaranteed.cite,
            ...rc,
          ]),
          f('Formats', list(r.formats), rc),
          ...(r.form ? [f('Form', md(r.form), rc)] : []),
          ...(r.fee ? [f('Fee', md(r.fee), rc)] : []),
          ...(r.url
            ? [
                f(
                  'Page',
                  {
                    href: r.url,
                    text: new URL(r.url).hostname + new URL(r.url).pathname.replace(/\/$/, ''),
                  },
                  rc,
                ),
              ]
            : []),
          ...(r.states ? [f('Only in', text(statesText(r.states)), rc)] : []),
        ]),
      },
      ...para(r.summary, rc),
      ...steps('Steps', r.steps, r.cite ?? t.cite),
    ];
    if (r.contacts.length)
      out.push({
        kind: 'list',
        title: 'Where to send requests',
        items: r.contacts.map((x) => ({ md: contactMd(x), cite: c.of(x.cite) })),
      });
    if (r.onboarding) {
      const o = r.onboarding;
      const oc = [o.cite, ...rc];
      out.push({ kind: 'heading', text: `Registering for ${r.name}` });
      out.push({
        kind: 'facts',
        facts: compact([
          f(
            'Where to register',
            o.registrationUrl ? { href: o.registrationUrl, text: o.registrationUrl } : UNKNOWN,
            oc,
          ),
          f('Who may register', list(o.whoMayRegister.map((w) => REGISTRANT[w])), oc),
          f(
            'What registration requires',
            o.requirements.length
              ? join(
                  o.requirements.map((q) =>
                    md(
                      `${REQUIREMENT[q.kind]}${q.name ? `: ${q.url ? `[${q.name}](${q.url})` : q.name}` : q.url ? ` ([link](${q.url}))` : ''}${q.note ? ` (${q.note})` : ''}`,
                    ),
                  ),
                  '; ',
                )
              : UNKNOWN,
            [o.requirements.flatMap((q) => q.cite ?? []), ...oc],
          ),
          f(
            'Sandbox or test mode',
            statusCell(YES_NO[o.sandbox.status], o.sandbox.status === 'unknown'),
            [o.sandbox.cite, ...oc],
            { tone: tone(o.sandbox.status), note: o.sandbox.note },
          ),
          f(
            'How long one authorization lasts',
            o.authorizationTerm
              ? text(
                  [
                    o.authorizationTerm.months && `${o.authorizationTerm.months} months`,
                    o.authorizationTerm.note,
                  ]
                    .filter(Boolean)
                    .join('. '),
                )
              : UNKNOWN,
            [o.authorizationTerm?.cite, ...oc],
          ),
          f('How a customer revokes it', o.revocation ? md(o.revocation) : UNKNOWN, oc),
          f('Cost', o.cost ? md(o.cost) : UNKNOWN, oc),
          f('Typical onboarding time', o.onboardingTime ? md(o.onboardingTime) : UNKNOWN, oc),
          ...(o.note ? [f('Note', md(o.note), oc)] : []),
        ]),
      });
    }
    if (r.evidence.length)
      out.push({
        kind: 'list',
        title: 'Independent reports on this route',
        items: r.evidence.map((e) => ({
          md: `${EVIDENCE_VERDICT[e.verdict]} (${formatDate(e.date)}): ${e.summary}`,
          cite: c.of(e.cite),
        })),
      });
    out.push(...para(r.note, rc));
    const kind = r.kind === 'other' ? undefined : ROUTE_KIND[r.kind];
    const time =
      r.turnaround?.max !== undefined ? turnaroundText(r.turnaround).split('. ')[0] : undefined;
    return [
      {
        kind: 'details',
        id: `route-${r.id}`,
        summary: [r.name, kind && kind !== r.name ? kind : undefined, time]
          .filter(Boolean)
          .join(' · '),
        badge: {
          text: availabilityText(r.status.status, r.status.expected),
          tone: tone(r.status.status),
        },
        blocks: out,
      },
    ];
  }

  // Interval data and meters
  const iv = u.intervalData;
  blocks['interval-data'] = [...para(iv.summary, [iv.cite])];
  if (!iv.summary)
    blocks['interval-data'].push({ kind: 'unknown', what: 'how interval data can be obtained' });
  const meterFacts: Fact[] = iv.meters.length
    ? iv.meters.flatMap((mt) => {
        const label = [
          iv.meters.length > 1 && mt.commodity ? `${COMMODITY[mt.commodity]} meters` : 'Meters',
          mt.states && `in ${statesText(mt.states)}`,
        ]
          .filter(Boolean)
          .join(' ');
        const count = mt.count
          ? [
              mt.count.ami !== undefined && `${formatNumber(mt.count.ami)} AMI`,
              mt.count.amr !== undefined && `${formatNumber(mt.count.amr)} AMR`,
              mt.count.other !== undefined && `${formatNumber(mt.count.other)} other`,
              mt.count.total !== undefined && `of ${formatNumber(mt.count.total)} meters`,
            ]
              .filter(Boolean)
              .join(', ')
              .replace(', of', ' of') + (mt.count.asOf ? ` (${formatDate(mt.count.asOf)})` : '')
          : '';
        const value = [
          mt.technology === 'unknown' ? undefined : METER_TECHNOLOGY[mt.technology],
          mt.status === 'unknown' ? undefined : lower(METER_DEPLOYMENT[mt.status]),
          mt.vendor,
          mt.since && `since ${mt.since}`,
          count,
        ].filter(Boolean);
        return [
          f(label, value.length ? text(value.join('; ')) : UNKNOWN, [mt.cite, iv.cite], {
            tone: tone(mt.status),
            note: mt.note,
          }),
        ];
      })
    : [f('Meters', UNKNOWN)];
  const commodityFacts = (['electric', 'gas'] as const)
    .filter((k) => u.commodities.includes(k))
    .flatMap((k) => {
      const ci = iv[k];
      const name = k === 'electric' ? 'Electric' : 'Gas';
      return [
        f(
          `${name} interval data`,
          ci?.granularity.length ? text(ci.granularity.map(granularityText).join('; ')) : UNKNOWN,
          [ci?.granularity.flatMap((g) => g.cite ?? []), ci?.cite, iv.cite],
          { note: ci?.note },
        ),
        f(
          `${name} history kept`,
          ci?.history.length ? text(ci.history.map(historyText).join('; ')) : UNKNOWN,
          [ci?.history.flatMap((h) => h.cite ?? []), ci?.cite, iv.cite],
        ),
      ];
    });
  blocks['interval-data'].push(
    { kind: 'facts', facts: [...meterFacts, ...commodityFacts] },
    ...steps(`How to get ${short} interval data`, iv.steps, iv.cite, 'interval-steps'),
    ...conflictsFor('interval-data'),
  );

  // Green Button
  const gb = u.greenButton;
  const dmd = gb.downloadMyData;
  const cmd = gb.connectMyData;
  blocks['green-button'] = [
    { kind: 'heading', text: 'Download My Data' },
    {
      kind: 'facts',
      facts: compact([
        f(
          'Status',
          statusCell(availabilityText(dmd.status, dmd.expected), dmd.status === 'unknown'),
          [dmd.cite, gb.cite],
          { tone: tone(dmd.status), note: dmd.note },
        ),
        f('Available to', dmd.availableTo ? md(dmd.availableTo) : UNKNOWN, [dmd.cite, gb.cite]),
        f('Formats', list(dmd.formats), [dmd.cite, gb.cite]),
        ...(dmd.history.length
          ? [
              f('History', text(dmd.history.map(historyText).join('; ')), [
                dmd.history.flatMap((h) => h.cite ?? []),
                dmd.cite,
                gb.cite,
              ]),
            ]
          : []),
        ...(dmd.url ? [f('Where', { href: dmd.url, text: dmd.url }, [dmd.cite, gb.cite])] : []),
      ]),
    },
    { kind: 'heading', text: 'Connect My Data' },
    {
      kind: 'facts',
      facts: compact([
        f(
          'Status',
          statusCell(availabilityText(cmd.status, cmd.expected), cmd.status === 'unknown'),
          [cmd.cite, gb.cite],
          { tone: tone(cmd.status), note: cmd.note },
        ),
        f('Available to', cmd.availableTo ? md(cmd.availableTo) : UNKNOWN, [cmd.cite, gb.cite]),
        f('Standard', cmd.standard ? text(cmd.standard) : UNKNOWN, [cmd.cite, gb.cite]),
        ...(cmd.registrationUrl
          ? [
              f(
                'Where third parties register',
                { href: cmd.registrationUrl, text: cmd.registrationUrl },
                [cmd.cite, gb.cite],
              ),
            ]
          : []),
        f(
          'Listed in the Green Button Alliance directory',
          statusCell(
            YES_NO[gb.gbaDirectoryListed.status],
            gb.gbaDirectoryListed.status === 'unknown',
          ),
          [gb.gbaDirectoryListed.cite, gb.cite],
          { note: gb.gbaDirectoryListed.note },
        ),
      ]),
    },
    ...conflictsFor('green-button'),
  ];

  // API
  const a = u.api;
  blocks.api = [
    {
      kind: 'facts',
      facts: compact([
        f(
          'Status',
          statusCell(availabilityText(a.status, a.expected), a.status === 'unknown'),
          [a.cite],
          { tone: tone(a.status), note: a.note },
        ),
        f('Program', a.program ? text(a.program) : UNKNOWN, [a.cite]),
        f('Authorization', a.authMethod ? md(a.authMethod) : UNKNOWN, [a.cite]),
        f('Rate limits', a.rateLimits ? md(a.rateLimits) : UNKNOWN, [a.cite]),
        f('Interval data latency', a.intervalLatency ? md(a.intervalLatency) : UNKNOWN, [a.cite]),
        f(
          'Developer portal',
          a.developerPortal ? { href: a.developerPortal, text: a.developerPortal } : UNKNOWN,
          [a.cite],
        ),
      ]),
    },
    ...para(a.summary, [a.cite]),
    ...steps('How to register for access', a.registrationSteps, a.cite),
  ];
  if (a.dataProviders.length)
    blocks.api.push(
      { kind: 'heading', text: 'Independent data providers' },
      {
        kind: 'text',
        md: `These companies say they offer API access to ${short} data. They are listed in alphabetical order, without endorsement.`,
        cite: [],
      },
      {
        kind: 'list',
        items: [...a.dataProviders]
          .sort((x, y) => x.name.localeCompare(y.name))
          .map((p) => ({
            md: `${p.url ? `[${p.name}](${p.url})` : p.name}${p.coverage ? `: ${p.coverage}` : ''}`,
            cite: c.of(p.cite),
          })),
      },
    );
  blocks.api.push(...conflictsFor('api'));

  // EDI
  const e = u.edi;
  blocks.edi = [
    {
      kind: 'facts',
      facts: compact([
        f(
          'Status',
          statusCell(availabilityText(e.status, e.expected), e.status === 'unknown'),
          [e.cite],
          { tone: tone(e.status), note: e.note },
        ),
        f('Used for', list(e.purposes.map((p) => EDI_PURPOSE[p])), [e.cite]),
        f('Transaction sets', list(e.transactionSets), [e.cite]),
        f('Standard', e.standard ? md(e.standard) : UNKNOWN, [e.cite]),
        f('Who trades by EDI', list(e.audiences.map((x) => AUDIENCE[x])), [e.cite]),
      ]),
    },
    ...para(e.summary, [e.cite]),
    ...steps('How to enrol', e.enrollmentSteps, e.cite),
    ...conflictsFor('edi'),
  ];

  // Rates (schedules, figures and components are on the rates page)
  const r = u.rates;
  blocks.rates = [
    ...(r.summary
      ? para(r.summary, [r.cite])
      : [{ kind: 'unknown', what: 'how this utility’s rates are set' } as Block]),
    { kind: 'facts', facts: rateFacts(u, c) },
    ...(r.notes.length
      ? [
          {
            kind: 'list',
            items: r.notes.map((n) =>
              typeof n === 'string'
                ? { md: n, cite: c.of(r.cite) }
                : { md: n.text, cite: c.of(n.cite, r.cite) },
            ),
          } as Block,
        ]
      : []),
    ...conflictsFor('rates'),
  ];

  // Programs
  blocks.programs = u.programs.length
    ? u.programs.flatMap((p): Block[] => [
        { kind: 'heading', text: p.name, badge: { text: PROGRAM_KIND[p.kind], tone: 'unknown' } },
        ...(p.states
          ? [{ kind: 'text', md: `Only in ${statesText(p.states)}.`, cite: [] } as Block]
          : []),
        { kind: 'text', md: p.description, cite: c.of(p.cite) },
        ...(p.url ? [{ kind: 'link', text: `${p.name} page`, href: p.url } as Block] : []),
        ...steps(undefined, p.steps, p.cite),
      ])
    : [{ kind: 'unknown', what: 'other data-related programs' }];
  blocks.programs.push(...conflictsFor('programs'));

  // Limitations
  blocks.limitations = u.limitations.length
    ? [{ kind: 'list', items: u.limitations.map((l) => ({ md: l.text, cite: c.of(l.cite) })) }]
    : [{ kind: 'unknown', what: 'limitations' }];

  // Data fields, platform, whole-building data
  // Every field that applies to the utility's commodities: the guide's rows in the table, and the fields no
  // source mentions named in one line under it (a card per silent field would bury the answers on a phone).
  const matrix = dataFieldMatrix(u);
  const fieldRows: TableRow[] = matrix.flatMap((m) =>
    m.rows.map((d) => ({
      head: text(m.label),
      cells: [
        statusCell(YES_NO[d.status], d.status === 'unknown'),
        text(
          [
            d.granularity && GRANULARITY[d.granularity],
            d.months && `${d.months} months`,
            d.routes &&
              `via ${formatList(d.routes.map((id) => t.routes.find((x) => x.id === id)?.name ?? id))}`,
            d.customerTypes &&
              `for ${formatList(d.customerTypes.map((x) => lower(CUSTOMER_CLASS[x])))} customers`,
            d.note,
          ]
            .filter(Boolean)
            .join('; ') || '—',
        ),
      ],
      cite: c.of(d.cite),
    })),
  );
  const silentFields = matrix.filter((m) => !m.rows.length).map((m) => m.label);
  const wb = u.wholeBuilding;
  blocks['data-fields'] = [
    {
      kind: 'facts',
      facts: [
        f(
          'Portal platform',
          u.platform.vendor === 'unknown'
            ? UNKNOWN
            : { text: platformLabel(u), href: platformPath(u.platform.vendor) },
          [u.platform.cite],
          { note: u.platform.note },
        ),
      ],
    },
    { kind: 'heading', text: 'Which data fields are available' },
    ...(fieldRows.length
      ? [
          {
            kind: 'table',
            label: 'Data fields',
            columns: ['Field', 'Available', 'Detail'],
            rows: fieldRows,
          } as Block,
        ]
      : []),
    ...(silentFields.length
      ? [
          {
            kind: 'text',
            md: `${NOT_PUBLISHED}${fieldRows.length ? ' for the other fields' : ' for any field'}: ${formatList(silentFields.map((l, i) => (i ? lower(l) : l)))}.`,
            cite: [],
          } as Block,
        ]
      : []),
    { kind: 'heading', text: 'Whole-building data for benchmarking' },
    {
      kind: 'facts',
      facts: [
        f(
          'Aggregated whole-building data',
          statusCell(YES_NO[wb.status], wb.status === 'unknown'),
          [wb.cite],
          { tone: tone(wb.status), note: wb.note },
        ),
        ...(wb.status === 'unknown' && !wb.minTenants && !wb.delivery.length
          ? []
          : [
              f(
                'Privacy threshold',
                wb.minTenants || wb.maxTenantSharePercent
                  ? text(
                      [
                        wb.minTenants && `at least ${wb.minTenants} tenants`,
                        wb.maxTenantSharePercent &&
                          `no tenant above ${wb.maxTenantSharePercent}% of the building’s use`,
                      ]
                        .filter(Boolean)
                        .join('; '),
                    )
                  : UNKNOWN,
                [wb.cite],
              ),
              f(
                'Multifamily buildings included',
                statusCell(YES_NO[wb.multifamily.status], wb.multifamily.status === 'unknown'),
                [wb.multifamily.cite, wb.cite],
                { note: wb.multifamily.note },
              ),
              f('Delivery', list(wb.delivery.map((d) => WHOLE_BUILDING_DELIVERY[d])), [wb.cite]),
              f('How to request it', wb.howToRequest ? md(wb.howToRequest) : UNKNOWN, [wb.cite]),
              ...(wb.states ? [f('Only in', text(statesText(wb.states)), [wb.cite])] : []),
              ...(wb.url ? [f('Page', { href: wb.url, text: wb.url }, [wb.cite])] : []),
            ]),
      ],
    },
  ];

  // FAQ
  blocks.faq = u.faq.length ? [] : [{ kind: 'unknown', what: 'answers to common questions' }];

  const sections = GUIDE_SECTIONS.map((s, i) => ({
    id: s.id,
    title: s.title,
    number: i + 1,
    blocks: blocks[s.id] ?? [],
  }));
  return {
    name: u.name,
    short,
    market,
    keyFacts: about.filter((x) => KEY_FACTS.has(x.term)),
    about: about.filter((x) => !KEY_FACTS.has(x.term)),
    aboutConflicts: [...conflictsFor('identity'), ...conflictsFor('market')],
    glance,
    accessMethods,
    sections,
    citations: c,
  };
}

function rateFacts(u: Utility, c: Citations): Fact[] {
  const r = u.rates;
  const f = (
    term: string,
    value: Cell,
    cite: (string[] | undefined)[],
    extra: Partial<Fact> = {},
  ): Fact => ({ term, value, cite: c.of(...cite), ...extra });
  const feat = (term: string, x: Utility['rates']['features']['timeOfUse']) =>
    f(term, statusCell(YES_NO[x.status], x.status === 'unknown'), [x.cite, r.cite], {
      tone: tone(x.status),
      note: x.note,
    });
  return [
    f(
      r.dockets.length > 1 ? 'Dockets' : 'Docket',
      r.dockets.length
        ? join(
            r.dockets.map((d) => {
              const label = [
                d.id,
                d.title && `: ${d.title}`,
                d.agency && ` (${d.agency}${d.date ? `, ${formatDate(d.date)}` : ''})`,
                !d.agency && d.date && ` (${formatDate(d.date)})`,
              ]
                .filter(Boolean)
                .join('');
              return d.url ? { href: d.url, text: label } : text(label);
            }),
            '; ',
          )
        : UNKNOWN,
      [r.dockets.flatMap((d) => d.cite ?? []), r.cite],
    ),
    f('Tariff book', r.tariffBook ? { href: r.tariffBook, text: r.tariffBook } : UNKNOWN, [r.cite]),
    feat('Time-of-use rates', r.features.timeOfUse),
    feat('Demand charges', r.features.demandCharges),
    feat(RATE_STRUCTURE['fuel-adjustment'], r.features.fuelAdjustment),
    ...(r.units.length ? [f('Billed in', text(r.units.join(', ')), [r.cite])] : []),
  ];
}

export { rateFacts };

/** A contact as one line of inline Markdown with its link. */
export function contactMd(x: Utility['contacts'][number]): string {
  switch (x.type) {
    case 'phone':
      return `${x.label}: ${x.value}`;
    case 'fax':
      return `${x.label}: fax ${x.value}`;
    case 'email':
      return `${x.label}: [${x.value}](mailto:${x.value})`;
    case 'web-form':
      return `${x.label}: [contact form](${x.value})`;
    case 'postal':
      return `${x.label}: ${x.value}`;
  }
}

export { AVAILABILITY, NOT_PUBLISHED };
