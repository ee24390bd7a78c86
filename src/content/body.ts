/**
 * Guide bodies are Markdown, not HTML: one unified pipeline (remark-parse + remark-gfm) parses each body
 * once; the same tree is checked against the policy and rendered. Raw HTML is refused (comments are
 * dropped), links follow the one link policy, images must be on this site, and headings start at `##`
 * without taking an id the page itself uses.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root as Mdast } from 'mdast';
import type { Element, Root as Hast } from 'hast';
import { describeHidden, hrefProblem, isHtmlComment, LINK_EXPECTED } from './policy.ts';
import { RESERVED_IDS } from '#src/lib/sections.ts';

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

// GitHub's sanitizer schema, narrowed to the link policy's schemes; ids are ours, not the editor's.
const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: [], cite: ['http', 'https'] },
  attributes: { ...defaultSchema.attributes, h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'] },
};
const renderer = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Parses a body and lists everything that breaks the policy, with lines relative to the body. */
export function checkBody(markdown: string): { tree: Mdast; issues: BodyIssue[]; headings: Heading[] } {
  const tree = parser.parse(markdown) as Mdast;
  const issues: BodyIssue[] = [];
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let lastDepth = 1;
  const hidden = describeHidden(markdown);
  if (hidden) {
    const before = markdown.slice(0, markdown.search(/[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/u));
    issues.push({ line: before.split('\n').length, message: `found ${hidden.replace(/ at character \d+/, '')}; expected visible text only`, hint: 'delete the invisible character (zero-width and text-direction controls can disguise text)', severity: 'error' });
  }
  visit(tree, (node) => {
    const line = node.position?.start.line;
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
        if (!node.url.startsWith('/') || node.url.startsWith('//'))
          issues.push({ line, message: `found an image from ${JSON.stringify(node.url.slice(0, 60))}; expected an image stored on this site (a path starting with /)`, hint: 'remote images track readers and are blocked by the site’s security policy; link to the picture instead', severity: 'error' });
        break;
      case 'heading': {
        const text = toString(node);
        const slug = slugger.slug(text);
        if (node.depth === 1)
          issues.push({ line, message: `found a level-1 heading "# ${text}"; expected ## or deeper`, hint: 'the page already has its one title (h1); start body headings at ##', severity: 'error' });
        else if (RESERVED_IDS.has(slug))
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
  });
  return { html: renderer.stringify(hast), headings };
}
