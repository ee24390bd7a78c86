/**
 * MDX without code. An `.mdx` body is parsed with remark-parse + remark-mdx (the parser only: nothing is
 * compiled or run) and refused, with its line, if it holds anything but Markdown and the allow-listed
 * components of ./mdx-components.ts written with literal attributes:
 *   - `import` / `export` (ESM);
 *   - `{…}` expressions, in text, in flow, as an attribute value or as a spread;
 *   - any element not on the allow-list (lowercase names are raw HTML, refused as in `.md`), fragments,
 *     inline uses, and components nested inside components;
 *   - any attribute a component does not declare, and any value its prop schema refuses.
 * Only bodies that pass reach @astrojs/mdx (./mdx-out.ts writes them where the page imports them).
 */
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { MDX_COMPONENT_NAMES, MDX_COMPONENTS, isMdxComponent } from './mdx-components.ts';
import type { BodyIssue } from './body.ts';

/** Tags counted before parsing: real guides use a few components; this bounds the parser's work. */
export const MDX_LIMITS = { tags: 200 } as const;

const ALLOWED = MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');
const clip = (s: string, max = 50) => (s.length > max ? `${s.slice(0, max)}…` : s);
const quote = (s: string, max = 50) => JSON.stringify(clip(s, max));
const error = (line: number | undefined, message: string, hint?: string): BodyIssue => ({ line, message, hint, severity: 'error' });

/** More tags than MDX_LIMITS allows, counted on the text (a `<` that opens or closes an element). */
export function mdxTagIssue(source: string): BodyIssue | undefined {
  let count = 0;
  const tag = /<\/?[A-Za-z>]/g;
  for (let m = tag.exec(source); m; m = tag.exec(source))
    if (++count > MDX_LIMITS.tags) {
      const line = source.slice(0, m.index).split('\n').length;
      return error(line, `found more than ${MDX_LIMITS.tags} tags; expected a few components`, 'a guide uses a handful of <Callout>, <Steps>, <Figure> and <TariffTable>; write the rest as Markdown');
    }
  return undefined;
}

