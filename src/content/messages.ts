/**
 * Turns zod issues into problems an editor can act on: file, line, field, what was found (with its
 * length for length limits), what is expected, and a hint for the classic YAML traps. Wording lives here,
 * not in the schema, so the schema stays pure.
 */
import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problems.ts';
import type { ParsedGuide } from './frontmatter.ts';

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

function found(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
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
  const line =
    issue.code === 'unrecognized_keys' ? guide.keyLineOf(path, issue.keys[0]) ?? guide.lineOf(path) : guide.lineOf(path);
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
