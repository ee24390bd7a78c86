/**
 * Inline Markdown for short fields (steps, answers, notes): editors may write links, and bare URLs, email
 * addresses and US phone numbers become links. Everything goes through the one link policy
 * (`content/policy.ts`): the validator rejects what breaks it, and this renderer drops it again rather than
 * trust the validator. Raw HTML and images are never rendered here.
 */
import { Marked, type Tokens } from 'marked';
import { decodeHTML } from 'entities';
import { hrefProblem, isHtmlComment, LINK_EXPECTED } from '#src/content/policy.ts';
import { telHref } from './format.ts';
import { escapeHtml } from './escape.ts';

/** A link target as the browser will read it: entities decoded. */
const decodedHref = (href: string) => decodeHTML(href).trim();

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => (isHtmlComment(text) ? '' : escapeHtml(text)),
    image: ({ text }) => escapeHtml(text),
    link(this: { parser: { parseInline: (t: Tokens.Generic[]) => string } }, token: Tokens.Link) {
      const inner = this.parser.parseInline(token.tokens);
      const href = decodedHref(token.href);
      if (hrefProblem(href)) return inner;
      return `<a href="${escapeHtml(href)}">${inner}</a>`;
    },
  },
});

// (865) 453-2887, 865-453-2887, 865.453.2887, 1-800-555-0100 — not inside longer digit runs or existing links.
export const PHONE_IN_TEXT =
  /(?<![\d\w/(-])(?:\+?1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d])/g;

/** Wraps phone numbers outside Markdown links and code in `[number](tel:…)`. */
export function linkPhones(text: string): string {
  return text
    .split(/(\[[^\]]*\]\([^)]*\)|`[^`]*`)/g)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(PHONE_IN_TEXT, (m) => `[${m}](${telHref(m)})`),
    )
    .join('');
}

// Text without any of these needs no Markdown parsing: escaping it is the whole job (most fields).
const NEEDS_MARKDOWN = /[[\]*_`<>&\\~]|https?:|www\.|@|\d{3}[ .)-]\d{3}/;

export function inlineMarkdown(text: string): string {
  if (!NEEDS_MARKDOWN.test(text)) return escapeHtml(text);
  return marked.parseInline(linkPhones(text)) as string;
}

/** Problems the policy finds in one field's inline Markdown: links, images, raw HTML. */
export function inlineProblems(text: string): { message: string; hint?: string }[] {
  if (!/[[<]/.test(text)) return [];
  const problems: { message: string; hint?: string }[] = [];
  const tokens = marked.lexer(text);
  const checkLink = (href: string) => {
    const why = hrefProblem(decodedHref(href));
    if (why)
      problems.push({
        message: `found ${why} (${JSON.stringify(href.slice(0, 60))}); expected ${LINK_EXPECTED}`,
      });
  };
  for (const def of Object.values(tokens.links ?? {})) checkLink(def.href);
  marked.walkTokens(tokens, (t) => {
    if (t.type === 'link') checkLink((t as Tokens.Link).href);
    else if (t.type === 'image')
      problems.push({
        message: `found an image (${JSON.stringify((t as Tokens.Image).href.slice(0, 60))}); expected text and links only`,
        hint: 'short fields cannot show images; link to the picture instead',
      });
    else if (t.type === 'html' && !isHtmlComment((t as Tokens.HTML).text))
      problems.push({
        message: `found raw HTML ${JSON.stringify((t as Tokens.HTML).text.trim().slice(0, 40))}; expected plain text or Markdown`,
        hint: 'write Markdown instead of HTML; to show a literal < put a space after it or write it as \\<',
      });
  });
  return problems;
}

/** Plain text for JSON-LD and meta tags: Markdown links become "text (url)". */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) =>
      label === href ? label : `${label} (${href})`,
    )
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
