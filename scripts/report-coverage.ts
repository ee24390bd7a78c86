/**
 * Coverage by customers, not by count: what share of the electric customers and smart (AMI) meters EIA-861
 * counts is served by utilities with a researched guide, then the largest utilities without a guide, so
 * editors know what to write next. The home page and state hubs show the same figures, computed by the same
 * functions (src/views/coverage.ts) from the same guide/directory join (buildListings).
 *   npm run report:coverage [-- --state XX] [-- --limit 50] [-- --json]
 * Always exits 0 on valid arguments: an uncovered utility is work to do, not a broken build.
 */
import { readFileSync } from 'node:fs';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { buildListings, displayName } from '#src/directory/listings.ts';
import { DIRECTORY_FILE } from '#src/integrations/sitemap-lastmod.ts';
import { formatNumber } from '#src/lib/format.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { US_STATES, type StateCode } from '#src/schema/fragments.ts';
import { CONTENT_DIR } from '#src/site.ts';
import { answeredEiaIds } from '#src/views/answered.ts';
import {
  coverage,
  coverageText,
  guidedEiaIds,
  largestServing,
  sharePercent,
  withoutGuide,
} from '#src/views/coverage.ts';

const USAGE = 'usage: npm run report:coverage [-- --state XX] [-- --limit N] [-- --json]';
const die = (message: string): never => {
  console.error(`report:coverage: ${message}\n${USAGE}`);
  process.exit(1);
};

