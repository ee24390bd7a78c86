/**
 * Starts a guide: `npm run new -- "Utility Name" --state GA [--eia 9689] [--slug utility-name]`.
 * Writes content/utilities/<slug>.md with only the required fields, every capability left unknown, each
 * optional section as a commented hint, and, when the EIA directory knows the utility, its name, states,
 * ownership and customers (with year and source) filled in. Refuses to overwrite a guide. The result
 * passes `npm run check` as written. The slug is made from the name unless --slug gives one; either way it
 * is a plain file name (never a path). Bad input is refused with a one-line message and exit code 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG } from '#src/content/files.ts';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { DIRECTORY_FILE } from '#src/integrations/sitemap-lastmod.ts';
import { eiaName } from '#src/directory/listings.ts';
import { directoryMatches } from '#src/directory/match.ts';
import { slugify } from '#src/directory/slug.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { LIMITS, US_STATES } from '#src/schema/fragments.ts';
import { todayIso } from '#src/schema/fragments.ts';
import { CONTENT_DIR } from '#src/site.ts';

const USAGE = 'npm run new -- "Utility Name" --state GA [--eia 9689] [--slug utility-name] [--mdx]';
/** Longest file name (without .md) the scaffold writes: a readable URL, far below file-system limits. */
const MAX_SLUG = 100;
const FLAGS = ['state', 'eia', 'slug'] as const;

/** Refuses: main's handler prints the message as one line, never a stack trace, and exits 1. */
function die(message: string): never {
  throw new Error(message);
}
/** Shows what was given on one line, quotes and control characters escaped. */
const shown = (value: string) => JSON.stringify(value);

function parseArgs(args: string[]) {
  const flags: Partial<Record<(typeof FLAGS)[number], string>> = {};
  const names: string[] = [];
  let mdx = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      names.push(arg);
      continue;
    }
    if (arg === '--mdx') {
      if (mdx) die('--mdx is given twice; give it once');
      mdx = true;
      continue;
    }
    const key = arg.slice(2) as (typeof FLAGS)[number];
    if (!FLAGS.includes(key))
      die(`unknown option ${shown(arg)}; expected --state, --eia, --slug or --mdx: ${USAGE}`);
    if (key in flags) die(`${arg} is given twice; give it once`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) die(`${arg} needs a value: ${USAGE}`);
    flags[key] = value;
    i++;
  }
  if (names.length === 0) die(`give the utility’s name: ${USAGE}`);
  if (names.length > 1)
    die(
      `found ${names.length} names (${names.map(shown).join(', ')}); expected one: put the whole name in quotes`,
    );
  return { rawName: names[0]!, mdx, ...flags };
}

/** `--eia`: a plain positive decimal integer, digits only (no sign, exponent, decimal point or hex). */
function parseEiaId(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(n) || n <= 0)
    die(
      `--eia takes the EIA utility number, a positive whole number in digits, e.g. --eia 9689 (found ${shown(value)})`,
    );
  return n;
}

/** `--slug`, or one made from the name: a plain file name, never a path. */
function chooseSlug(name: string, given: string | undefined): string {
  if (given !== undefined) {
    if (!SLUG.test(given))
      die(
        `--slug must be a plain file name of lowercase letters a–z, digits and single hyphens, e.g. --slug ${slugify(given) || 'utility-name'} (found ${shown(given)})`,
      );
    if (given.length > MAX_SLUG)
      die(`--slug is ${given.length} characters; expected at most ${MAX_SLUG}`);
    return given;
  }
  const slug = slugify(name);
  if (!slug)
    die(
      `the name ${shown(name)} has no letters or digits to make a file name from; choose one with --slug utility-name`,
    );
  if (slug.length > MAX_SLUG)
    die(
      `the name makes a ${slug.length}-character file name; expected at most ${MAX_SLUG}: choose a shorter one with --slug`,
    );
  return slug;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const name = args.rawName.trim();
  if (!/\S/.test(name)) die(`the name is blank; expected the utility’s name: ${USAGE}`);
  if (name.length > LIMITS.label)
    die(
      `the name is ${name.length} characters; expected at most ${LIMITS.label}, the limit on a guide’s name: put other names in aliases later`,
    );
  const state = args.state?.toUpperCase();
  if (!state || !(state in US_STATES))
    die(
      `give the headquarters state as a two-letter code, e.g. --state GA (found ${state ?? 'nothing'})`,
    );
  const eiaId = parseEiaId(args.eia);
  const slug = chooseSlug(name, args.slug);

  const entries = JSON.parse(readFileSync(DIRECTORY_FILE, 'utf8')) as DirectoryEntry[];
  const entry = eiaId === undefined ? undefined : entries.find((e) => e.eiaId === eiaId);
  if (eiaId !== undefined && !entry)
    console.warn(
      `new: EIA utility ${eiaId} is not in ${DIRECTORY_FILE}; writing the guide without EIA facts`,
    );

  if (eiaId === undefined) {
    // Looked up by name and state, so the guide does not leave a second "No guide yet" page behind.
    const found = directoryMatches([name], [state], entries).slice(0, 3);
    if (found.length)
      console.warn(
        `new: the EIA directory lists ${found.map((e) => `${e.name} (EIA ${e.eiaId})`).join('; ')}; if it is this utility, run again with --eia ${found[0]!.eiaId} to fill in its EIA facts and link its directory page`,
      );
  }

  if (entry) {
    const owner = loadGuideDirectory(CONTENT_DIR).guides.find(
      (g) => Array.isArray(g.data.eiaIds) && g.data.eiaIds.includes(entry.eiaId),
    );
    if (owner)
      die(`${owner.path} already covers EIA utility ${entry.eiaId}; edit that guide instead`);
  }
  const path = join(CONTENT_DIR, `${slug}.${args.mdx ? 'mdx' : 'md'}`);
  for (const ext of ['md', 'mdx']) {
    const existing = join(CONTENT_DIR, `${slug}.${ext}`);
    if (existsSync(existing))
      die(`${existing} already exists; edit it, or choose another name with --slug`);
  }

  const text = guideText(name, state, entry, todayIso()) + (args.mdx ? MDX_BODY : '');
  writeFileSync(path, text, { flag: 'wx' }); // never overwrites
  console.log(
    `new: wrote ${path}${entry ? ` with EIA-861 ${entry.dataYear} facts for utility ${entry.eiaId}` : ''}. Next: replace the TODOs, cite sources, run npm run check.`,
  );
}

