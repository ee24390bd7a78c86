/**
 * Which files are guides. A guide is a regular file named `<slug>.md` directly in the guides folder, where
 * the slug is lowercase a–z, 0–9 and hyphens: the file name is the URL, so nothing else can collide with
 * or replace another guide. Everything else in the folder is refused with a reason, never skipped
 * silently (dotfiles such as .DS_Store excepted).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problems.ts';
import { describeHidden } from './policy.ts';

/** Largest guide file accepted (the largest real guide is about 26 kB). */
export const MAX_FILE_BYTES = 200 * 1024;
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GUIDE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export interface GuideFile {
  /** Path shown in messages, relative to the project root, with forward slashes. */
  path: string;
  /** The URL slug: the file name without `.md`. */
  slug: string;
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

function nameProblem(name: string): { message: string; hint?: string } | undefined {
  if (GUIDE_NAME.test(name)) return undefined;
  const suggestion = `${suggestSlug(name)}.md`;
  const hidden = describeHidden(name);
  if (hidden) return { message: `the file name contains ${hidden}; expected lowercase letters, digits and hyphens`, hint: `rename it to ${suggestion}` };
  if (/\.mdx$/i.test(name))
    return { message: 'found an .mdx file; expected .md: guides are Markdown only, because MDX runs code at build time', hint: `rename it to ${suggestion} and remove any import, export, {…} expression or component` };
  if (!/\.md$/i.test(name)) return { message: `found a ${name.includes('.') ? `.${name.split('.').pop()} ` : ''}file; expected only guides named <slug>.md in this folder`, hint: 'move other files elsewhere' };
  return { message: 'the file name is not a valid slug; expected lowercase letters a–z, digits and single hyphens, ending in .md', hint: `rename it to ${suggestion}` };
}

/** Lists the guides in `dir` and what is wrong with anything else there. Paths relative to `root`. */
export function readGuideFiles(dir: string, root: string = process.cwd()): { files: GuideFile[]; problems: Problem[] } {
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
    const bad = nameProblem(name);
    if (bad) {
      problems.push({ file, ...bad, severity: 'error' });
      continue;
    }
    const result = readGuideFile(abs, file);
    if ('problem' in result) problems.push(result.problem);
    else files.push({ path: file, slug: GUIDE_NAME.exec(name)![1], source: result.source });
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