// Arguments: --state XX, --limit N (also --state=XX, --limit=N), --json.
const args = process.argv.slice(2);
const options: { state?: string; limit?: string; json: boolean } = { json: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const [key, inline] = a.includes('=')
    ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
    : [a, undefined];
  if (key === '--json' && inline === undefined) options.json = true;
  else if (key === '--state' || key === '--limit') {
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--'))
      die(
        `${key} needs a value (${key === '--state' ? 'a two-letter code such as TN' : 'a whole number such as 50'})`,
      );
    options[key.slice(2) as 'state' | 'limit'] = value;
  } else if (key === '--help' || key === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else die(`unknown argument ${a}`);
}
const state = options.state?.toUpperCase();
if (state !== undefined && !(state in US_STATES))
  die(`--state takes a two-letter US state or territory code such as TN (found ${options.state})`);
const limit = options.limit === undefined ? 50 : Number(options.limit);
if (!Number.isInteger(limit) || limit < 1)
  die(`--limit takes a whole number of 1 or more (found ${options.limit})`);
const scope = (state ?? null) as StateCode | null;

let entries: DirectoryEntry[];
try {
  entries = JSON.parse(readFileSync(DIRECTORY_FILE, 'utf8')) as DirectoryEntry[];
} catch (e) {
  die(`cannot read ${DIRECTORY_FILE} (${(e as Error).message}); run npm run import:eia first`);
}
const { guides } = loadGuideDirectory(CONTENT_DIR, process.cwd());
const listings = buildListings(guides, entries!);
const guided = guidedEiaIds(listings);
const c = coverage(entries!, guided, scope);
// Answered: the guide confirms a customer route with steps and states an answer for third parties.
const answered = coverage(entries!, answeredEiaIds(listings), scope);
const words = coverageText(c);
const gaps = withoutGuide(entries!, guided, scope);
const half = largestServing(entries!, 0.5, scope);
const where = scope ? US_STATES[scope] : 'the US';
const command = (e: DirectoryEntry) =>
  `npm run new -- ${JSON.stringify(displayName(e))} --state ${e.states[0]} --eia ${e.eiaId}`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const shown = gaps.ranked.slice(0, limit);

if (options.json) {
  console.log(
    JSON.stringify(
      {
        dataYear: c.dataYear,
        source: 'Form EIA-861, U.S. Energy Information Administration',
        state: scope,
        customers: c.customers,
        amiMeters: c.amiMeters,
        answeredCustomers: answered.customers,
        answeredGuides: answered.utilities.withGuide,
        utilities: c.utilities,
        largestServingHalf: half,
        deliveryOnly: c.deliveryOnly,
        customersNotReported: c.customersNotReported,
        note: words.deliveryOnlyNote ?? null,
        withoutGuide: shown.map((r) => ({
          rank: r.rank,
          eiaId: r.entry.eiaId,
          name: r.entry.name,
          states: r.entry.states,
          customers: r.customers,
          amiMeters: r.amiMeters,
          cumulative: r.cumulative,
          cumulativeShare: r.cumulativeShare,
          coverageIfWritten: r.coverageIfWritten,
          command: command(r.entry),
        })),
        withoutGuideTotal: gaps.ranked.length,
        withoutGuideUnranked: gaps.unranked.map((u) => ({
          eiaId: u.entry.eiaId,
          name: u.entry.name,
          states: u.entry.states,
          amiMeters: u.amiMeters,
          reason: u.reason,
          command: command(u.entry),
        })),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

const out: string[] = [];
out.push(
  `Coverage of ${where} by customers, Form EIA-861 data year ${c.dataYear} (${c.utilities.withGuide} of ${formatNumber(c.utilities.total)} EIA utilities have a researched guide)`,
);
out.push(
  `  Customers:          ${(words.customersPercent || 'n/a').padStart(6)}  ${words.customersOf} customers EIA counts${scope ? ` in ${where}` : ' (states, DC and territories)'}`,
);
out.push(
  `  Smart (AMI) meters: ${(words.amiPercent || 'n/a').padStart(6)}  ${words.amiOf} AMI meters`,
);
out.push(
  `  Answered:           ${(sharePercent(answered.customers) || 'n/a').padStart(6)}  ${formatNumber(answered.customers.covered)} customers whose guide confirms a way to get bills or usage, with steps, and states an answer for third parties (${answered.utilities.withGuide} ${answered.utilities.withGuide === 1 ? 'guide' : 'guides'})`,
);
out.push(
  `  The ${half.utilities} largest utilities serve half of these customers (${formatNumber(half.customers)} of ${formatNumber(half.total)}).`,
);
if (words.deliveryOnlyNote) out.push('', `  Note: ${words.deliveryOnlyNote}`);
if (c.customersNotReported)
  out.push(
    `  ${c.customersNotReported} ${c.customersNotReported === 1 ? 'utility has' : 'utilities have'} no customer total in EIA-861 (counted as no data, not zero).`,
  );
out.push('');
if (!shown.length) out.push(`Every utility with customers in ${where} has a guide.`);
else {
  out.push(
    `Largest utilities without a guide, by customers${scope ? ` in ${where}` : ''} (${shown.length} of ${formatNumber(gaps.ranked.length)}; cumulative share of all ${formatNumber(gaps.total)} customers, and coverage if all down to that row had a guide):`,
  );
  const rows = shown.map((r) => [
    String(r.rank),
    displayName(r.entry),
    r.entry.states.join(','),
    formatNumber(r.customers),
    pct(r.cumulativeShare),
    sharePercent({ covered: gaps.covered + r.cumulative, total: gaps.total, share: null }),
    String(r.entry.eiaId),
    command(r.entry),
  ]);
  const head = ['#', 'Utility', 'States', 'Customers', 'Cum.', 'Then', 'EIA ID', 'Start the guide'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const right = new Set([0, 3, 4, 5, 6]);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1
          ? cell
          : right.has(i)
            ? cell.padStart(widths[i]!)
            : cell.padEnd(widths[i]!),
      )
      .join('  ');
  out.push(line(head));
  for (const r of rows) out.push(line(r));
}
if (gaps.unranked.length) {
  out.push(
    '',
    `Without a guide and without an EIA customer count to rank by (${gaps.unranked.length}):`,
  );
  for (const u of gaps.unranked) {
    const why = {
      'delivery-only': 'delivery-only: customers counted under retail electric providers',
      'not-reported': 'no customer total in EIA-861',
      'none-in-state': `no customers counted in ${where} (serves it by territory)`,
    }[u.reason];
    out.push(
      `  ${displayName(u.entry)} (${u.entry.states.join(',')}), EIA ${u.entry.eiaId}, ${u.amiMeters === null ? 'AMI not reported' : `${formatNumber(u.amiMeters)} AMI meters`}; ${why}  ${command(u.entry)}`,
    );
  }
}
console.log(out.join('\n'));
