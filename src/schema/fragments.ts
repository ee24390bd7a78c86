/**
 * Small reusable zod pieces for the utility schema. Each carries an `expected` message so that
 * validation errors can tell an editor what a field should look like, not just that it is wrong.
 */
import { z } from 'astro/zod';

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
const STATE_CODES = Object.keys(US_STATES) as [StateCode, ...StateCode[]];

export const stateCode = z.enum(STATE_CODES, {
  error: 'a two-letter US state or territory code in capitals, such as TN or GA',
});

/** Non-empty text; whitespace-only strings are treated as empty. */
export const text = z.string({ error: 'text' }).trim().min(1, { error: 'non-empty text' });

/** Ordered steps a reader follows; rendered as an ordered list. */
export const steps = z.array(text, { error: 'a list of steps (one text item per step)' });

// YAML turns an unquoted 2026-06-04 into a Date; accept both so editors need not quote dates.
const dateToIso = (v: unknown) =>
  v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v;

/** A calendar date written YYYY-MM-DD (kept as a string so pages and open data agree). */
export const isoDate = z.preprocess(
  dateToIso,
  z.iso.date({ error: 'a real calendar date written YYYY-MM-DD, such as 2026-06-04' }),
);

/** A date known only to the year or month (for announced plans): YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : dateToIso(v)),
  z
    .string({ error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
    }),
);

/** A web address; only http(s) so every link a reader clicks opens a page. */
export const url = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'a full web address starting with https:// (or http://)',
});

export const email = z.email({ error: 'an email address such as name@example.com' });

/** North American phone numbers as people write them, optionally with an extension. */
export const phone = z
  .string({ error: 'a phone number such as (865) 453-2887' })
  .regex(/^(\+?1[ .-]?)?(\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}( ?(x|ext\.?) ?\d{1,6})?$/i, {
    error: 'a 10-digit US phone number such as (865) 453-2887 or 800-555-0100 ext. 2',
  });

/** "Not published" is not "no": every capability enum carries an explicit `unknown`. */
export const yesNoUnknown = z.enum(['yes', 'no', 'unknown'], { error: 'one of yes, no, unknown' });

/** How far along a data-access channel is. `planned` may carry an expected date. */
export const availability = z.enum(['available', 'planned', 'not-available', 'unknown'], {
  error: 'one of available, planned, not-available, unknown',
});

/** A capability's status plus the expected launch when it is only announced. */
export const capabilityStatus = z
  .object({
    /** Whether the channel exists today. */
    status: availability,
    /** Announced launch date, only meaningful when status is `planned`. */
    expected: partialDate.optional(),
    /** What the announcement actually says (a planned date is often vague). */
    note: text.optional(),
  })
  .strict()
  .refine((v) => v.expected === undefined || v.status === 'planned', {
    error: 'found a launch date on a channel whose status is not planned; expected status: planned, or no expected date',
    path: ['expected'],
  });
