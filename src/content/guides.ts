/**
 * Reading guides: the one path the loader, `npm run check`, the dev server and the tests share. Each file
 * is read once, its YAML parsed once, its data checked against the schema and the link policy, its body
 * parsed once (checked and, when asked, rendered from the same tree), and then the rules across files run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { z } from 'astro/zod';
import { utilitySchema, type Utility } from '#src/schema/utility.ts';
import { CLAIM_KEYS } from '#src/schema/rules.ts';
import { SECONDARY_KINDS } from '#src/schema/evidence.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import { directoryEntries, directoryMatches } from '#src/directory/match.ts';
import { displayName } from '#src/directory/listings.ts';
import { remove as removeConfusables } from 'confusables';
import { todayIso } from '#src/schema/fragments.ts';
import { freshness, STALE_AFTER_MONTHS } from '#src/views/freshness.ts';
import { inlineProblems } from '#src/lib/markdown.ts';
import { checkBody, renderBody, type RenderedBody } from './body.ts';
import { readGuideFiles, type BodyFormat, type GuideFile } from './files.ts';
import { parseGuideSource, type ParsedGuide } from './frontmatter.ts';
import { problemFromIssue } from './messages.ts';
import { describeHidden, sourceUrlWarning } from './policy.ts';
import { formatPath, isError, type Problem } from './problems.ts';

/** A checked guide: its file, slug (the file name), data, Markdown body and rendered body. */
export type Guide = Doc<Utility>;

export interface GuideSet {
  guides: Guide[];
  problems: Problem[];
}

/** Fields whose value is a name shown in titles, lists, feeds and spreadsheets. */
const NAME_FIELDS: ReadonlySet<string> = new Set(['name', 'shortName', 'title', 'question', 'term']);

/**
 * Text that a browser or feed reader would take for a tag (`<img/src=x …>`, `</b`, `<!x`, `<?x`) even
 * where Markdown does not: the first such piece, or nothing. Autolinks (`<https://…>`) are links.
 */
function markupLike(text: string): string | undefined {
  // Code spans show their text literally, and \< is an escaped less-than sign: neither is markup.
  const s = text.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
  for (let i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
    if (s[i - 1] === '\\') continue;
    const next = s[i + 1];
    if (next === undefined || !/[A-Za-z/!?]/.test(next)) continue;
    if (/^<(https?:|mailto:|tel:)[^\s<>]*>/i.test(s.slice(i))) continue;
    return text.slice(i, i + 30);
  }
  return undefined;
}

/** Every string in `value` with its path, for checks that apply to all text an editor writes. */
function strings(value: unknown, path: (string | number)[] = [], out: [string, (string | number)[]][] = []): [string, (string | number)[]][] {
  if (typeof value === 'string') out.push([value, path]);
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) strings(value[i], [...path, i], out);
  else if (value && typeof value === 'object') for (const k in value) strings((value as Record<string, unknown>)[k], [...path, k], out);
  return out;
}

function textProblems(file: string, parsed: ParsedGuide): Problem[] {
  const problems: Problem[] = [];
  for (const [s, path] of strings(parsed.data)) {
    const hidden = describeHidden(s);
    const inline = inlineProblems(s);
    const markup = inline.some((p) => p.message.startsWith('found raw HTML')) ? undefined : markupLike(s);
    const badStart = path.length === 1 && NAME_FIELDS.has(String(path[0])) && !/^[\p{L}\p{N}]/u.test(s.trim());
    if (!hidden && !inline.length && !markup && !badStart) continue;
    const at = { file, line: parsed.lineOf(path), field: formatPath(path) };
    if (markup) problems.push({ ...at, message: `found markup-like text ${JSON.stringify(markup)}; expected plain text or Markdown`, hint: 'no field may hold HTML; to show a literal < put a space after it', severity: 'error' });
    if (badStart) problems.push({ ...at, message: `found ${JSON.stringify(s.slice(0, 40))}; expected a name starting with a letter or digit`, hint: 'names appear in feeds, spreadsheets and lists; a leading =, +, - or @ would be read as a formula', severity: 'error' });
    if (hidden) problems.push({ ...at, message: `found ${hidden}; expected visible text only`, hint: 'delete the invisible character (zero-width and text-direction controls can disguise text)', severity: 'error' });
    for (const p of inline) problems.push({ ...at, ...p, severity: 'error' });
  }
  return problems;
}

