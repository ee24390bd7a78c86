/** Sources, citations of conflicting sources, and contacts. */
import { z } from 'astro/zod';
import { CONTACT_TYPE, SECTION, SOURCE_KIND } from '#src/schema/enums.ts';
import {
  cite, email, enumOf, label, list, partialDate, pastDate, phone, SOURCE_ID, text, url,
} from '#src/schema/fragments.ts';

export const source = z
  .object({
    /** Short id that facts cite, e.g. `sces-billing`; unique within the guide. */
    id: z.string({ error: 'a source id' }).regex(SOURCE_ID, {
      error: 'a source id in lowercase words joined by hyphens, such as sces-billing',
    }).describe("Short id that facts cite, e.g. `sces-billing`; unique within the guide."),
    title: label.describe("What the reader will find at the source."),
    url: url.optional().describe("Where it is, on the publisher's own host; absent only for documents not published online."),
    publisher: label.optional().describe("Who published it (utility, regulator, EIA, …)."),
    kind: enumOf(SOURCE_KIND).describe("What kind of publisher, so readers can weigh it: a commercial guide is weaker than a tariff."),
    accessed: pastDate.describe("When an editor actually read it."),
    published: partialDate.optional().describe("The source's own date (published, effective or last updated), where it shows one."),
    note: text.optional().describe("Anything a reader should know about the source (e.g. \"archived copy\")."),
  })
  .strict();

/** Two or more sources that disagree; the page shows every claim instead of silently picking one. */
export const conflict = z
  .object({
    section: enumOf(SECTION).describe("The section whose facts are disputed."),
    topic: label.describe("What the disagreement is about, e.g. \"Smart-meter deployment\"."),
    /** Each claim with the sources that make it. */
    claims: list(
      z.object({ /** What this source says. */ claim: text, /** Who says it. */ cite: cite.unwrap() }).strict(),
      6,
    )
      .min(2, { error: 'at least two claims (a conflict needs two sides)' })
      .refine((claims) => new Set(claims.map((c) => [...c.cite].sort().join(' '))).size === claims.length && new Set(claims.flatMap((c) => c.cite)).size >= 2, {
        error: 'found claims that rest on the same sources; expected each claim to cite a different source (one source cannot disagree with itself)',
      })
      .describe("Each claim with the sources that make it."),
    note: text.optional().describe("The editor's reading of the disagreement, if any."),
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
