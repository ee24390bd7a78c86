/**
 * The utility directory generated from EIA Form 861 (scripts/import-eia.ts writes
 * content/directory/eia-861.json and eia-861.meta.json). One entry per utility that sells to or
 * delivers to ultimate customers: the utility a reader gets their data from. Pages and guides read
 * these facts instead of restating them, so every number here is EIA's, summed but never estimated.
 * Pure zod, no I/O: the importer validates its output with these schemas before writing.
 */
import { z } from 'astro/zod';
import { stateCode } from './fragments.ts';

// Own string pieces rather than the guide fragments: generated text (the policy, the notes) has other
// length needs than editor-written fields, and the directory must not break when guide limits change.
/** Non-empty text, trimmed. */
const text = z.string({ error: 'text' }).trim().min(1, { error: 'non-empty text' });
/** YYYY-MM-DD. */
const isoDate = z.iso.date({ error: 'a date written YYYY-MM-DD' });
/** An http(s) address. */
const url = z.url({ protocol: /^https?$/, error: 'a web address starting with https://' });

/** The site's ownership categories, the same keys guides use; EIA's own label is kept beside them. */
export const DIRECTORY_OWNERSHIP = [
  'investor-owned',
  'cooperative',
  'municipal',
  'political-subdivision',
  'state',
  'federal',
  'other',
] as const;

/** Why an EIA entity is not in the directory; counted per reason in the meta file. */
export const EXCLUSION_REASONS = [
  'retail-power-marketer',
  'energy-only',
  'behind-the-meter',
  'transmission-only',
  'wholesale-only',
] as const;

/** Why an entity is in the directory; counted per basis in the meta file. */
export const INCLUSION_BASES = ['long-form', 'short-form', 'delivery-only'] as const;

/** A count EIA publishes, or null where EIA published "." or a blank (no data is not zero). */
const count = z.number({ error: 'a whole number or null' }).int().nonnegative().nullable();

const customerCounts = z
  .object({
    /** Residential ultimate customers (EIA "Count" under RESIDENTIAL); null for short-form filers, which report only a total. */
    residential: count,
    /** Commercial ultimate customers; null where EIA published no figure. */
    commercial: count,
    /** Industrial ultimate customers; null where EIA published no figure. */
    industrial: count,
    /** Transportation (electrified rail, bus charging) customers; null where EIA published no figure. */
    transportation: count,
    /** EIA's own TOTAL customer column summed, not the sum of the classes: EIA's totals occasionally differ from it. */
    total: count,
  })
  .strict();

const meterCounts = z
  .object({
    /** Advanced Metering Infrastructure meters (two-way, interval data): what makes Green Button-style data possible. */
    ami: count,
    /** Automated Meter Reading meters (one-way drive-by or fixed network reads). */
    amr: count,
    /** All meters, including standard meters, as EIA's "Total Numbers of Meters". */
    total: count,
  })
  .strict();

/** Per-state figures, keyed by two-letter code; only the states that have figures. */
const byState = <T extends z.ZodType>(value: T) => z.partialRecord(stateCode, value);

export const directoryEntrySchema = z
  .object({
    /** String(eiaId): the key Astro's file() loader needs; equal to the EIA ID so links never drift. */
    id: z.string().regex(/^[1-9]\d*$/, { error: 'the EIA utility number as text, such as "16949"' }),
    /** EIA utility number: the one identifier shared by every EIA table and by guides (`eiaIds`). */
    eiaId: z.number().int().positive(),
    /** The name as EIA publishes it (abbreviations and "- (ST)" suffixes included), so readers can find it in EIA's files. */
    name: text,
    /**
     * URL-safe, unique and stable across data years: slugify(name) + '-' + primary state, with the EIA ID
     * appended only on a collision; a slug once published is kept by later imports (see src/directory/slug.ts).
     */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'lowercase words joined by hyphens' }),
    /**
     * States with ultimate customers or service territory. The first is the primary state: the state of
     * Utility_Data (or Short_Form) when the utility serves it, otherwise the state with the most customers
     * (holding companies report a head-office state they do not serve).
     */
    states: z.array(stateCode).min(1),
    /** Site ownership category, mapped from EIA's ownership label. */
    ownership: z.enum(DIRECTORY_OWNERSHIP, { error: `one of ${DIRECTORY_OWNERSHIP.join(', ')}` }),
    /** EIA's own ownership label (e.g. "Investor Owned", "Political Subdivision"), kept because `other` loses detail. */
    ownershipEia: text,
    /** True for EIA-861S short-form filers: small utilities that report only total customers, no classes. */
    shortForm: z.boolean(),
    /** The EIA data year these figures describe (not the year they were imported). */
    dataYear: z.number().int().min(1990).max(2100),
    /**
     * Ultimate customers of bundled and delivery service, summed over the utility's states. Null only for
     * delivery-only utilities whose customers EIA counts under the retail providers (Texas TDUs).
     */
    customers: customerCounts.nullable(),
    /** Per-state customers; omitted when all customers are in the primary state `states[0]` (then `customers` is that state's). */
    customersByState: byState(customerCounts).optional(),
    /** Meters from Advanced_Meters, summed over states; null when the utility filed no meter data. */
    meters: meterCounts.nullable(),
    /** Per-state meters; omitted when all meters are in the primary state `states[0]`. */
    metersByState: byState(meterCounts).optional(),
    /** Counties served per state, from Service_Territory, sorted; {} when EIA lists none. */
    counties: byState(z.array(text).min(1)),
  })
  .strict()
  .refine((e) => e.id === String(e.eiaId), { error: 'id must equal String(eiaId)', path: ['id'] })
  .refine((e) => new Set(e.states).size === e.states.length, { error: 'states must not repeat', path: ['states'] });

export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
export type CustomerCounts = z.infer<typeof customerCounts>;
export type MeterCounts = z.infer<typeof meterCounts>;
export type DirectoryOwnership = (typeof DIRECTORY_OWNERSHIP)[number];
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export type InclusionBasis = (typeof INCLUSION_BASES)[number];

const tally = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int().nonnegative()])) as Record<T[number], z.ZodNumber>).strict();

export const directoryMetaSchema = z
  .object({
    /** The EIA data year of every entry (checked from file names and every row's Data Year). */
    dataYear: z.number().int().min(1990).max(2100),
    /** Where readers and editors download the same workbooks. */
    source: url,
    /** The form, so the meta file explains itself. */
    form: z.literal('EIA-861'),
    /** The workbook file names read, so a reviewer can check which release was used. */
    inputFiles: z.array(text).length(5),
    /** Number of entries in the directory file. */
    included: z.number().int().nonnegative(),
    /** Entries per inclusion basis (long-form sellers, short-form filers, delivery-only TDUs). */
    includedBy: tally(INCLUSION_BASES),
    /** Distinct EIA IDs left out, per reason (the policy text defines each reason). */
    excluded: tally(EXCLUSION_REASONS),
    /** Which entities are in and out, and why, in words. */
    policy: text,
    /** Data decisions a reviewer should know about (skipped rows, uncounted rows, primary-state fallbacks). */
    notes: z.array(text),
    /** When the files were generated (date only, so re-running on the same day changes nothing). */
    generatedAt: isoDate,
  })
  .strict();

export type DirectoryMeta = z.infer<typeof directoryMetaSchema>;
