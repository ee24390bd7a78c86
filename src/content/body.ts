/**
 * Guide bodies are Markdown, not HTML: one unified pipeline (remark-parse + remark-gfm) parses each body
 * once; the same tree is checked against the policy and rendered. Raw HTML is refused (comments are
 * dropped), links follow the one link policy, images must be on this site, and headings start at `##`
 * without taking an id the page itself uses.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root as Mdast } from 'mdast';
import type { Element, Root as Hast } from 'hast';
import { describeHidden, HIDDEN_CHARS, hrefProblem, isHtmlComment, LINK_EXPECTED } from './policy.ts';
import { isReservedId } from '#src/lib/sections.ts';
import type { BodyFormat } from './files.ts';
import { mdxNodeIssues, mdxParseIssue, mdxTagIssue } from './mdx.ts';

export interface BodyIssue {
  /** 1-based line within the body. */
  line?: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

const parser = unified().use(remarkParse).use(remarkGfm);
// MDX: the same Markdown plus JSX, ESM and expressions as syntax only; ./mdx.ts refuses all but the allow-list.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * How deeply a body may nest, counted on the text before the Markdown parser sees it: the parser
 * recurses once per level, so a few kilobytes of nesting would exhaust the stack or take minutes.
 * Real guides use a handful of levels; the limits leave ample room.
 */
export const BODY_LIMITS = {
  /** Block quote and list markers opening one line (`> - 1. …`). */
  containerMarkers: 8,
  /** Columns of indentation before a line's text (a tab counts to the next multiple of 4). */
  indent: 40,
  /** Runs of emphasis markers (`*`, `_`, `~`) in one paragraph. */
  emphasisRuns: 400,
} as const;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** The first place the body nests deeper than `BODY_LIMITS` allows, as an issue; a single pass over the text. */
export function nestingIssue(markdown: string, limits = BODY_LIMITS): BodyIssue | undefined {
  const lines = markdown.split('\n');
  let runs = 0;
  let paragraphLine = 1;
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      runs = 0;
      paragraphLine = i + 2;
      continue;
    }
    let col = 0;
    let k = 0;
    for (; isSpace(line[k]); k++) col += line[k] === '\t' ? 4 - (col % 4) : 1;
    if (col > limits.indent)
      return { line: i + 1, message: `found a line indented ${col} columns; expected at most ${limits.indent}`, hint: 'deep indentation nests lists or code inside each other; flatten the structure', severity: 'error' };
    if (line.startsWith('```', k) || line.startsWith('~~~', k)) fenced = !fenced;
    if (fenced) continue;
    let markers = 0;
    for (;;) {
      const c = line[k];
      let next = k;
      if (c === '>') next = k + 1;
      else if ((c === '-' || c === '*' || c === '+') && (k + 1 === line.length || isSpace(line[k + 1]))) next = k + 1;
      else if (isDigit(c)) {
        let d = k;
        while (isDigit(line[d]) && d - k < 10) d++;
        if ((line[d] === '.' || line[d] === ')') && (d + 1 === line.length || isSpace(line[d + 1]))) next = d + 1;
      }
      if (next === k) break;
      markers++;
      k = next;
      while (isSpace(line[k])) k++;
    }
    if (markers > limits.containerMarkers)
      return { line: i + 1, message: `found ${markers} quote or list markers opening one line; expected at most ${limits.containerMarkers}`, hint: 'quotes and lists nested this deeply cannot be read; flatten the structure', severity: 'error' };
    for (let p = k; p < line.length; p++) {
      const c = line[p];
      if (c === '\\') p++;
      else if (c === '*' || c === '_' || c === '~') {
        runs++;
        while (line[p + 1] === c) p++;
      }
    }
    if (runs > limits.emphasisRuns)
      return { line: paragraphLine, message: `found a paragraph with more than ${limits.emphasisRuns} runs of emphasis markers (*, _ or ~); expected fewer`, hint: 'emphasis nested or repeated this much cannot be read; split the paragraph or write the markers as \\* and \\_', severity: 'error' };
  }
  return undefined;
}

// GitHub's sanitizer schema, narrowed to the link policy's schemes; ids are ours, not the editor's.
const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: [], cite: ['http', 'https'] },
  attributes: { ...defaultSchema.attributes, h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'] },
};
const renderer = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** An image path on this site: `/…` but not a protocol-relative `//host/…`. */
const isLocalImage = (url: string) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');

/**
 * Parses a body and lists everything that breaks the policy, with lines relative to the body. An MDX body
 * goes through the same rules plus those of ./mdx.ts.
 */
