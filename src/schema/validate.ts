/**
 * Validates guide files before Astro loads them, so a broken guide fails the build with a message an
 * editor can act on: file, field path, what was found, what was expected. Also catches what a
 * per-entry schema cannot: two guides with the same slug or the same EIA utility ID.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { utilitySchema, type Utility } from './utility.ts';

export const GUIDE_EXTENSIONS = ['.md', '.mdx'];

export interface GuideFile {
  /** Path shown in messages, relative to the project root. */
  path: string;
  source: string;
}

export interface ValidGuide {
  path: string;
  slug: string;
  data: Utility;
}

export interface ValidationResult {
  guides: ValidGuide[];
  errors: string[];
}

/** Renders a field path the way an editor reads YAML: `rates.schedules[0].code`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(top level)';
}

function describeFound(issue: z.core.$ZodIssue & { input?: unknown }): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (!('input' in issue) || issue.input === undefined) return 'nothing (the field is missing)';
  const v = issue.input;
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return v.trim() === '' ? 'empty text' : JSON.stringify(v);
  if (Array.isArray(v)) return `a list of ${v.length} item(s)`;
  if (typeof v === 'object') return 'a group of fields';
  return `${JSON.stringify(v)} (${typeof v})`;
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'only the fields the schema defines (check the spelling; see src/schema/utility.ts)';
    case 'invalid_type':
      // Zod's default messages here are generic; prefer the schema's own wording when it set one.
      return issue.message.startsWith('Invalid input') ? `a value of type ${issue.expected}` : issue.message;
    case 'too_small':
      if (issue.message && !issue.message.startsWith('Too small')) return issue.message;
      return issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : `at least ${issue.minimum}`;
    default:
      return issue.message;
  }
}

export function formatIssue(file: string, issue: z.core.$ZodIssue & { input?: unknown }): string {
  // Cross-field rules (refinements) carry their whole explanation in the message.
  if (issue.code === 'custom') return `${file}: ${formatPath(issue.path)}: ${issue.message}`;
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  return `${file}: ${formatPath(issue.path)}: found ${describeFound(issue)}; expected ${describeExpected(issue)}${missing ? ' (this field is required)' : ''}`;
}

/** The slug Astro's glob loader will give the entry: frontmatter `slug`, else the file name. */
export function slugFor(path: string, data: { slug?: unknown }): string {
  return typeof data.slug === 'string' && data.slug ? data.slug : basename(path, extname(path));
}

export function validateGuides(files: GuideFile[]): ValidationResult {
  const guides: ValidGuide[] = [];
  const errors: string[] = [];
  for (const file of files) {
    let frontmatter: unknown;
    try {
      // CORE_SCHEMA keeps dates as written: the default schema would turn 2026-02-30 into March 2.
      frontmatter = yaml.load(extractFrontmatter(file.source) ?? '', { schema: yaml.CORE_SCHEMA }) ?? {};
    } catch (err) {
      errors.push(`${file.path}: the frontmatter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = utilitySchema.safeParse(frontmatter, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) errors.push(formatIssue(file.path, issue));
      continue;
    }
    guides.push({ path: file.path, slug: slugFor(file.path, result.data), data: result.data });
  }

  const bySlug = new Map<string, string>();
  const byEia = new Map<number, string>();
  for (const g of guides) {
    const seen = bySlug.get(g.slug);
    if (seen) errors.push(`${g.path}: slug: found "${g.slug}", already used by ${seen}; expected a slug no other guide uses`);
    else bySlug.set(g.slug, g.path);
    g.data.eiaIds.forEach((id, i) => {
      const other = byEia.get(id);
      if (other) errors.push(`${g.path}: eiaIds[${i}]: found ${id}, already claimed by ${other}; expected each EIA utility ID in one guide only`);
      else byEia.set(id, g.path);
    });
  }
  return { guides, errors };
}

/** Reads every guide under `dir` (recursively), paths reported relative to `root`. */
export function readGuideFiles(dir: string, root: string = process.cwd()): GuideFile[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && GUIDE_EXTENSIONS.includes(extname(d.name)) && !d.name.startsWith('_'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((p) => ({ path: relative(root, p), source: readFileSync(p, 'utf8') }));
}

export class ContentValidationError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `${problems.length} problem(s) in the utility guides:\n` + problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

export function validateDirectory(dir: string, root?: string): ValidationResult {
  return validateGuides(readGuideFiles(dir, root));
}