/** A checked document of any collection: its file, slug, validated data and rendered body. */
export interface Doc<T> {
  path: string;
  slug: string;
  data: T;
  body: string;
  /** How the body is written; an MDX body is compiled by the page (src/components/guide/MdxBody.astro). */
  format: BodyFormat;
  rendered: RenderedBody;
}

/**
 * Checks one file of any collection against `schema`, with the same YAML dialect, text checks, link
 * policy and body rules as guides. Returns the document when it has no errors.
 */
export function checkDocument<T>(file: GuideFile, schema: z.ZodType<T>): { doc?: Doc<T>; problems: Problem[] } {
  const { guide: parsed, issues } = parseGuideSource(file.source);
  if (!parsed) return { problems: issues.map((i) => ({ file: file.path, ...i, severity: 'error' as const })) };
  const problems = textProblems(file.path, parsed);
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) for (const issue of result.error.issues) problems.push(problemFromIssue(file.path, issue, parsed));

  const body = checkBody(parsed.body, file.format);
  for (const i of body.issues)
    problems.push({ file: file.path, line: i.line === undefined ? undefined : i.line + parsed.bodyLine - 1, field: 'body', message: i.message, hint: i.hint, severity: i.severity });

  const sources = result.success ? ((result.data as { sources?: { url?: string }[] }).sources ?? []) : [];
  sources.forEach((s, i) => {
    const why = s.url && sourceUrlWarning(s.url);
    if (why) problems.push({ file: file.path, line: parsed.lineContaining(s.url!), field: `sources[${i}].url`, message: why, severity: 'warning' });
  });

  if (!result.success || problems.some(isError)) return { problems };
  return {
    problems,
    doc: {
      path: file.path,
      slug: file.slug,
      data: result.data,
      body: parsed.body,
      format: file.format,
      // MDX bodies are rendered by @astrojs/mdx with the site's components; only their headings are kept here.
      rendered: file.format === 'mdx' ? { html: '', headings: body.headings } : renderBody(body.tree, body.headings),
    },
  };
}

/** Sections whose facts should rest on a cited source. */
const SECTIONS = ['market', 'billing', 'thirdPartyAccess', 'intervalData', 'greenButton', 'api', 'edi', 'rates'] as const;

const hasCite = (v: unknown): boolean =>
  Array.isArray(v) ? v.some(hasCite) : Boolean(v && typeof v === 'object' && (('cite' in v && Array.isArray((v as { cite: unknown }).cite)) || Object.values(v).some(hasCite)));
// Facts are values other than unknown; a summary or note that only explains what is missing is not one.
const hasFacts = (v: unknown): boolean =>
  typeof v === 'string'
    ? v !== 'unknown'
    : Array.isArray(v)
      ? v.some(hasFacts)
      : Boolean(v && typeof v === 'object' && Object.entries(v).some(([k, x]) => k !== 'summary' && k !== 'note' && hasFacts(x)));

/**
 * Claims left unknown whose note cites only secondary sources: what a commercial guide or news report
 * says is then lost in a note, although it could be shown as reported.
 */
