/**
 * Starts a guide: `npm run new -- "Utility Name" --state GA [--eia 9689]`.
 * Writes content/utilities/<slug>.md with only the required fields, every capability left unknown, each
 * optional section as a commented hint, and, when the EIA directory knows the utility, its name, states,
 * ownership and customers (with year and source) filled in. Refuses to overwrite a guide. The result
 * passes `npm run check` as written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestSlug } from '#src/content/files.ts';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { DIRECTORY_FILE } from '#src/integrations/sitemap-lastmod.ts';
import { displayName } from '#src/directory/listings.ts';
import { directoryMatches } from '#src/directory/match.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { US_STATES } from '#src/schema/fragments.ts';
import { todayIso } from '#src/schema/fragments.ts';
import { CONTENT_DIR } from '#src/site.ts';

const die = (message: string): never => {
  console.error(`new: ${message}`);
  process.exit(1);
};
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const name = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!name) die('give the utility’s name: npm run new -- "Utility Name" --state GA [--eia 9689]');
const state = flag('state')?.toUpperCase();
if (!state || !(state in US_STATES))
  die(
    `give the headquarters state as a two-letter code, e.g. --state GA (found ${state ?? 'nothing'})`,
  );
const eiaArg = flag('eia');
const eiaId = eiaArg === undefined ? undefined : Number(eiaArg);
if (eiaArg !== undefined && !Number.isInteger(eiaId))
  die(`--eia takes the EIA utility number, e.g. --eia 9689 (found ${eiaArg})`);

const entries = JSON.parse(readFileSync(DIRECTORY_FILE, 'utf8')) as DirectoryEntry[];
const entry = eiaId === undefined ? undefined : entries.find((e) => e.eiaId === eiaId);
if (eiaId !== undefined && !entry)
  console.warn(
    `new: EIA utility ${eiaId} is not in ${DIRECTORY_FILE}; writing the guide without EIA facts`,
  );

if (eiaId === undefined) {
  // Looked up by name and state, so the guide does not leave a second "No guide yet" page behind.
  const found = directoryMatches([name!], [state!], entries).slice(0, 3);
  if (found.length)
    console.warn(
      `new: the EIA directory lists ${found.map((e) => `${e.name} (EIA ${e.eiaId})`).join('; ')}; if it is this utility, run again with --eia ${found[0].eiaId} to fill in its EIA facts and link its directory page`,
    );
}

if (entry) {
  const owner = loadGuideDirectory(CONTENT_DIR).guides.find(
    (g) => Array.isArray(g.data.eiaIds) && g.data.eiaIds.includes(entry.eiaId),
  );
  if (owner)
    die(`${owner.path} already covers EIA utility ${entry.eiaId}; edit that guide instead`);
}
const slug = flag('slug') ?? suggestSlug(name!);
const path = join(CONTENT_DIR, `${slug}.md`);
if (existsSync(path)) die(`${path} already exists; edit it, or choose another name with --slug`);

const today = todayIso();
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
name: ${quote(name!)}
${entry && displayName(entry) !== name ? `aliases: [${quote(entry.name)}]   # the name on EIA filings` : '# aliases: [other names people search for]'}
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
writeFileSync(path, text);
console.log(
  `new: wrote ${path}${entry ? ` with EIA-861 ${entry.dataYear} facts for utility ${entry.eiaId}` : ''}. Next: replace the TODOs, cite sources, run npm run check.`,
);
