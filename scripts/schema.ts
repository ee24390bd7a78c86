/**
 * Writes schema/utility.schema.json, the JSON Schema of a guide's frontmatter generated from the zod
 * schema, for editors' YAML tooling (autocompletion, inline errors) and open-data users:
 *   node scripts/schema.ts          write it
 *   node scripts/schema.ts --check  exit 1 if the committed file is out of date
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { guideJsonSchema } from '#src/schema/json-schema.ts';

const PATH = 'schema/utility.schema.json';
const text = `${JSON.stringify(guideJsonSchema('input'), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(PATH, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${PATH} is out of date with src/schema/; run: npm run schema`);
    process.exit(1);
  }
  console.log(`${PATH} is up to date.`);
} else {
  writeFileSync(`${PATH}.tmp`, text);
  renameSync(`${PATH}.tmp`, PATH);
  console.log(`wrote ${PATH}`);
}