function citedUnknowns(data: Utility): { path: string; key: string; cite: string[] }[] {
  const kinds = new Map(data.sources.map((s) => [s.id, s.kind]));
  const secondary = (ids: string[]) => ids.every((id) => SECONDARY_KINDS.includes(kinds.get(id)!));
  const out: { path: string; key: string; cite: string[] }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    for (const key of CLAIM_KEYS)
      if (
        o[key] === 'unknown' &&
        typeof o.note === 'string' &&
        Array.isArray(o.cite) &&
        o.cite.length &&
        secondary(o.cite as string[])
      )
        out.push({ path, key, cite: o.cite as string[] });
    for (const [k, x] of Object.entries(o)) if (k !== 'sources') walk(x, path ? `${path}.${k}` : k);
  };
  walk(data, '');
  return out;
}

/** Non-fatal advice an editor should see: TODOs left in, stale verification, facts without a citation. */
function guideWarnings(file: GuideFile, g: Guide): Problem[] {
  const out: Problem[] = [];
  const lineOf = (text: string) => {
    const i = file.source.split('\n').findIndex((l) => l.includes(text));
    return i < 0 ? undefined : i + 1;
  };
  if (/\bTODO\b/.test(file.source)) out.push({ file: file.path, line: lineOf('TODO'), message: 'found a TODO marker; expected the finished text (or remove the line)', severity: 'warning' });
  if (freshness(g.data.lastVerified).stale)
    out.push({ file: file.path, line: lineOf('lastVerified:'), field: 'lastVerified', message: `found ${g.data.lastVerified}, more than ${STALE_AFTER_MONTHS} months ago; expected the facts checked again against their sources`, hint: 'readers see a notice that the guide may be out of date; npm run report:stale lists every such guide', severity: 'warning' });
  for (const c of citedUnknowns(g.data))
    out.push({
      file: file.path,
      field: c.path,
      message: `found ${c.key} unknown with a note citing only secondary sources (${c.cite.join(', ')}); expected the value they state, which the page shows as reported, naming them`,
      hint: 'a value written only in a note never reaches the glance, the comparison or the score; keep unknown only if the source states no value',
      severity: 'warning',
    });
  for (const section of SECTIONS) {
    const v = (g.data as Record<string, unknown>)[section];
    if (hasFacts(v) && !hasCite(v))
      out.push({ file: file.path, line: lineOf(`${section}:`), field: section, message: 'found facts with no cited source; expected cite: [source-id] on the section or its facts', severity: 'warning' });
  }
  return out;
}

/** Checks one guide; returns it when it has no errors. */
export function checkGuide(file: GuideFile): FileResult {
  const { doc, problems } = checkDocument(file, utilitySchema);
  return { problems: doc ? [...problems, ...guideWarnings(file, doc)] : problems, guide: doc };
}

/**
 * A name as people would read it: Unicode-compatible forms unified (NFKC), look-alike letters from other
 * scripts folded to Latin (Cyrillic о reads as o), case and spacing ignored.
 */
export const readingName = (name: string) =>
  removeConfusables(name.normalize('NFKC')).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Rules across guides: one guide per slug, per name as read, and per EIA utility ID. */
