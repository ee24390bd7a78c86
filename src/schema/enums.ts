/**
 * Every enum of the content model, once, as a value -> label map. The zod enums are built from the keys
 * and the pages print the labels, so a new value without a label is a compile error, and a label is worded
 * in exactly one place. Labels say no more than the value means: `unknown` is always "Not published"
 * (no source we read states it), never "No".
 */

/** What pages print for `unknown`: no source we read states the fact. */
export const NOT_PUBLISHED = 'Not published';
/** What pages print where a field does not apply to the utility at all. */
export const NOT_APPLICABLE = 'Not applicable';

export const OWNERSHIP = {
  'investor-owned': 'Investor-owned utility',
  cooperative: 'Cooperative',
  municipal: 'Municipal utility',
  'political-subdivision': 'Political subdivision (e.g. public power district)',
  state: 'State-owned utility',
  federal: 'Federal utility',
  other: 'Other',
  unknown: NOT_PUBLISHED,
} as const;

export const COMMODITY = {
  electric: 'Electricity',
  gas: 'Natural gas',
  water: 'Water',
  wastewater: 'Wastewater',
  steam: 'Steam',
} as const;

/** Customer classes, as tariffs and data programs draw them. */
export const CUSTOMER_CLASS = {
  residential: 'Residential',
  commercial: 'Commercial',
  industrial: 'Industrial',
  'non-residential': 'Non-residential',
  agricultural: 'Agricultural',
  government: 'Government',
  all: 'All customers',
} as const;

/** What a headcount counts: sources count customers, accounts, meters or co-op members. */
export const CUSTOMER_UNIT = { customers: 'customers', accounts: 'accounts', meters: 'meters', members: 'members' } as const;

/** Who a channel is for, apart from customer class. */
export const AUDIENCE = {
  customers: 'Customers, for their own accounts',
  consultants: 'Consultants the customer authorises',
  'building-owners': 'Building owners',
  suppliers: 'Retail suppliers (ESPs, marketers, ESCOs)',
  ccas: 'Community choice aggregators',
  aggregators: 'Aggregators',
  'dr-providers': 'Demand-response providers',
  'market-participants': 'Wholesale market participants',
  'third-parties': 'Third parties the customer authorises',
  researchers: 'Researchers and public agencies',
} as const;

export const DATA_TYPE = {
  billing: 'Bills',
  usage: 'Usage totals',
  interval: 'Interval usage',
  demand: 'Demand (kW)',
  aggregated: 'Aggregated data',
  payments: 'Payments',
  balance: 'Balance',
  alerts: 'Alerts',
  rates: 'Rates',
  outages: 'Outages',
  account: 'Account details',
  enrollment: 'Enrolment',
  other: 'Other',
} as const;

export const GRANULARITY = {
  '1-minute': '1-minute',
  '5-minute': '5-minute',
  '15-minute': '15-minute',
  '30-minute': '30-minute',
  hourly: 'Hourly',
  daily: 'Daily',
  monthly: 'Monthly (billing period)',
  'interval-unstated': 'Interval reads (length not stated)',
  'not-applicable': NOT_APPLICABLE,
  unknown: NOT_PUBLISHED,
} as const;

/** How far along a channel is. Only `planned` may carry an expected date. */
export const AVAILABILITY = {
  available: 'Available',
  planned: 'Planned',
  'not-available': 'Not available',
  unknown: NOT_PUBLISHED,
} as const;

export const YES_NO = { yes: 'Yes', no: 'No', unknown: NOT_PUBLISHED } as const;

/** Whether customers may buy supply from someone other than the utility. */
export const RETAIL_CHOICE = {
  full: 'Yes, for all customers',
  limited: 'Limited',
  none: 'No',
  unknown: NOT_PUBLISHED,
} as const;

/** How the market around the utility is organised. */
export const MARKET_STRUCTURE = {
  regulated: 'Regulated monopoly (bundled service)',
  restructured: 'Restructured (supply open to competition)',
  partial: 'Partly restructured',
  unknown: NOT_PUBLISHED,
} as const;

/** Who sends the customer's bill in a market with suppliers. */
export const BILL_ISSUER = {
  utility: 'The utility',
  supplier: 'The supplier',
  either: 'The utility or the supplier, depending on the billing option',
  both: 'Both, on separate bills',
  unknown: NOT_PUBLISHED,
} as const;

export const METER_TECHNOLOGY = {
  ami: 'Smart meters (AMI, two-way)',
  amr: 'Automated meter reading (AMR, one-way)',
  'ami-and-amr': 'A mix of AMI and AMR meters',
  manual: 'Manually read meters',
  unknown: NOT_PUBLISHED,
} as const;

export const METER_DEPLOYMENT = {
  deployed: 'Throughout the service area',
  partial: 'In part of the service area',
  none: 'None',
  unknown: NOT_PUBLISHED,
} as const;