/** A message for a parse failure of remark-mdx, e.g. an HTML comment or an unclosed tag. */
export function mdxParseIssue(err: unknown): BodyIssue | undefined {
  if (!(err instanceof Error) || !('reason' in err)) return undefined;
  const place = err as { line?: number; place?: { line?: number; start?: { line?: number } } };
  const full = String((err as { reason: string }).reason).split('\n')[0]!;
  // An unclosed element names its opening tag's place in the text, e.g. "(3:1-3:22)".
  const line = place.line ?? place.place?.line ?? place.place?.start?.line ?? Number(/\((\d+):\d+-/.exec(full)?.[1] ?? NaN);
  const comment = /`!`/.test(full);
  // Drop the parser's own advice, which suggests {/* … */}, an expression guides may not use.
  const reason = full.replace(/\s*\(note:.*$/, '').replace(/\s*\(\d+:\d+-\d+:\d+\)/, '');
  return error(
    Number.isNaN(line) ? undefined : line,
    `found MDX that does not parse (${reason.replace(/\.$/, '')}); expected Markdown and the allowed components`,
    comment
      ? 'MDX has no HTML comments (<!-- -->); delete the comment'
      : 'close every component you open, and write a literal < or { as \\< or \\{',
  );
}

function elementIssues(node: MdxJsxFlowElement | MdxJsxTextElement): BodyIssue[] {
  const line = node.position?.start.line;
  const name = node.name;
  if (name === null) return [error(line, 'found a fragment <>…</>; expected one of ' + ALLOWED)];
  if (!isMdxComponent(name))
    return [
      /^[a-z]/.test(name)
        ? error(line, `found raw HTML <${name}>; expected Markdown or one of ${ALLOWED}`, 'guide bodies are Markdown: use **bold**, lists, tables and [links](https://…) instead of HTML')
        : error(line, `found the component <${name}>, which is not on the allow-list; expected one of ${ALLOWED}`, 'components are supplied by the site; CONTRIBUTING lists each with an example'),
    ];
  if (node.type === 'mdxJsxTextElement')
    return [error(line, `found <${name}> inside a line of text; expected it on lines of its own`, 'leave a blank line before and after the component')];
  const spec = MDX_COMPONENTS[name];
  const issues: BodyIssue[] = [];
  const props: Record<string, string> = {};
  const declared = Object.keys(spec.props.shape);
  const expectedAttrs = declared.length ? declared.map((a) => `${a}="…"`).join(', ') : 'no attributes';
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      issues.push(error(attr.position?.start.line ?? line, `found a spread {${clip(attr.value, 40)}} on <${name}>; expected ${expectedAttrs}`, 'write each attribute as name="text"'));
      continue;
    }
    if (!declared.includes(attr.name)) {
      issues.push(error(attr.position?.start.line ?? line, `found the attribute ${attr.name} on <${name}>, which it does not take; expected ${expectedAttrs}`));
      continue;
    }
    if (attr.value === null || attr.value === undefined || typeof attr.value !== 'string') {
      const shown = attr.value && typeof attr.value === 'object' ? `${attr.name}={${clip(attr.value.value, 40)}}` : attr.name;
      issues.push(error(attr.position?.start.line ?? line, `found the expression ${shown} on <${name}>; expected ${attr.name}="text"`, 'attribute values are plain text in quotes; nothing is computed'));
      continue;
    }
    props[attr.name] = attr.value;
  }
  if (issues.length) return issues;
  const parsed = spec.props.safeParse(props);
  const seen = new Set<string>();
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      const key = String(i.path[0] ?? '');
      if (seen.has(key)) continue; // the first reason a value is refused is enough
      seen.add(key);
      issues.push(
        key in props
          ? error(line, `found ${key}=${quote(props[key]!)} on <${name}>; expected ${i.message}`)
          : error(line, `found <${name}> without ${key}; expected ${key}="…"`),
      );
    }
  const kids = node.children.filter((c) => !(c.type === 'paragraph' && c.children.every((t) => t.type === 'text' && !t.value.trim())));
  const only = kids.length === 1 ? kids[0] : undefined;
  if (spec.children === 'none' && kids.length)
    issues.push(error(line, `found content inside <${name}>; expected <${name} … /> with nothing inside`));
  if (spec.children === 'ordered-list' && !(only?.type === 'list' && only.ordered))
    issues.push(error(line, `found <${name}> without one numbered list inside; expected a list written 1. 2. 3.`, 'leave blank lines around the list'));
  if (spec.children === 'table' && only?.type !== 'table')
    issues.push(error(line, `found <${name}> without one Markdown table inside; expected | a | b | rows`, 'leave blank lines around the table'));
  for (const c of node.children) {
    const nested = firstComponent(c);
    if (nested)
      issues.push(error(nested.position?.start.line, `found <${nested.name}> inside <${name}>; expected components side by side, not inside each other`));
  }
  return issues;
}

function firstComponent(node: Nodes): MdxJsxFlowElement | MdxJsxTextElement | undefined {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node;
  if ('children' in node) for (const c of node.children as Nodes[]) {
    const found = firstComponent(c);
    if (found) return found;
  }
  return undefined;
}

/** The issues of one MDX-only node (ESM, expression or element); undefined for Markdown nodes. */
export function mdxNodeIssues(node: Nodes): BodyIssue[] | undefined {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'mdxjsEsm': {
      const what = /^\s*import\b/.test(node.value) ? 'an import' : 'an export';
      return [error(line, `found ${what} ${quote(node.value.trim())}; expected no import or export`, `components are supplied by the site: write ${ALLOWED} without importing them`)];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [error(line, `found the expression {${clip(node.value.trim())}}; expected text`, 'nothing in a guide is computed: write the value as text, or a literal brace as \\{')];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementIssues(node);
  }
  return undefined;
}