export function crossFileProblems(guides: Guide[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  const byName = new Map<string, { guide: Guide; as: string }>();
  const byEia = new Map<number, string>();
  for (const g of guides) {
    const seen = bySlug.get(g.slug);
    if (seen) problems.push({ file: g.path, line: 1, message: `its URL /utilities/${g.slug}/ is already taken by ${seen}; expected one guide per URL`, severity: 'error' });
    else bySlug.set(g.slug, g.path);
    // The name and short name people know a guide by: no two guides may share one.
    const names = [...new Set([g.data.name, g.data.shortName].filter((n): n is string => Boolean(n)))];
    const clash = names
      .map((n) => ({ n, twin: byName.get(readingName(n)) }))
      .find((c) => c.twin && c.twin.guide !== g);
    if (clash?.twin)
      problems.push({
        file: g.path,
        line: lineOfKey(g, clash.n === g.data.name ? 'name' : 'shortName'),
        field: clash.n === g.data.name ? 'name' : 'shortName',
        message: `found ${JSON.stringify(clash.n)}, which reads the same as ${JSON.stringify(clash.twin.as)} in ${clash.twin.guide.path}; expected one guide per utility`,
        hint: 'improve the existing guide instead; if these are different utilities, give each its full legal name',
        severity: 'error',
      });
    else for (const n of names) byName.set(readingName(n), { guide: g, as: n });
    if (Array.isArray(g.data.eiaIds))
      g.data.eiaIds.forEach((id, i) => {
        const other = byEia.get(id);
        if (other) problems.push({ file: g.path, line: lineOfKey(g, 'eiaIds'), field: `eiaIds[${i}]`, message: `found ${id}, already claimed by ${other}; expected each EIA utility ID in one guide only`, severity: 'error' });
        else byEia.set(id, g.path);
      });
  }
  return problems;
}

/** The line of a top-level key in a guide's file, for the rare problem found across files (read again then). */
function lineOfKey(g: Guide, key: string): number | undefined {
  try {
    const i = readFileSync(g.path, 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? undefined : i + 1;
  } catch {
    return undefined;
  }
}

/**
 * Rules between guides and the EIA directory: a guide's EIA IDs exist in it, and a guide's file name
 * never takes a directory utility's URL (its slug, or the slug with its EIA ID that a directory page
 * moves to) unless the guide is that utility, i.e. lists its EIA ID.
 */
export function directoryIdentityProblems(guides: Guide[], entries: DirectoryEntry[]): Problem[] {
  if (!entries.length) return [];
  const out: Problem[] = [];
  const byId = new Map(entries.map((e) => [e.eiaId, e]));
  const bySlug = new Map<string, DirectoryEntry>();
  for (const e of entries) {
    if (!bySlug.has(e.slug)) bySlug.set(e.slug, e);
    bySlug.set(`${e.slug}-${e.eiaId}`, e);
  }
  for (const g of guides) {
    const ids = Array.isArray(g.data.eiaIds) ? g.data.eiaIds : [];
    ids.forEach((id, i) => {
      if (!byId.has(id))
        out.push({
          file: g.path,
          line: lineOfKey(g, 'eiaIds'),
          field: `eiaIds[${i}]`,
          message: `found ${id}, which is not in the EIA-861 directory (${entries.length} utilities); expected the number EIA lists for this utility`,
          hint: 'look the utility up with npm run new -- "Name" --state XX, which suggests its number; a utility newer than the directory’s data keeps eiaIds: unknown until the directory is re-imported',
          severity: 'error',
        });
    });
    const owner = bySlug.get(g.slug);
    if (owner && !ids.includes(owner.eiaId))
      out.push({
        file: g.path,
        line: 1,
        message: `the file name takes /utilities/${g.slug}/, the page of ${displayName(owner)} (EIA ${owner.eiaId}) in the EIA directory; expected a file name of its own, or eiaIds: [${owner.eiaId}] if the guide is that utility`,
        hint: 'a guide for another utility at this URL would move the directory utility’s page and confuse readers of both',
        severity: 'error',
      });
  }
  return out;
}

/** Warns while a guide's EIA IDs are not looked up but the directory lists a utility of its name and state. */
export function directoryProblems(guides: Guide[], entries: DirectoryEntry[]): Problem[] {
  const out: Problem[] = [];
  for (const g of guides) {
    if (g.data.eiaIds !== 'unknown' || !entries.length) continue;
    const found = directoryMatches([g.data.name, ...g.data.aliases], g.data.states, entries).slice(0, 3);
    if (found.length)
      out.push({
        file: g.path,
        field: 'eiaIds',
        message: `found eiaIds unknown while the EIA directory lists ${found.map((e) => `${e.name} (EIA ${e.eiaId}, ${e.states.join(', ')})`).join('; ')}; expected eiaIds: [${found[0].eiaId}] if it is the same utility, or none`,
        hint: 'without the EIA ID the directory keeps a second "No guide yet" page for this utility',
        severity: 'warning',
      });
  }
  return out;
}

/** The outcome of checking one file: its problems, and its guide when it has no errors. */
export interface FileResult {
  guide?: Guide;
  problems: Problem[];
}

// Results per file, keyed by path, content and options: in memory for the process, on disk between runs.
const memory = ((globalThis as { __udgFileResults?: Map<string, FileResult> }).__udgFileResults ??= new Map());
const CACHE_DIR = resolve('node_modules/.cache/utility-guides');
let version: string | undefined;

/**
 * A hash of the code that decides a file's result (schema, reader, rules, inline renderer), so a cached
 * result is reused only while that code is unchanged.
 */
function pipelineVersion(): string {
  if (version) return version;
  const hash = createHash('sha1');
  const here = dirname(fileURLToPath(import.meta.url));
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [])).sort();
  for (const f of [...walk(here), ...walk(join(here, '../schema')), join(here, '../lib/markdown.ts'), join(here, '../lib/format.ts')]) hash.update(readFileSync(f));
  version = hash.digest('hex').slice(0, 16);
  return version;
}

