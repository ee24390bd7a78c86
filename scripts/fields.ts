/**
 * Writes docs/fields.md, the field reference of a guide, from the JSON Schema generated from the zod
 * schema (its descriptions are the schema's own), so the reference cannot drift from the checker:
 *   node scripts/fields.ts          write it
 *   node scripts/fields.ts --check  exit 1 if the committed file is out of date
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { guideJsonSchema } from '#src/schema/json-schema.ts';

type Node = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  required?: string[];
  maxLength?: number;
  format?: string;
  default?: unknown;
  const?: unknown;
};

const PATH = 'docs/fields.md';
const rows: string[] = [];

function describe(n: Node): string {
  if (n.enum) return `one of ${n.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (n.const !== undefined) return `\`${n.const}\``;
  const alts = n.anyOf ?? n.oneOf;
  if (alts)
    return alts
      .map(describe)
      .filter((x, i, a) => x && a.indexOf(x) === i)
      .join(' or ');
  if (n.type === 'array') return `list of ${n.items ? describe(n.items) : 'values'}`;
  if (n.format === 'date') return 'date (YYYY-MM-DD)';
  if (n.type === 'string') return n.maxLength ? `text (≤ ${n.maxLength})` : 'text';
  if (n.type === 'object') return 'group of fields';
  return Array.isArray(n.type) ? n.type.join(' or ') : (n.type ?? '');
}

function walk(n: Node, path: string, required: boolean) {
  const alts = (n.anyOf ?? n.oneOf ?? []).find((a) => a.properties);
  const obj = n.properties ? n : alts;
  if (path)
    rows.push(
      `| \`${path}\` | ${describe(n).replace(/\|/g, '\\|')} | ${required ? 'yes' : ''} | ${(n.description ?? obj?.description ?? '').replace(/\|/g, '\\|')} |`,
    );
  if (obj?.properties)
    for (const [k, v] of Object.entries(obj.properties))
      walk(v, path ? `${path}.${k}` : k, Boolean(obj.required?.includes(k)));
  const items = n.type === 'array' ? n.items : undefined;
  if (items && (items.properties || (items.anyOf ?? items.oneOf)?.some((a) => a.properties)))
    walk({ ...items, description: undefined }, `${path}[]`, false);
}

walk(guideJsonSchema('input') as Node, '', true);
const text = `# Guide fields

Generated from the content schema by \`npm run fields\`; do not edit by hand. Every field of a guide's
frontmatter, with what it accepts and why it exists. A status may be written in short (\`api: available\`)
or in full (\`api: { status: available, cite: [source-id] }\`). Rules that span fields (every status other than
\`unknown\` cites a non-commercial source; gas facts only for gas utilities; cited ids exist) are checked by
\`npm run check\` and described in CONTRIBUTING.md.

| Field | Accepts | Required | What it is for |
| --- | --- | --- | --- |
${rows.filter((r) => !r.includes('`[]`')).join('\n')}
`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(PATH, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${PATH} is out of date with src/schema/; run: npm run fields`);
    process.exit(1);
  }
  console.log(`${PATH} is up to date.`);
} else {
  writeFileSync(`${PATH}.tmp`, text);
  renameSync(`${PATH}.tmp`, PATH);
  console.log(`wrote ${PATH} (${rows.length} fields)`);
}