/** What part of the supply chain the utility runs, as readers and suppliers need to know it. */
export const ROLE = {
  'vertically-integrated': 'Vertically integrated: generates or buys, delivers and sells the supply',
  'wires-only': 'Delivery only: runs the wires; retail suppliers sell the supply',
  'distribution-cooperative': 'Distribution cooperative: buys wholesale power and delivers it to members',
  'municipal-distributor': 'Municipal distributor: buys wholesale power and delivers it to customers',
  'gas-distributor': 'Gas distribution company',
  other: 'Other',
  unknown: NOT_PUBLISHED,
} as const;

/** Named ANSI X12 transactions that utilities and suppliers exchange. */
export const EDI_TRANSACTION = {
  '810': '810 invoice',
  '814': '814 enrolment, drop and change',
  '820': '820 payment remittance',
  '824': '824 application advice',
  '867': '867 usage',
  '867-hu': '867 historical usage',
  '867-iu': '867 interval usage',
  '867-mu': '867 monthly usage',
  '248': '248 account assignment',
  '568': '568 contract payment',
  '650': '650 service order',
  '997': '997 functional acknowledgement',
} as const;

/** Kinds of third-party route; each label says only what the kind guarantees. */
export const ROUTE_KIND = {
  'green-button-connect': 'Green Button Connect My Data',
  api: 'Utility API program',
  'online-authorization': 'Online customer authorization',
  'authorization-form': 'Signed authorization form',
  'customer-consent': 'Request with the customer’s consent',
  edi: 'EDI (electronic data interchange)',
  'statewide-platform': 'Statewide data platform',
  other: 'Other route',
} as const;

export const TURNAROUND_UNIT = {
  'business-days': 'business days',
  days: 'days',
  weeks: 'weeks',
} as const;

/** What an EDI exchange is for: supplier market transactions differ from a customer's own invoices. */
export const EDI_PURPOSE = {
  'retail-market': 'Retail market transactions with suppliers',
  'customer-billing': 'A customer’s own invoices and payments',
  other: 'Other exchanges',
} as const;

export const SOURCE_KIND = {
  utility: 'Utility',
  regulator: 'Regulator',
  government: 'Government',
  industry: 'Industry body',
  news: 'News',
  commercial: 'Commercial guide or vendor',
  legal: 'Statute or rule text on a legal publisher',
  other: 'Other',
} as const;

export const PROGRAM_KIND = {
  prepay: 'Prepay',
  'levelized-billing': 'Levelized billing',
  'e-billing': 'E-billing',
  'outage-map': 'Outage map',
  benchmarking: 'Benchmarking',
  'aggregated-data': 'Aggregated data',
  'usage-alerts': 'Usage alerts',
  'demand-response': 'Demand response',
  other: 'Other',
} as const;

export const RATE_STRUCTURE = {
  flat: 'Flat',
  tiered: 'Tiered (inclining blocks)',
  'declining-block': 'Declining blocks',
  'time-of-use': 'Time of use',
  demand: 'Demand charge',
  seasonal: 'Seasonal',
  'real-time': 'Real-time pricing',
  'fuel-adjustment': 'Fuel or power-cost adjustment',
  other: 'Other',
} as const;

/** Parts of a bill, mainly for gas utilities whose charges are passed through in several pieces. */
export const CHARGE_KIND = {
  'customer-charge': 'Customer charge',
  energy: 'Energy or commodity charge',
  delivery: 'Delivery charge',
  demand: 'Demand charge',
  capacity: 'Capacity charge',
  supply: 'Supply charge',
  'annual-adjustment': 'Annual adjustment',
  'pass-through': 'Pass-through charge',
  'fuel-adjustment': 'Fuel or power-cost adjustment',
  rider: 'Rider',
  tax: 'Tax or fee',
  other: 'Other charge',
} as const;

export const CONTACT_TYPE = {
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  postal: 'Post',
  'web-form': 'Web form',
} as const;

/** Guide sections, as the page titles them; source conflicts attach to one. */
export const SECTION = {
  identity: 'About the utility',
  market: 'Market and supply',
  'access-methods': 'All access methods',
  billing: 'Billing data',
  'third-party': 'Third-party access',
  'interval-data': 'Interval data and meters',
  'green-button': 'Green Button',
  api: 'Third-party API',
  edi: 'Electronic data interchange (EDI)',
  'data-fields': 'Data fields, portal platform and building data',
  rates: 'Rates and tariffs',
  programs: 'Other programs',
  limitations: 'Limitations',
  faq: 'Frequently asked questions',
} as const;

