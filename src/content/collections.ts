/**
 * Reading the other editor-written collections (states, glossary, FAQ, capability hubs) through the same
 * reader as guides: file rules, YAML dialect, link policy, body rules and messages. Each folder is small,
 * so results are kept per process until anything in it changes: a file's text, or a file added, removed,
 * renamed or refused before it is read (a bad name, a folder, a link), so the dev server's content gate
 * sees every change (src/integrations/validate-content.ts).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { faqEntrySchema, glossarySchema, hubSchema, namesSchema, platformSchema, sitePageSchema, stateSchema } from '#src/schema/collections.ts';
import { readFileSync } from 'node:fs';
import { readGuideFiles, type GuideFile } from './files.ts';
import { checkDocument, readingProgress, type Doc } from './guides.ts';
import type { Problem } from './problems.ts';

export const COLLECTIONS = {
  states: { dir: 'content/states', schema: stateSchema },
  glossary: { dir: 'content/glossary', schema: glossarySchema },
  faq: { dir: 'content/faq', schema: faqEntrySchema },
  hubs: { dir: 'content/hubs', schema: hubSchema },
  platforms: { dir: 'content/platforms', schema: platformSchema },
  // Names people use for directory utilities (brand, abbreviations, website, contact), sourced per entry.
  names: { dir: 'content/names', schema: namesSchema },
  // The project's own pages may be MDX, with the guides' allow-list (src/content/mdx.ts).
  pages: { dir: 'content/pages', schema: sitePageSchema, mdx: true },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
type DataOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['schema']>;

/** Per folder (absolute path): the stamp of what was read, and the result. */
const cache = new Map<string, { stamp: string; result: { docs: Doc<unknown>[]; problems: Problem[] } }>();

/** File names that must equal a field (a state file is named after its code, a hub after its id). */
function nameProblems(name: CollectionName, docs: Doc<Record<string, unknown>>[]): Problem[] {
  const field = name === 'states' ? 'state' : name === 'hubs' ? 'hub' : name === 'platforms' ? 'platform' : undefined;
  if (!field) return [];
  return docs
    .filter((d) => String(d.data[field]).toLowerCase() !== d.slug)
    .map((d) => ({ file: d.path, field, message: `found ${d.data[field]}, but the file is named ${d.slug}.md; expected the file name to be ${String(d.data[field]).toLowerCase()}.md`, severity: 'error' as const }));
}

/**
 * Rules across the names files: each entry names a utility in the EIA-861 directory, and each utility once.
 * (A utility that has a guide takes its names from the guide; its entry here is not shown.)
 */
function namesAcrossFiles(docs: Doc<z.infer<typeof namesSchema>>[], files: GuideFile[], root: string): Problem[] {
  const out: Problem[] = [];
  let known: Set<number> | undefined;
  try {
    const entries = JSON.parse(readFileSync(resolve(root, 'content/directory/eia-861.json'), 'utf8')) as { eiaId: number }[];
    known = new Set(entries.map((e) => e.eiaId));
  } catch {
    known = undefined; // no directory (a test folder): nothing to check against
  }
  const seen = new Map<number, string>();
  for (const d of docs) {
    const lines = files.find((f) => f.path === d.path)?.source.split('\n') ?? [];
    d.data.entries.forEach((e, i) => {
      const at = { file: d.path, line: Math.max(1, lines.findIndex((l) => new RegExp(`eiaId: ${e.eiaId}\\b`).test(l)) + 1), field: `entries[${i}].eiaId` };
      if (known && !known.has(e.eiaId))
        out.push({ ...at, message: `found ${e.eiaId}, which is not in the EIA-861 directory; expected the number EIA lists for this utility`, severity: 'error' });
      const other = seen.get(e.eiaId);
      if (other) out.push({ ...at, message: `found ${e.eiaId} again (first in ${other}); expected one entry per utility`, hint: 'merge the two entries', severity: 'error' });
      else seen.set(e.eiaId, d.path);
    });
  }
  return out;
}

export function loadCollection<C extends CollectionName>(name: C, root: string = process.cwd()): { docs: Doc<DataOf<C>>[]; problems: Problem[] } {
  const dir = resolve(root, COLLECTIONS[name].dir);
  const { files, problems } = readGuideFiles(dir, root, { mdx: 'mdx' in COLLECTIONS[name] });
  // Every file's text, and the files refused before reading: any change to either is a new result.
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.path}\0${f.source}\0`);
  for (const p of problems) hash.update(`${p.file}\0${p.message}\0`);
  const stamp = hash.digest('hex');
  const hit = cache.get(dir);
  if (hit && hit.stamp === stamp) return hit.result as { docs: Doc<DataOf<C>>[]; problems: Problem[] };
  const docs: Doc<DataOf<C>>[] = [];
  for (const f of files) {
    readingProgress.onFile?.(f.path);
    const r = checkDocument(f, COLLECTIONS[name].schema as unknown as z.ZodType<DataOf<C>>);
    problems.push(...r.problems);
    if (r.doc) docs.push(r.doc);
  }
  problems.push(...nameProblems(name, docs as Doc<Record<string, unknown>>[]));
  if (name === 'names') problems.push(...namesAcrossFiles(docs as unknown as Doc<z.infer<typeof namesSchema>>[], files, root));
  const result = { docs, problems };
  cache.set(dir, { stamp, result });
  return result;
}

/** Every collection's problems, for the content gate and `npm run check`. */
export function collectionProblems(root?: string): Problem[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((n) => {
    const { problems } = loadCollection(n, root);
    // A collection folder that does not exist yet is not a problem.
    return problems.filter((p) => !p.message.startsWith('the guides folder does not exist'));
  });
}
