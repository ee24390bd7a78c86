/**
 * Checks every guide without building the site, with the same code the build and the dev server use:
 *   node scripts/check.ts [--json] [content/utilities/some-guide.md ...]
 * Prints every problem in every file at once (file:line: field: found …; expected …, plus a hint), at most
 * 50 per file (the rest counted; --json lists them all). Every problem about a file's content names a line
 * (line 1 when nothing nearer is known); problems about the file itself (its name, kind or size) name only
 * the file.
 * Naming files limits the report to them; the rules across files still see every guide.
 * Exit code 1 when there is any error; warnings alone exit 0.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { loadGuideDirectory } from '#src/content/guides.ts';
import { collectionProblems } from '#src/content/collections.ts';
import { guardedRead } from '#src/content/guard.ts';
import { locateProblems } from '#src/content/messages.ts';
import { formatReport, isError } from '#src/content/problems.ts';
import { CONTENT_DIR } from '#src/site.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const named = args.filter((a) => !a.startsWith('--'));
const root = process.cwd();
const norm = (p: string) => relative(root, resolve(root, p)).split(sep).join('/');

const missing = named.filter((p) => !existsSync(p));
if (missing.length) {
  for (const p of missing) console.error(`${p}: the file does not exist`);
  process.exit(1);
}
const outside = named
  .map(norm)
  .filter((p) => !p.startsWith('content/') && !p.startsWith(`${norm(CONTENT_DIR)}/`));
if (outside.length) {
  for (const p of outside)
    console.error(
      `${p}: not in ${norm(CONTENT_DIR)}/; guides are checked where the site reads them`,
    );
  process.exit(1);
}

// Read everything once under a time and memory guard, so no file can stall or exhaust the check.
const stalled = guardedRead(CONTENT_DIR, root);
if (stalled) {
  console.error(formatReport([stalled], 'content'));
  process.exit(1);
}
const loaded = loadGuideDirectory(CONTENT_DIR, root);
const { guides } = loaded;
const all = locateProblems([...loaded.problems, ...collectionProblems(root)], root);
const wanted = new Set(named.map(norm));
const problems = wanted.size ? all.filter((p) => wanted.has(p.file)) : all;
const errors = problems.filter(isError).length;

if (json) {
  console.log(
    JSON.stringify(
      { guides: guides.length, errors, warnings: problems.length - errors, problems },
      null,
      2,
    ),
  );
} else {
  if (problems.length) console.error(formatReport(problems, 'content'));
  console.log(
    `${guides.length} guide(s) valid${errors ? `, ${errors} error(s)` : ''}${problems.length - errors ? `, ${problems.length - errors} warning(s)` : ''}.`,
  );
}
process.exit(errors ? 1 : 0);
