/**
 * Small reusable zod pieces: bounded text, dates, web addresses, citations and the one shape of every
 * status. Pure zod, no I/O. Each piece carries the wording of what it expects, so a validation message can
 * tell an editor what to write instead, not just that something is wrong.
 */
import { z } from 'astro/zod';
import { AVAILABILITY, keysOf, YES_NO } from './enums.ts';

/** Two-letter USPS codes: the 50 states, DC and the inhabited territories. */
export const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas',
  KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts',
  MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico', GU: 'Guam',
  VI: 'U.S. Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
} as const;
export type StateCode = keyof typeof US_STATES;

/**
 * Some fields accept a second, shorter form that a preprocess step expands (`api: available` for
 * `{ status: available }`, a year as a number). JSON Schema cannot see through that step, so each such
 * schema records its other accepted form here, and the editor schema offers both (see json-schema.ts).
 */
const ALSO = new WeakMap<object, z.ZodType>();
export function alsoAccepts<T extends z.ZodType>(schema: T, alternative: z.ZodType): T {
  ALSO.set(schema._zod.def, alternative);
  return schema;
}
export const otherForm = (schema: z.ZodType) => ALSO.get(schema._zod.def);

/** A zod enum over a label map's keys, with the allowed values in its message. */
export const enumOf = <T extends Record<string, string>>(map: T) => {
  const values = keysOf(map);
  return z.enum(values, { error: `one of ${values.join(', ')}` });
};

export const stateCode = z.enum(keysOf(US_STATES), {
  error: 'a two-letter US state or territory code in capitals, such as TN or GA',
});

/** A list of states, each once. */
export const stateList = z
  .array(stateCode)
  .max(60)
  .refine((v) => new Set(v).size === v.length, {
    error: (iss) => {
      const v = iss.input as string[];
      return `found ${v.find((s, i) => v.indexOf(s) !== i)} twice; expected each state once`;
    },
  });

// ---------- Text, bounded so one field cannot swamp a page ----------

/** Limits in characters. Names and labels are short; steps and notes a few sentences; summaries a paragraph. */
export const LIMITS = { label: 200, text: 800, paragraph: 1600, url: 500 } as const;

const boundedText = (max: number, what: string) =>
  z
    .string({ error: 'text' })
    .trim()
    // A pattern rather than a minimum length, so the published JSON Schema refuses blank text too.
    .regex(/\S/, { error: 'non-empty text' })
    .max(max, { error: `at most ${max.toLocaleString('en-US')} characters (${what}); shorten it or split it` });

/** A name, title or label: one line. */
export const label = boundedText(LIMITS.label, 'a name or label');
/** A sentence or a few: a step, a note, an item. May contain inline Markdown. */
export const text = boundedText(LIMITS.text, 'a step, note or item');
/** A paragraph: summaries, answers, descriptions. May contain inline Markdown. */
export const paragraph = boundedText(LIMITS.paragraph, 'a paragraph');

/** A bounded list; `what` names an item in the message. */
export const list = <T extends z.ZodType>(item: T, max = 100) =>
  z.array(item, { error: 'a list' }).max(max, { error: `at most ${max} items` });

/** Ordered steps a reader follows; rendered as an ordered list. */
export const steps = list(text, 30);

// ---------- Dates ----------

/** Today as YYYY-MM-DD in UTC: dates an editor says happened cannot be later than this. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

const REAL_DATE = 'a real calendar date written YYYY-MM-DD, such as 2026-06-04';

/** A calendar date written YYYY-MM-DD, kept as a string so pages and open data agree. */
export const isoDate = z.iso.date({ error: REAL_DATE });

/** A date that has already happened: when a guide was updated, verified or a source read. */
// Only real dates are compared: an impossible one already has its own message.
export const pastDate = isoDate.refine((d) => !isoDate.safeParse(d).success || d <= todayIso(), {
  error: (iss) => `found ${JSON.stringify(iss.input)}, which is in the future; expected today (${todayIso()}) or earlier`,
});

/** A date known only to the year or month (announcements, figures): YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = alsoAccepts(
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z
      .string({ error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD' })
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
      }),
  ),
  z.number().int().min(1000).max(9999),
);

// ---------- Addresses ----------

/** A web address: only http(s), so every link a reader clicks opens a page. */
export const url = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'a full web address starting with https:// (or http://)',
  })
  .max(LIMITS.url, { error: `at most ${LIMITS.url} characters` });

