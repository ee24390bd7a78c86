/**
 * Which files are guides. A guide is a regular file named `<slug>.md` (or, where MDX is allowed, `<slug>.mdx`)
 * directly in the guides folder, where the slug is lowercase a–z, 0–9 and hyphens: the file name is the URL,
 * so nothing else can collide with or replace another guide, and one slug may have only one file.
 * Everything else in the folder is refused with a reason, never skipped silently (dotfiles such as
 * .DS_Store excepted).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problems.ts';
import { describeHidden } from './policy.ts';

/** Largest guide file accepted (the largest real guide is about 26 kB). */
export const MAX_FILE_BYTES = 200 * 1024;
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GUIDE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(md|mdx)$/;

/** How a body is written: Markdown, or MDX limited to the allow-listed components (./mdx.ts). */
export type BodyFormat = 'md' | 'mdx';

export interface GuideFile {
  /** Path shown in messages, relative to the project root, with forward slashes. */
  path: string;
  /** The URL slug: the file name without `.md`. */
  slug: string;
  format: BodyFormat;
  source: string;
}

/** A slug suggestion for a bad file name: lowercase ASCII words joined by hyphens. */
export const suggestSlug = (name: string) =>
  name
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'utility-name';

function nameProblem(name: string, mdx: boolean): { message: string; hint?: string } | undefined {
  const ok = GUIDE_NAME.exec(name);
  if (ok && (mdx || ok[2] === 'md')) return undefined;
  const suggestion = `${suggestSlug(name)}${mdx && /\.mdx$/i.test(name) ? '.mdx' : '.md'}`;
  const hidden = describeHidden(name);
  if (hidden) return { message: `the file name contains ${hidden}; expected lowercase letters, digits and hyphens`, hint: `rename it to ${suggestion}` };
  if (ok) return { message: 'found an .mdx file; expected .md: only utility guides may be MDX', hint: `rename it to ${suggestion} and write its components as Markdown` };
  const ending = mdx ? '<slug>.md or <slug>.mdx' : '<slug>.md';
  if (!/\.mdx?$/i.test(name)) return { message: `found a ${name.includes('.') ? `.${name.split('.').pop()} ` : ''}file; expected only guides named ${ending} in this folder`, hint: 'move other files elsewhere' };
  return { message: `the file name is not a valid slug; expected lowercase letters a–z, digits and single hyphens, ending in ${mdx ? '.md or .mdx' : '.md'}`, hint: `rename it to ${suggestion}` };
}

/**
 * Lists the guides in `dir` and what is wrong with anything else there. Paths relative to `root`. `mdx`
 * allows `<slug>.mdx` files (utility guides); other collections are Markdown only.
 */
export function readGuideFiles(dir: string, root: string = process.cwd(), { mdx = false } = {}): { files: GuideFile[]; problems: Problem[] } {
  const files: GuideFile[] = [];
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return { files, problems: [{ file: rel(dir), message: 'the guides folder does not exist or cannot be read', severity: 'error' }] };
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    const file = rel(abs);
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink()) {
      problems.push({ file, message: 'is a symbolic link; expected a regular file', hint: 'copy the guide here instead of linking it (a link could publish files from elsewhere)', severity: 'error' });
      continue;
    }
    if (stat.isDirectory()) {
      problems.push({ file, message: 'is a folder; expected guides directly in this folder, not in subfolders', hint: `move its guides up into ${rel(dir)}/`, severity: 'error' });
      continue;
    }
    if (!stat.isFile()) {
      problems.push({ file, message: 'is not a regular file', severity: 'error' });
      continue;
    }
    const bad = nameProblem(name, mdx);
    if (bad) {
      problems.push({ file, ...bad, severity: 'error' });
      continue;
    }
    const [, slug, format] = GUIDE_NAME.exec(name)!;
    const twin = files.find((f) => f.slug === slug);
    if (twin) {
      problems.push({ file, message: `found a second file for /${slug}/ beside ${twin.path}; expected one file per guide`, hint: 'keep either the .md or the .mdx file, not both', severity: 'error' });
      continue;
    }
    const result = readGuideFile(abs, file);
    if ('problem' in result) problems.push(result.problem);
    else files.push({ path: file, slug: slug!, format: format as BodyFormat, source: result.source });
  }
  return { files, problems };
}

/** Reads one file as UTF-8 text, refusing oversized files and invalid bytes (never U+FFFD). */
export function readGuideFile(abs: string, file: string): { source: string } | { problem: Problem } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    return { problem: { file, message: 'the file does not exist or cannot be read', severity: 'error' } };
  }
  if (bytes.length > MAX_FILE_BYTES)
    return { problem: { file, message: `the file is ${Math.round(bytes.length / 1024)} kB; expected at most ${MAX_FILE_BYTES / 1024} kB`, hint: 'a guide this long is probably pasted material; summarise it', severity: 'error' } };
  try {
    return { source: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\ufffd');
    const line = at < 0 ? undefined : text.slice(0, at).split('\n').length;
    return { problem: { file, line, message: 'the file is not valid UTF-8 text', hint: 'save it as UTF-8 in your editor', severity: 'error' } };
  }
}
