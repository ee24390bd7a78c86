/**
 * The one HTML and link policy for everything an editor writes: frontmatter text rendered as inline
 * Markdown, and guide bodies. The validator rejects what breaks it (with file and field); the renderers
 * apply it again, so a slip in one place cannot put script on a page.
 */

/** Schemes a reader's click may follow. Everything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/**
 * Why `href` is not allowed, or undefined when it is. Allowed: the schemes above, site-relative paths
 * (`/utilities/…`) and same-page anchors (`#…`). Browsers ignore control characters and whitespace
 * inside a scheme, so they are removed before the scheme is read.
 */
export function hrefProblem(href: string): string | undefined {
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned === '') return 'an empty link target';
  if (cleaned.startsWith('#')) return undefined;
  if (cleaned.startsWith('//') || cleaned.startsWith('\\\\') || cleaned.startsWith('/\\')) return 'a protocol-relative link (starting with //)';
  if (cleaned.startsWith('/')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (!scheme) return 'a relative link that does not start with /';
  if ((ALLOWED_SCHEMES as readonly string[]).includes(`${scheme.toLowerCase()}:`)) return undefined;
  return `a ${scheme.toLowerCase()}: link`;
}

export const LINK_EXPECTED = 'a link starting with https://, http://, mailto:, tel:, / (a page on this site) or # (a section)';

/**
 * Zero-width and bidirectional-control characters, and control characters other than tab and line breaks:
 * invisible, they can disguise text and file names, and control characters make XML and CSV invalid.
 */
export const HIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/u;

/** "U+200B at character 12", for messages about hidden characters. */
export function describeHidden(s: string): string | undefined {
  const m = HIDDEN_CHARS.exec(s);
  if (!m) return undefined;
  return `an invisible character U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at character ${m.index + 1}`;
}

/** Raw HTML editors may not write, in frontmatter or bodies: all of it, except comments (dropped). */
export const isHtmlComment = (html: string) => /^\s*<!--[\s\S]*-->\s*$/.test(html);

/** Hosts that copy documents from their publishers; cite the publisher instead. */
export const MIRROR_HOSTS = [
  'studylib.net', 'docslib.org', 'vdocuments.net', 'vdocuments.mx', 'vdocument.in', 'dokumen.tips', 'fdocuments.net',
  'fdocuments.in', 'fdocuments.us', 'pdfslide.net', 'documents.pub', 'scribd.com', 'yumpu.com', 'issuu.com',
  'pdf4pro.com', 'silo.tips', 'docplayer.net', 'kipdf.com', 'studylib.es', 'doczz.net', 'coursehero.com',
];

/** A label that marks a test, staging or QA copy of a site. */
const TEST_LABEL = /^(tst|test|staging|stage|dev|qa|uat|preprod|sandbox)(-|\d*$)/;

/**
 * A test or staging host: a subdomain label anywhere before the site's own name marks it (qa.example.com,
 * www.qa.example.com, gp.qa.example.com, test-portal.example.com), or a reserved top-level domain.
 */
function testHost(host: string): boolean {
  if (/\.(local|test|invalid|localhost)$/.test(host)) return true;
  return host.split('.').slice(0, -2).some((label) => TEST_LABEL.test(label));
}

/** Why a source URL is suspect (mirror, test host, plain http), or undefined. */
export function sourceUrlWarning(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  const mirror = MIRROR_HOSTS.find((m) => host === m || host.endsWith(`.${m}`));
  if (mirror) return `found a document-mirror host (${mirror}); expected the original publisher's own page`;
  if (testHost(host))
    return `found a test or staging host (${host}); expected the publisher's live site`;
  if (u.protocol === 'http:') return 'found an http:// address; expected https:// where the publisher serves it';
  return undefined;
}