export function checkBody(markdown: string, format: BodyFormat = 'md'): { tree: Mdast; issues: BodyIssue[]; headings: Heading[] } {
  const empty: Mdast = { type: 'root', children: [] };
  const tooDeep = nestingIssue(markdown) ?? (format === 'mdx' ? mdxTagIssue(markdown) : undefined);
  if (tooDeep) return { tree: empty, issues: [tooDeep], headings: [] };
  let tree: Mdast;
  try {
    tree = (format === 'mdx' ? mdxParser : parser).parse(markdown) as Mdast;
  } catch (err) {
    const unparsable = format === 'mdx' ? mdxParseIssue(err) : undefined;
    if (unparsable) return { tree: empty, issues: [unparsable], headings: [] };
    // Defence in depth: the limits above should make this unreachable.
    if (!(err instanceof RangeError)) throw err;
    return { tree: empty, issues: [{ message: 'found Markdown nested too deeply to read; expected a flatter structure', severity: 'error' }], headings: [] };
  }
  const issues: BodyIssue[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    if (!definitions.has(d.identifier)) definitions.set(d.identifier, d.url);
  });
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let lastDepth = 1;
  const hidden = describeHidden(markdown);
  if (hidden) {
    const before = markdown.slice(0, markdown.search(HIDDEN_CHARS));
    issues.push({ line: before.split('\n').length, message: `found ${hidden.replace(/ at character \d+/, '')}; expected visible text only`, hint: 'delete the invisible character (zero-width and text-direction controls can disguise text)', severity: 'error' });
  }
  visit(tree, (node) => {
    const line = node.position?.start.line;
    const mdx = format === 'mdx' ? mdxNodeIssues(node) : undefined;
    if (mdx) {
      issues.push(...mdx);
      return;
    }
    switch (node.type) {
      case 'html':
        if (!isHtmlComment(node.value))
          issues.push({
            line,
            message: `found raw HTML ${JSON.stringify(node.value.trim().slice(0, 50))}; expected Markdown`,
            hint: 'guide bodies are Markdown only: use **bold**, lists, tables and [links](https://…) instead of HTML',
            severity: 'error',
          });
        break;
      case 'link':
      case 'definition': {
        const why = hrefProblem(node.url);
        if (why) issues.push({ line, message: `found ${why} (${JSON.stringify(node.url.slice(0, 60))}); expected ${LINK_EXPECTED}`, severity: 'error' });
        else if (node.type === 'link' && toString(node).trim() === '')
          issues.push({ line, message: 'found a link with no text; expected words a reader can click', severity: 'warning' });
        break;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
        if (url !== undefined && !isLocalImage(url))
          issues.push({ line, message: `found an image from ${JSON.stringify(url.slice(0, 60))}; expected an image stored on this site (a path starting with /)`, hint: 'remote images track readers and are blocked by the site’s security policy; link to the picture instead', severity: 'error' });
        break;
      }
      case 'heading': {
        const text = toString(node);
        const slug = slugger.slug(text);
        if (node.depth === 1)
          issues.push({ line, message: `found a level-1 heading "# ${text}"; expected ## or deeper`, hint: 'the page already has its one title (h1); start body headings at ##', severity: 'error' });
        else if (isReservedId(slug))
          issues.push({ line, message: `found the heading "${text}", whose anchor #${slug} the page already uses; expected a heading with other words`, hint: 'reword the heading, e.g. "More on billing"', severity: 'error' });
        else if (node.depth > lastDepth + 1)
          issues.push({ line, message: `found a level-${node.depth} heading after level ${lastDepth}; expected no skipped levels`, severity: 'warning' });
        lastDepth = node.depth;
        headings.push({ depth: node.depth, slug, text });
        break;
      }
      case 'table': {
        const cols = node.children[0]?.children.length ?? 0;
        node.children.forEach((row, i) => {
          if (i > 0 && row.children.length !== cols)
            issues.push({ line: row.position?.start.line, message: `found a table row with ${row.children.length} cells; expected ${cols}, like the header row`, severity: 'warning' });
        });
        break;
      }
    }
  });
  return { tree, issues, headings };
}

/** Renders a checked tree. Sanitizing again is defence in depth: the checker already refused raw HTML. */
export function renderBody(tree: Mdast, headings: Heading[]): RenderedBody {
  const hast = renderer.runSync(structuredClone(tree)) as Hast;
  let i = 0;
  visit(hast, 'element', (el: Element) => {
    if (/^h[1-6]$/.test(el.tagName)) el.properties = { ...el.properties, id: headings[i++]?.slug };
    // The link and image rules once more, on what is emitted, whatever Markdown construct made it.
    const { href, src } = el.properties;
    if (href !== undefined && (typeof href !== 'string' || hrefProblem(href))) delete el.properties.href;
    if (el.tagName === 'img' && !(typeof src === 'string' && isLocalImage(src))) {
      const alt = String(el.properties.alt ?? '');
      el.tagName = 'span';
      el.properties = {};
      el.children = [{ type: 'text', value: alt }];
    }
  });
  return { html: renderer.stringify(hast), headings };
}
