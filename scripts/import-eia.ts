/**
 * Imports the official EIA-861 workbooks into the utility directory:
 *   node scripts/import-eia.ts <folder or zip> [--out content/directory/eia-861.json]
 * Writes the entries file and, beside it, <name>.meta.json — both atomically, and only when everything
 * succeeded. Input problems print one line on stderr and exit 1; progress goes to stderr. So does input over
 * the size limits (LIMITS in src/directory/eia861-files.ts), refused before it is read or inflated.
 * The rules (who is included, how figures are summed) live in src/directory/eia861.ts.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildDirectory,
  existingSlugs,
  InputError,
  serializeEntries,
  serializeMeta,
} from '#src/directory/eia861.ts';
import { loadEia861 } from '#src/directory/eia861-files.ts';

const USAGE =
  'usage: node scripts/import-eia.ts <folder or zip of EIA-861 workbooks> [--out content/directory/eia-861.json]';
const log = (line: string) => process.stderr.write(`import-eia: ${line}\n`);

function args(): { input: string; out: string } {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new InputError(`${(e as Error).message}. Hint: ${USAGE}`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (parsed.positionals.length !== 1) {
    throw new InputError(
      `expected one input (a folder or a zip), found ${parsed.positionals.length}. Hint: ${USAGE}`,
    );
  }
  const out = parsed.values.out ?? 'content/directory/eia-861.json';
  if (!out.endsWith('.json'))
    throw new InputError(`--out ${out}: expected a path ending in .json. Hint: ${USAGE}`);
  return { input: parsed.positionals[0]!, out };
}

/** Writes every file to a temporary name in its own directory, then renames them all; on failure removes the temporaries. */
function writeAtomically(files: { path: string; text: string }[]) {
  const temps: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push(tmp);
      writeFileSync(tmp, f.text);
    }
    files.forEach((f, i) => renameSync(temps[i]!, f.path));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
}

async function main() {
  const started = Date.now();
  const { input, out } = args();
  const metaPath = out.replace(/\.json$/, '.meta.json');
  const existing = existsSync(out) ? existingSlugs(readFileSync(out, 'utf8'), out) : [];
  if (existing.length)
    log(`keeping the slugs of ${existing.length.toLocaleString('en-US')} entries in ${out}`);

  const loaded = await loadEia861(input, log);
  const { entries, meta } = buildDirectory(loaded.records, {
    existing,
    generatedAt: new Date().toISOString().slice(0, 10),
    inputFiles: loaded.fileNames,
    log,
  });
  const entriesText = serializeEntries(entries);
  const metaText = serializeMeta(meta);
  writeAtomically([
    { path: out, text: entriesText },
    { path: metaPath, text: metaText },
  ]);
  const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
  log(
    `wrote ${out} (${kb(entriesText)}) and ${metaPath} (${kb(metaText)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`${entries.length} entries for ${meta.dataYear} written to ${out}`);
}

main().catch((e: unknown) => {
  if (e instanceof InputError) {
    process.stderr.write(`error: ${e.message}\n`);
  } else {
    // Not an input problem: a bug, so the stack helps.
    process.stderr.write(
      `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
  }
  process.exit(1);
});
