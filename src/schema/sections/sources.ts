/** Sources, citations of conflicting sources, and contacts. */
import { z } from 'astro/zod';
import { CONTACT_TYPE, SECTION, SOURCE_KIND } from '../enums.ts';
import {
  cite, email, enumOf, label, list, partialDate, pastDate, phone, SOURCE_ID, text, url,
} from '../fragments.ts';

export const source = z
  .object({
    /** Short id that facts cite, e.g. `sces-billing`; unique within the guide. */
    id: z.string({ error: 'a source id' }).regex(SOURCE_ID, {
      error: 'a source id in lowercase words joined by hyphens, such as sces-billing',
    }),
    /** What the reader will find at the source. */
    title: label,
    /** Where it is, on the publisher's own host; absent only for documents not published online. */
    url: url.optional(),
    /** Who published it (utility, regulator, EIA, …). */
    publisher: label.optional(),
    /** What kind of publisher, so readers can weigh it: a commercial guide is weaker than a tariff. */
    kind: enumOf(SOURCE_KIND),
    /** When an editor actually read it. */
    accessed: pastDate,
    /** The source's own date (published, effective or last updated), where it shows one. */
    published: partialDate.optional(),
    /** Anything a reader should know about the source (e.g. "archived copy"). */
    note: text.optional(),
  })
  .strict();

/** Two or more sources that disagree; the page shows every claim instead of silently picking one. */
export const conflict = z
  .object({
    /** The section whose facts are disputed. */
    section: enumOf(SECTION),
    /** What the disagreement is about, e.g. "Smart-meter deployment". */
    topic: label,
    /** Each claim with the sources that make it. */
    claims: list(
      z.object({ /** What this source says. */ claim: text, /** Who says it. */ cite: cite.unwrap() }).strict(),
      6,
    ).min(2, { error: 'at least two claims (a conflict needs two sides)' }),
    /** The editor's reading of the disagreement, if any. */
    note: text.optional(),
  })
  .strict();

/** What a contact line is for, shown before the number or address. */
const contactLabel = label;
export const contact = z.discriminatedUnion(
  'type',
  [
    /** Rendered as a dialable tel: link. */
    z.object({ label: contactLabel, type: z.literal('phone'), value: phone, cite }).strict(),
    /** Shown as text: a fax number is not dialable from a browser. */
    z.object({ label: contactLabel, type: z.literal('fax'), value: phone, cite }).strict(),
    /** Rendered as a mailto: link. */
    z.object({ label: contactLabel, type: z.literal('email'), value: email, cite }).strict(),
    /** A mailing address, as one line. */
    z.object({ label: contactLabel, type: z.literal('postal'), value: text, cite }).strict(),
    /** A contact or request form on the web. */
    z.object({ label: contactLabel, type: z.literal('web-form'), value: url, cite }).strict(),
  ],
  { error: `a contact whose type is one of ${Object.keys(CONTACT_TYPE).join(', ')}` },
);
