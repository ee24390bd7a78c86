/**
 * Validates every guide (or the files named on the command line) without building the site:
 *   node scripts/validate-content.ts [content/utilities/some-guide.md ...]
 * Exit code 1 and one line per problem when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { readGuideFiles, validateGuides } from '../src/schema/validate.ts';
import { CONTENT_DIR } from '../src/site.ts';

const named = process.argv.slice(2);
// Duplicates are checked across all guides even when only some files are named.
const all = readGuideFiles(CONTENT_DIR);
const files = named.length
  ? [...all.filter((f) => !named.includes(f.path)), ...named.map((path) => ({ path, source: readFileSync(path, 'utf8') }))]
  : all;
const { guides, errors } = validateGuides(files);
if (errors.length) {
  console.error(`${errors.length} problem(s):\n` + errors.map((e) => `  - ${e}`).join('\n'));
  process.exit(1);
}
console.log(`${guides.length} guide(s) valid.`);
