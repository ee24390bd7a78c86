/**
 * Turns zod issues into problems an editor can act on: file, line, field, what was found (with its
 * length for length limits), what is expected, and a hint for the classic YAML traps. Wording lives here,
 * not in the schema, so the schema stays pure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problems.ts';
import { parseGuideSource, type ParsedGuide } from './frontmatter.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Example shapes, shown when an editor writes a plain value where a group of fields is expected. */
const EXAMPLES: Record<string, string> = {
  customers: '{ count: 63506, asOf: 2018, cite: [eia-861-2018] }',
  'regulators[]': '{ name: Tennessee Valley Authority, url: https://www.tva.com/ }',
  market: '{ structure: regulated, choice: { electric: none }, cite: [source-id] }',
  'accessMethods[]': '{ method: Online portal, status: { status: available, cite: [source-id] } }',
  'thirdPartyAccess.routes[]': '{ id: written-request, kind: customer-consent, name: Written request, status: { status: available, cite: [source-id] } }',
  'thirdPartyAccess.routes[].turnaround': '{ min: 5, max: 10, unit: business-days }',
  'rates.figures[]': '{ label: Residential energy charge, value: 0.09436, unit: USD per kWh, asOf: 2023-10, cite: [source-id] }',
  'rates.schedules[]': '{ code: GSA-1, classes: [commercial], cite: [source-id] }',
  'sources[]': '{ id: sces-billing, title: Billing, url: https://sces.net/billing/, kind: utility, accessed: 2026-11-23 }',
  'contacts[]': '{ label: Customer service, type: phone, value: (865) 453-2887 }',
  'faq[]': '{ question: …?, answer: … }',
  'intervalData.meters[]': '{ status: deployed, technology: ami, cite: [source-id] }',
};

const describe = (v: unknown): string => {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return v.trim() === '' ? 'empty text' : JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}…` : v);
  if (Array.isArray(v)) return `a list of ${v.length} item(s)`;
  if (typeof v === 'object') return 'a group of fields';
  return `${JSON.stringify(v)} (${typeof v})`;
};

function expected(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'only the fields this part of the guide defines';
    case 'invalid_type':
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return issue.expected === 'object' ? 'a group of fields' : issue.expected === 'array' ? 'a list' : `a value of type ${issue.expected}`;
    case 'too_small':
      if (issue.message && !issue.message.startsWith('Too small')) return issue.message;
      return issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : `at least ${issue.minimum}`;
    case 'too_big':
      if (issue.message && !issue.message.startsWith('Too big')) return issue.message;
      return issue.origin === 'array' ? `at most ${issue.maximum} item(s)` : `at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

/** Unknown keys named in one problem; the rest are counted, so ten thousand of them still read as one line. */
export const SHOWN_KEYS = 5;
const KEY_CHARS = 40;

/** `"a", "b", "c", "d", "e" and 9,995 more`: the first few keys, each quoted and cut to a readable length. */
export function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, SHOWN_KEYS).map((k) => JSON.stringify(k.length > KEY_CHARS ? `${k.slice(0, KEY_CHARS - 1)}…` : k));
  const more = keys.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`;
}

function found(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${keyList(issue.keys)}`;
  if (issue.code === 'too_big' && typeof issue.input === 'string')
    return `${issue.input.length.toLocaleString('en-US')} characters (${describe(issue.input)})`;
  if (issue.code === 'too_big' && Array.isArray(issue.input)) return `${issue.input.length} items`;
  return describe(issue.input);
}

function hint(issue: Issue, guide: ParsedGuide): string | undefined {
  const shape = EXAMPLES[formatPath(issue.path).replace(/\[\d+\]/g, '[]')];
  if (issue.code === 'unrecognized_keys') {
    const at = valueAt(guide.data, issue.path) as Record<string, unknown> | undefined;
    // `{ a: x, y z }`: the text after a comma became a key with no value.
    if (guide.isFlowMap(issue.path as PropertyKey[]) && issue.keys.some((k) => at?.[k] === null))
      return 'a comma inside { … } ends the value, so the rest became a field name: quote the value, e.g. eligibility: "Business customers, with authorization"';
    return 'check the spelling and the indentation; CONTRIBUTING.md lists every field';
  }
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean'))
      return `YAML read this as a ${typeof issue.input}: quote it, e.g. "${String(issue.input)}"`;
    if (issue.expected === 'object' && typeof issue.input === 'boolean')
      return 'YAML read this as true/false: write yes, no or unknown (or a group such as { status: yes, cite: [source-id] })';
    if (issue.expected === 'object' && shape) return `write it as a group of fields, e.g. ${shape}`;
    if (issue.expected === 'array' && issue.input !== undefined) return 'write a list: [a, b] or one "- item" per line';
  }
  if (issue.code === 'invalid_value' && typeof issue.input === 'boolean')
    return 'YAML read this as true/false: quote it, e.g. "yes"';
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

export function problemFromIssue(file: string, issue: Issue, guide: ParsedGuide): Problem {
  const path = issue.path as PropertyKey[];
  // The first unknown key's own line, else the value's (or its nearest parent's), else the file's first line.
  const line =
    (issue.code === 'unrecognized_keys' ? guide.keyLineOf(path, issue.keys[0]) : undefined) ?? guide.lineOf(path) ?? 1;
  const field = formatPath(path);
  // Cross-field rules carry their whole explanation in the message.
  if (issue.code === 'custom') return { file, line, field, message: issue.message, severity: 'error' };
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  return {
    file,
    line,
    field,
    message: `found ${found(issue)}; expected ${expected(issue)}${missing ? ' (this field is required)' : ''}`,
    hint: hint(issue, guide),
    severity: 'error',
  };
}

/** `rates.schedules[0].code` → `['rates', 'schedules', 0, 'code']`; `(top level)` → `[]`. */
export function parsePath(field: string): (string | number)[] {
  if (field === '(top level)') return [];
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] === undefined ? m[2] : Number(m[1])));
}

/**
 * Gives every problem about a field of a readable file the best line available: the field's value (or its
 * nearest parent's), the body's first line for `body`, else line 1. Rules that run after the files are
 * checked (across guides, against the directory, on collection file names) know the field but not the line.
 * Problems with no field and no line are about the file itself (its name, kind or size, or a folder where
 * a file should be): the fix is to rename, move or shorten the file, so no line is invented.
 */
export function locateProblems(problems: Problem[], root: string = process.cwd()): Problem[] {
  // Per file: its parsed frontmatter, null when it does not parse, undefined when it cannot be read.
  const parsed = new Map<string, ParsedGuide | null | undefined>();
  const guideOf = (file: string) => {
    if (!parsed.has(file)) {
      let guide: ParsedGuide | null | undefined;
      try {
        guide = parseGuideSource(readFileSync(resolve(root, file), 'utf8')).guide ?? null;
      } catch {
        guide = undefined;
      }
      parsed.set(file, guide);
    }
    return parsed.get(file);
  };
  return problems.map((p) => {
    if (p.line || p.field === undefined) return p;
    const guide = guideOf(p.file);
    if (guide === undefined) return p;
    const line = guide === null ? 1 : p.field === 'body' ? guide.bodyLine : (guide.lineOf(parsePath(p.field)) ?? 1);
    return { ...p, line };
  });
}