/**
 * An `.mdx` guide's starting body: one component to show the form (MDX has no comments to hint with). The
 * components are named in code spans, which MDX leaves as text.
 */
const MDX_BODY = `
## Notices

<Callout tone="note">

TODO a time-bound notice, or delete this block. The components are \`<Callout>\`, \`<Steps>\`, \`<Figure>\` and
\`<TariffTable>\`; CONTRIBUTING.md shows each with an example. No import, export or \`{…}\` expression.

</Callout>
`;

/** The new guide's text: required fields, EIA facts when known, optional sections as hints. */
function guideText(name: string, state: string, entry: DirectoryEntry | undefined, today: string) {
  const quote = (s: string) => JSON.stringify(s);
  const eiaSource = entry
    ? `  - id: eia-861-${entry.dataYear}
    title: Form EIA-861 annual electric power industry report, data year ${entry.dataYear} (utility ${entry.eiaId})
    publisher: U.S. Energy Information Administration
    kind: government
    url: https://www.eia.gov/electricity/data/eia861/
    published: ${entry.dataYear}
    accessed: ${today}
`
    : '';
  const customers = entry?.customers?.total
    ? `customers:\n  - { count: ${entry.customers.total}, asOf: ${entry.dataYear}, cite: [eia-861-${entry.dataYear}] }\n`
    : '';

  const text = `---
# yaml-language-server: $schema=../../schema/utility.schema.json
# A new guide. Everything not written here is "not published" on the page, which is not "no".
# Replace each TODO, cite every fact (cite: [source-id]) and run: npm run check
name: ${quote(name)}
${entry && eiaName(entry) !== name ? `aliases: [${quote(entry.name)}]   # the name on EIA filings` : '# aliases: [other names people search for]'}
summary: TODO one or two sentences on how customers and third parties get this utility's data.
eiaIds: ${entry ? `[${entry.eiaId}]` : 'unknown'}
states: [${entry ? (entry.states as string[]).join(', ') : state}]
ownership: ${entry?.ownership ?? 'unknown'}
commodities: [electric]
${customers}${entry ? `cite: [eia-861-${entry.dataYear}]\n` : ''}lastUpdated: ${today}
lastVerified: ${today}

# Each section below is optional. Uncomment what a source states; leave the rest out.
# accessMethods:            # every channel that yields data, one row each
#   - method: Online account
#     status: { status: available, cite: [source-id] }
#     firstParty: yes
# billing:
#   summary: How customers see and get their bills.
#   selfServiceExport: { status: unknown }
# thirdPartyAccess:         # one route per way a third party gets data (form, Green Button Connect, API, EDI, platform)
#   routes:
#     - { id: written-request, kind: customer-consent, name: Request with the customer's consent, status: { status: available, cite: [source-id] } }
# intervalData:
#   meters: [{ status: deployed, technology: ami, cite: [source-id] }]
#   electric: { granularity: [{ value: 15-minute, cite: [source-id] }] }
# greenButton: { downloadMyData: unknown, connectMyData: unknown }
# api: { status: unknown }
# edi: { status: unknown }
# rates: { tariffBook: https://…, cite: [source-id] }
# faq: [{ question: …?, answer: … }]
# contacts: [{ label: Customer service, type: phone, value: (555) 010-0100 }]

sources:
${
  eiaSource ||
  `  - id: todo-source
    title: TODO the page you read
    url: https://example.org/
    kind: utility
    accessed: ${today}
`
}---

TODO (optional) A short note on what is special about getting data from this utility.
`;
  return text;
}

try {
  main();
} catch (error) {
  // A refusal, or a file-system error such as a missing guides folder: the message, never a stack trace.
  console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