// Today is part of the key: "not in the future" is a rule whose answer changes with the date.
const keyOf = (f: GuideFile) => createHash('sha1').update(f.path).update('\0').update(f.source).update('\0').update(todayIso()).digest('hex');

function fromDisk(key: string): FileResult | undefined {
  try {
    return deserialize(readFileSync(join(CACHE_DIR, pipelineVersion(), `${key}.bin`))) as FileResult;
  } catch {
    return undefined;
  }
}

function toDisk(key: string, result: FileResult) {
  try {
    const dir = join(CACHE_DIR, pipelineVersion());
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${key}.bin`), serialize(result));
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Checks one file, reusing an earlier result for the same content and code. */
export function checkGuideCached(file: GuideFile): FileResult {
  const key = keyOf(file);
  let result = memory.get(key) ?? fromDisk(key);
  if (!result) {
    result = checkGuide(file);
    toDisk(key, result);
  }
  memory.set(key, result);
  return result;
}

/**
 * Told each file before it is checked, and when the files are done: the content guard's watchdog times each
 * file by it (./guard.ts). The rules across files that follow work on checked, bounded data and are not
 * one file's time (at 10,000 guides they take longer than one file may).
 */
export const readingProgress: { onFile?: (path: string) => void; onFilesDone?: () => void } = {};

export function checkGuides(files: GuideFile[]): GuideSet {
  const guides: Guide[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    readingProgress.onFile?.(f.path);
    const r = checkGuideCached(f);
    problems.push(...r.problems);
    if (r.guide) guides.push(r.guide);
  }
  readingProgress.onFilesDone?.();
  const entries = directoryEntries();
  const identity = [...crossFileProblems(guides), ...directoryIdentityProblems(guides, entries)];
  // A guide that takes another's identity is refused like any invalid file; the first one keeps it.
  const refused = new Set(identity.filter(isError).map((p) => p.file));
  problems.push(...identity, ...directoryProblems(guides, entries));
  return { guides: guides.filter((g) => !refused.has(g.path)), problems };
}

// One process (astro build) asks at config time and again for pages: read the folder once per state.
const cache = ((globalThis as { __udgGuideCache?: Map<string, { stamp: string; set: GuideSet }> }).__udgGuideCache ??= new Map());

/** Reads and checks every guide in `dir`; memoised per process until a file changes. */
export function loadGuideDirectory(dir: string, root: string = process.cwd()): GuideSet {
  const abs = resolve(root, dir);
  const { files, problems } = readGuideFiles(abs, root, { mdx: true });
  const stamp = files.map((f) => `${f.path}:${f.source.length}:${statSync(resolve(root, f.path)).mtimeMs}`).join('|') + `|${problems.length}`;
  const key = abs;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.set;
  const checked = checkGuides(files);
  const set = { guides: checked.guides, problems: [...problems, ...checked.problems] };
  cache.set(key, { stamp, set });
  return set;
}
