/**
 * Lists guides whose facts were last verified more than 12 months ago, oldest first, so editors know
 * what to re-check next. The same rule puts the "may be out of date" notice on those guides' pages.
 *   npm run report:stale [-- --json] [-- --today=YYYY-MM-DD]
 * Always exits 0: a stale guide is work to do, not a broken build.
 */
import { loadGuideDirectory } from '#src/content/guides.ts';
import { CONTENT_DIR } from '#src/site.ts';
import { freshness, monthsInWords, STALE_AFTER_MONTHS } from '#src/views/freshness.ts';
import { todayIso } from '#src/schema/fragments.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const todayArg = args.find((a) => a.startsWith('--today='))?.slice('--today='.length);
if (todayArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(todayArg)) {
  console.error(`report:stale: --today takes a date as YYYY-MM-DD (found ${todayArg})`);
  process.exit(1);
}
const today = todayArg ?? todayIso();

const { guides } = loadGuideDirectory(CONTENT_DIR, process.cwd());
const stale = guides
  .map((g) => ({
    file: g.path,
    name: g.data.name,
    lastVerified: g.data.lastVerified,
    ...freshness(g.data.lastVerified, today),
  }))
  .filter((g) => g.stale)
  .sort(
    (a, b) => a.lastVerified.localeCompare(b.lastVerified) || a.name.localeCompare(b.name, 'en'),
  );

if (json) {
  console.log(
    JSON.stringify(
      {
        today,
        staleAfterMonths: STALE_AFTER_MONTHS,
        guides: guides.length,
        stale: stale.map(({ stale: _, ...g }) => g),
      },
      null,
      2,
    ),
  );
} else if (!stale.length) {
  console.log(
    `No stale guides: all ${guides.length} were verified within the last ${STALE_AFTER_MONTHS} months (as of ${today}).`,
  );
} else {
  console.log(
    `${stale.length} of ${guides.length} guides were last verified more than ${STALE_AFTER_MONTHS} months ago (as of ${today}), oldest first:`,
  );
  for (const g of stale)
    console.log(
      `  ${g.lastVerified}  ${monthsInWords(g.months).padEnd(22)} ${g.file}  (${g.name})`,
    );
}
