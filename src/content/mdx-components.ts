/**
 * The MDX allow-list: the only components an `.mdx` guide (or site page) may use, each with its typed,
 * documented props. The checker (./mdx.ts) refuses anything else before the compiler sees the file; the
 * page supplies the components (src/components/mdx/), so a file never imports one. CONTRIBUTING.md shows
 * each with an example, generated from `example` here.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { z } from 'astro/zod';

/** Local images live under public/; `src` is their site path, e.g. /images/portal.png. */
const PUBLIC_DIR = 'public';
const IMAGE = /^\/(?!\/)[A-Za-z0-9._\/-]+\.(png|jpe?g|webp|avif|gif|svg)$/;

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${what}, not empty`)
    .max(max, `${what}, at most ${max} characters`);

const localImage = z
  .string()
  .regex(IMAGE, 'a path on this site such as /images/portal.png (png, jpg, webp, avif, gif or svg)')
  .refine((src) => !normalize(src).split('/').includes('..'), 'a path without ..')
  .refine((src) => {
    const file = join(PUBLIC_DIR, src);
    return existsSync(file) && statSync(file).isFile();
  }, 'an image that exists under public/');

export interface ComponentSpec {
  /** What it is for, for CONTRIBUTING and the hints. */
  purpose: string;
  props: z.ZodObject<z.ZodRawShape>;
  /** What its children may be: any Markdown, one ordered list, one table, or nothing. */
  children: 'markdown' | 'ordered-list' | 'table' | 'none';
  example: string;
}

export const MDX_COMPONENTS = {
  Callout: {
    purpose:
      'A time-bound notice: a note, a warning, or something that changed (with the date it applies from).',
    props: z
      .object({
        tone: z.enum(['note', 'warning', 'changed'], 'one of note, warning or changed'),
        date: z.iso.date('a date written YYYY-MM-DD').optional(),
      })
      .strict(),
    children: 'markdown',
    example:
      '<Callout tone="warning" date="2025-03-01">\n\nGreen Button Connect was down from March to May 2025.\n\n</Callout>',
  },
  Steps: {
    purpose: 'Numbered steps a reader follows, written as one numbered Markdown list.',
    props: z.object({}).strict(),
    children: 'ordered-list',
    example:
      '<Steps>\n\n1. Sign in to My Account.\n2. Open **Usage** and choose **Download my data**.\n3. Pick the dates and the CSV format.\n\n</Steps>',
  },
  Figure: {
    purpose: 'A picture stored on this site (under public/), with a text alternative and a caption.',
    props: z
      .object({
        src: localImage,
        alt: text('a text alternative', 300),
        caption: text('a caption', 300),
      })
      .strict(),
    children: 'none',
    example:
      '<Figure src="/images/guide-page.png" alt="The usage page, with the Download button at its top right" caption="Where the download starts" />',
  },
  TariffTable: {
    purpose: 'A Markdown table of tariff figures with a caption, e.g. two rates side by side.',
    props: z.object({ caption: text('a caption', 200) }).strict(),
    children: 'table',
    example:
      '<TariffTable caption="Residential rates, summer 2026">\n\n| Charge | Standard | Time of use |\n| --- | --- | --- |\n| Customer charge | $10.00 a month | $10.00 a month |\n\n</TariffTable>',
  },
} satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];
export const isMdxComponent = (name: string): name is MdxComponentName =>
  Object.hasOwn(MDX_COMPONENTS, name);
