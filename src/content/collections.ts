/**
 * Reading the other editor-written collections (states, glossary, FAQ, capability hubs) through the same
 * reader as guides: file rules, YAML dialect, link policy, body rules and messages. Each folder is small,
 * so results are kept per process until a file changes.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { faqEntrySchema, glossarySchema, hubSchema, platformSchema, stateSchema } from '#src/schema/collections.ts';
import { readGuideFiles } from './files.ts';
import { checkDocument, type Doc } from './guides.ts';
import type { Problem } from './problems.ts';

export const COLLECTIONS = {
  states: { dir: 'content/states', schema: stateSchema },
  glossary: { dir: 'content/glossary', schema: glossarySchema },
  faq: { dir: 'content/faq', schema: faqEntrySchema },
  hubs: { dir: 'content/hubs', schema: hubSchema },
  platforms: { dir: 'content/platforms', schema: platformSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
type DataOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['schema']>;

const cache = new Map<string, { stamp: string; result: { docs: Doc<unknown>[]; problems: Problem[] } }>();

/** File names that must equal a field (a state file is named after its code, a hub after its id). */
function nameProblems(name: CollectionName, docs: Doc<Record<string, unknown>>[]): Problem[] {
  const field = name === 'states' ? 'state' : name === 'hubs' ? 'hub' : name === 'platforms' ? 'platform' : undefined;
  if (!field) return [];
  return docs
    .filter((d) => String(d.data[field]).toLowerCase() !== d.slug)
    .map((d) => ({ file: d.path, field, message: `found ${d.data[field]}, but the file is named ${d.slug}.md; expected the file name to be ${String(d.data[field]).toLowerCase()}.md`, severity: 'error' as const }));
}

export function loadCollection<C extends CollectionName>(name: C, root: string = process.cwd()): { docs: Doc<DataOf<C>>[]; problems: Problem[] } {
  const dir = resolve(root, COLLECTIONS[name].dir);
  const { files, problems } = readGuideFiles(dir, root);
  const stamp = files.map((f) => `${f.path}:${f.source.length}:${statSync(resolve(root, f.path)).mtimeMs}`).join('|');
  const hit = cache.get(name);
  if (hit && hit.stamp === stamp) return hit.result as { docs: Doc<DataOf<C>>[]; problems: Problem[] };
  const docs: Doc<DataOf<C>>[] = [];
  for (const f of files) {
    const r = checkDocument(f, COLLECTIONS[name].schema as unknown as z.ZodType<DataOf<C>>);
    problems.push(...r.problems);
    if (r.doc) docs.push(r.doc);
  }
  problems.push(...nameProblems(name, docs as Doc<Record<string, unknown>>[]));
  const result = { docs, problems };
  cache.set(name, { stamp, result });
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
