/**
 * Renders the short text fields (steps, answers, notes) as inline Markdown, so editors can write links,
 * and turns bare URLs, email addresses and US phone numbers into clickable links. Raw HTML is escaped:
 * guides are written by many hands and must not inject markup.
 */
import { Marked } from 'marked';
import { telHref } from './format.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

// (865) 453-2887, 865-453-2887, 865.453.2887, 1-800-555-0100 — not inside longer digit runs or existing links.
export const PHONE_IN_TEXT = /(?<![\d\w/(-])(?:\+?1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d])/g;

/** Wraps phone numbers outside Markdown links and code in `[number](tel:…)`. */
export function linkPhones(text: string): string {
  // Leave existing [text](url) links and `code` alone.
  return text
    .split(/(\[[^\]]*\]\([^)]*\)|`[^`]*`)/g)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PHONE_IN_TEXT, (m) => `[${m}](${telHref(m)})`)))
    .join('');
}

export function inlineMarkdown(text: string): string {
  return marked.parseInline(linkPhones(text)) as string;
}

/** Plain text for JSON-LD and meta tags: Markdown links become "text (url)". */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => (label === href ? label : `${label} (${href})`))
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