export const email = z.email({ error: 'an email address such as name@example.com' }).max(LIMITS.label);

/** North American phone numbers as people write them, optionally with an extension. */
export const phone = z
  .string({ error: 'a phone number such as (865) 453-2887' })
  .regex(/^(\+?1[ .-]?)?(\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}( ?(x|ext\.?) ?\d{1,6})?$/i, {
    error: 'a 10-digit US phone number such as (865) 453-2887 or 800-555-0100 ext. 2',
  });

// ---------- Numbers ----------

/** A count of things that exist: a whole number, at least 1. */
export const count = z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).min(1, { error: 'at least 1' });

/**
 * A figure as written, so 11.30 stays 11.30 on the page (the YAML reader hands over the written text of
 * numbers whose trailing zeros a float would drop).
 */
export const decimal = alsoAccepts(
  z.preprocess(
    (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
    z.string({ error: 'a number such as 11.30' }).regex(/^-?\d+(\.\d+)?$/, { error: 'a number such as 11.30' }),
  ),
  z.number(),
);

// ---------- Citations and statuses ----------

/** Id of an entry in the guide's `sources` list. */
export const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const sourceId = z.string({ error: 'a source id' }).regex(SOURCE_ID, {
  error: 'a source id in lowercase words joined by hyphens, such as sces-billing',
});

/** The sources (by id) that a fact group rests on; shown beside the facts. Inherited by nested facts. */
export const cite = z
  .array(sourceId, { error: 'a list of source ids, such as [sces-billing, eia-861-2018]' })
  .min(1, { error: 'at least one source id' })
  .max(12)
  .refine((v) => new Set(v).size === v.length, { error: 'each source id once' })
  .optional()
  .describe('Sources (ids from `sources`) that this fact rests on; nested facts inherit it.');

/** Accepts `field: yes` as short for `field: { status: yes }`, so every status has one shape. */
const shorthand = (v: unknown) => (typeof v === 'string' ? { status: v } : v);

/**
 * The one shape of every status: `{ status, note?, cite? }`, plus `expected` where a channel can be
 * announced. `expected` is allowed only with `status: planned`, everywhere.
 */
export function statusShape<T extends Record<string, string>>(labels: T) {
  return {
    status: enumOf(labels).describe("The comparison value."),
    note: text.optional().describe("What the source says beyond the value (thresholds, caveats)."),
    approved: partialDate.optional().describe("When a regulator approved it (the order's date), where a cited source gives it."),
    /** Sources that state this status. */
    cite,
  };
}

/** Adds the `planned`-only rule for the expected launch date. */
export function plannedOnly<T extends z.ZodType<{ status: string; expected?: string }>>(schema: T) {
  return schema.refine((v) => v.expected === undefined || v.status === 'planned', {
    error: 'found a launch date on a channel whose status is not planned; expected status: planned, or no expected date',
    path: ['expected'],
  });
}

/** A yes / no / unknown fact. */
export const yesNoFact = alsoAccepts(z.preprocess(shorthand, z.object(statusShape(YES_NO)).strict()), enumOf(YES_NO));

/** An available / planned / not-available / unknown fact, with the expected date of a planned one. */
export const availabilityShape = {
  ...statusShape(AVAILABILITY),
  expected: partialDate.optional().describe("Announced launch, only with status planned."),
};
export const availabilityFact = alsoAccepts(z.preprocess(shorthand, plannedOnly(z.object(availabilityShape).strict())), enumOf(AVAILABILITY));

/** A status fact over any label map (no expected date). */
export const statusFact = <T extends Record<string, string>>(labels: T) =>
  alsoAccepts(z.preprocess(shorthand, z.object(statusShape(labels)).strict()), enumOf(labels));

/** Lets a status object with more fields accept the `field: value` shorthand too. */
export const withShorthand = <T extends z.ZodType>(schema: T) => {
  const status = (schema as unknown as { shape?: { status?: z.ZodType } }).shape?.status;
  const wrapped = z.preprocess(shorthand, schema);
  return status ? alsoAccepts(wrapped, status) : wrapped;
};