/** The capabilities readers compare across utilities: label, short label (cards) and the section explaining it. */
export const CAPABILITY = {
  'self-service-export': {
    label: 'Self-service data export',
    short: 'Export',
    column: 'Self-service export',
    href: '#billing',
  },
  meters: { label: 'Meters', short: 'Meters', column: 'Smart meters', href: '#interval-data' },
  interval: {
    label: 'Finest interval data',
    short: 'Interval',
    column: 'Finest interval',
    href: '#interval-data',
  },
  'gb-dmd': {
    label: 'Green Button Download My Data',
    short: 'GB Download',
    column: 'Green Button download',
    href: '#green-button',
  },
  'gb-cmd': {
    label: 'Green Button Connect My Data',
    short: 'GB Connect',
    column: 'Green Button Connect',
    href: '#green-button',
  },
  api: { label: 'Utility API', short: 'API', column: 'API', href: '#api' },
  edi: { label: 'EDI', short: 'EDI', column: 'EDI', href: '#edi' },
  'third-party': {
    label: 'Third-party access',
    short: 'Third party',
    column: 'Third-party access',
    href: '#third-party',
  },
  'retail-choice': {
    label: 'Retail supplier choice',
    short: 'Choice',
    column: 'Supplier choice',
    href: '#market',
  },
} as const satisfies Record<
  string,
  { label: string; short: string; column: string; href: `#${string}` }
>;



/** Vendor platform behind the customer portal and data exports (issue: which integrations work). */
export const PLATFORM = {
  opower: 'Opower (Oracle Utilities)',
  'nisc-smarthub': 'NISC SmartHub',
  'sedc-meridian': 'SEDC / Meridian',
  itron: 'Itron',
  'hometown-connections': 'Hometown Connections',
  paymentus: 'Paymentus',
  bidgely: 'Bidgely',
  utilityapi: 'UtilityAPI (hosted Green Button Connect)',
  'in-house': 'Built by the utility',
  other: 'Other platform',
  unknown: NOT_PUBLISHED,
} as const;

/** Data fields a third party needs, beyond "API: available". */
export const DATA_FIELD = {
  'interval-usage': 'Interval usage',
  'billing-history': 'Billing history',
  'bill-pdf': 'Bill PDFs',
  'account-number': 'Account number',
  'meter-number': 'Meter number',
  'service-address': 'Service address',
  'rate-code': 'Rate or tariff code',
  demand: 'Demand (kW)',
  'peak-load-contribution': 'Peak-load contribution (capacity tag)',
  'transmission-obligation': 'Network transmission obligation',
  'loss-factor': 'Loss factor',
  'net-metering': 'Generation and received energy (net metering)',
  'gas-usage': 'Gas usage',
} as const;

/** Who may register for a third-party route. */
export const REGISTRANT = {
  'any-third-party': 'Any third party',
  'registered-supplier': 'Registered suppliers or ESCOs',
  'dr-provider': 'Demand-response providers',
  'cca': 'Community choice aggregators',
  'customer-agent': 'Agents the customer designates',
  'building-owners': 'Building owners and managers',
  'public-agencies': 'Government agencies and researchers',
} as const;

/** What registering for a third-party route requires. */
export const REQUIREMENT = {
  agreement: 'Signed agreement or terms',
  'tax-id': 'Tax ID (EIN)',
  'security-questionnaire': 'Security questionnaire',
  insurance: 'Insurance',
  certificate: 'Certificate',
  'mutual-tls': 'Mutual TLS',
  'regulator-registration': 'Registration with the regulator',
  other: 'Other requirement',
} as const;

/** How whole-building data reaches a building owner. */
export const WHOLE_BUILDING_DELIVERY = {
  spreadsheet: 'Spreadsheet on request',
  'portfolio-manager': 'Automatic upload to ENERGY STAR Portfolio Manager',
  other: 'Other',
} as const;

/** What an independent public record says about whether a route works. */
export const EVIDENCE_VERDICT = {
  working: 'Reported working',
  'not-working': 'Reported not working',
  mixed: 'Mixed reports',
} as const;

/** Map keys as a non-empty tuple, for z.enum. */
export const keysOf = <T extends Record<string, string>>(map: T) =>
  Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];

/** Kinds of state data-access rule. */
export const RULE_KIND = {
  statute: 'Statute',
  regulation: 'Regulation',
  order: 'Commission order',
  'tariff-rule': 'Tariff rule',
  platform: 'Statewide data platform',
  program: 'Program',
} as const;

/** Topics of the general FAQ. */
export const FAQ_TOPIC = {
  'green-button': 'Green Button',
  'interval-data': 'Interval data',
  'third-party': 'Third-party access',
  edi: 'EDI and retail choice',
  billing: 'Bills',
  rates: 'Rates and tariffs',
  benchmarking: 'Building benchmarking',
  general: 'General',
} as const;

/** The capability hubs: what each explains, and the capability its utility lists group by. */
export const HUB = {
  'green-button': { title: 'Green Button', path: '/green-button/', capability: 'gb-cmd' },
  'interval-data': { title: 'Interval data', path: '/interval-data/', capability: 'interval' },
  'api-access': { title: 'Utility APIs', path: '/api-access/', capability: 'api' },
  edi: { title: 'EDI', path: '/edi/', capability: 'edi' },
} as const;
