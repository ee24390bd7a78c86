/**
 * One escaping function per output format, applied where text is written into that format. Editor text
 * is already checked on the way in (no markup, no control or invisible characters); these make every
 * generated file valid and inert even if a check were missed.
 */

/** HTML text and attribute values. */
export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text XML can carry, for any XML output; markup characters are left to the XML writer. */
export const xmlSafe = (s: string) => s.replace(NOT_XML, '');

/** Text for an Atom `type="html"` element: XML-safe, and HTML-escaped so readers show it as text. */
export const feedText = (s: string) => escapeHtml(xmlSafe(s));

/** Starts that spreadsheets read as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, which may start with a sign and is not a formula. */
const NUMBER = /^[+-]?\d[\d,]*(\.\d+)?%?$/;

/**
 * One CSV field (RFC 4180): a text that a spreadsheet would run as a formula gets a leading apostrophe,
 * then the field is quoted when it holds a comma, quote or line break.
 */
export function csvField(value: string): string {
  const v = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Plain text inside a line of Markdown (link text, list items): one line, with the characters that
 * would start links, images, emphasis, code or HTML backslash-escaped.
 */
export const markdownText = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]()<>!|~]/g, '\\$&');
