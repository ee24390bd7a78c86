/**
 * View blocks to HTML, in plain TypeScript. A guide page holds hundreds of facts and cells; rendering them
 * through nested Astro components cost most of a 10,000-guide build, so the shapes of views/parts.ts are
 * rendered here, once, with every piece of text escaped and every editor-written Markdown fragment sent
 * through the one inline renderer (and its link policy). Components wrap these functions.
 */
import { NOT_PUBLISHED, SOURCE_KIND } from '#src/schema/enums.ts';
import type { Source } from '#src/schema/utility.ts';
import { formatDate, formatList } from '#src/lib/format.ts';
import { SECONDARY_KINDS } from '#src/schema/evidence.ts';
import { REPORTER_KIND, reportedMark, type Evidence } from './evidence.ts';
import { inlineMarkdown } from '#src/lib/markdown.ts';
import { escapeHtml } from '#src/lib/escape.ts';
import type { TermLinker } from './terms.ts';
import {
  compact,
  showCites,
  sourceAnchor,
  type Block,
  type Cell,
  type CiteRef,
  type Fact,
} from './parts.ts';

/** Escapes text for element content and double-quoted attributes. */
export const esc = escapeHtml;

const attr = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${esc(value)}"`;

export const unknownHtml = () => `<span class="unknown">${NOT_PUBLISHED}</span>`;

export function notPublishedHtml(what: string): string {
  return `<p class="not-published">${unknownHtml()}: no source we read states ${esc(what)}.</p>`;
}

export function cellHtml(c: Cell): string {
  if ('unknown' in c) return unknownHtml();
  if ('parts' in c) return c.parts.map(cellHtml).join(esc(c.sep ?? ', '));
  if ('md' in c) return inlineMarkdown(c.md);
  if ('href' in c) return `<a${attr('href', c.href)}>${esc(c.text)}</a>`;
  return esc(c.text);
}

/**
 * Numbered links to the source list and, when no primary source is among them, the evidence mark
 * "reported by Nectar (commercial guide)": the tier comes from the cited sources' kinds, never from the editor.
 */
export function citesHtml(cite: CiteRef[], evidence?: Evidence): string {
  if (!cite.length) return '';
  const links = cite
    .map(
      (r) =>
        `<a class="cite"${attr('href', `#${sourceAnchor(r.id)}`)} aria-label="Source ${r.n}">[${r.n}]</a>`,
    )
    .join('');
  const mark = evidence
    ? evidence.tier === 'reported'
      ? ` <span class="reported">${esc(reportedMark(evidence))}</span>`
      : ''
    : reportedHtml(cite);
  return `<span class="cites">${links}</span>${mark}`;
}

/** The "reported by …" mark for facts whose every source is secondary; empty otherwise. */
export function reportedHtml(cite: CiteRef[]): string {
  if (!cite.length || !cite.every((r) => SECONDARY_KINDS.includes(r.kind))) return '';
  const names = [...new Set(cite.map((r) => `${r.publisher} (${REPORTER_KIND[r.kind]})`))];
  return ` <span class="reported">reported by ${esc(formatList(names))}</span>`;
}

export function factsHtml(facts: Fact[], className = 'kv'): string {
  const rows = compact(facts).map((f) => {
    const value = `<span class="${f.tone ? `value tone-${f.tone}` : 'value'}">${cellHtml(f.value)}</span>`;
    const note = f.note ? ` <span class="note">${inlineMarkdown(f.note)}</span>` : '';
    return `<div>\n<dt>${esc(f.term)}</dt> <dd>${value}${note} ${showCites(f) ? citesHtml(f.cite) : ''}</dd>\n</div>`;
  });
  return `<dl class="${className}">\n${rows.join('\n')}\n</dl>`;
}

/** A table whose rows become labelled cards on narrow screens; not-published columns summarised per card. */
export function tableHtml(table: Extract<Block, { kind: 'table' }>): string {
  const head = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('\n');
  const rows = table.rows.map((row) => {
    const missing = row.cells.flatMap((c, i) => ('unknown' in c ? [table.columns[i + 1]] : []));
    const collapse = missing.length > 1;
    const sub = (row.sub ?? []).map((s) => `\n<span class="sub">${esc(s)}</span>`).join('');
    const gathered = collapse
      ? `\n<span class="sub stacked-only">${NOT_PUBLISHED}: ${esc(missing.join(', ').toLowerCase())}</span>`
      : '';
    const cells = row.cells
      .map(
        (cell, i) =>
          `<td${attr('data-label', table.columns[i + 1])}${'unknown' in cell && collapse ? ' class="wide-only"' : ''}>${cellHtml(cell)}</td>`,
      )
      .join('\n');
    return `<tr>\n<th scope="row">${cellHtml(row.head)} ${citesHtml(row.cite)}${sub}${gathered}</th>\n${cells}\n</tr>`;
  });
  return `<table class="stack">\n<caption class="visually-hidden">${esc(table.label)}</caption>\n<thead><tr>\n${head}\n</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

const badgeHtml = (b?: { text: string; tone: string }) =>
  b ? ` <span class="badge tone-${b.tone}">${esc(b.text)}</span>` : '';

/** A section's blocks in order. A list or steps title sits under the last heading, or under the section. */
export function blocksHtml(blocks: Block[], level: 3 | 4 = 3, terms?: TermLinker): string {
  const md = (m: string) => (terms ? terms.link(inlineMarkdown(m)) : inlineMarkdown(m));
  let seenHeading = false;
  const out = blocks.map((b) => {
    const t = `h${seenHeading ? level + 1 : level}`;
    switch (b.kind) {
      case 'facts':
        return factsHtml(b.facts);
      case 'text':
        return `<p>${md(b.md)} ${citesHtml(b.cite)}</p>`;
      case 'heading':
        seenHeading = true;
        return `<h${level}${attr('id', b.id)}>${esc(b.text)}${badgeHtml(b.badge)}</h${level}>`;
      case 'steps': {
        const title = b.title ? `<${t}${attr('id', b.id)}>${esc(b.title)}</${t}>\n` : '';
        const items = b.steps.map((s) => `<li>${md(s)}</li>`).join('\n');
        const cites = b.cite.length
          ? `\n<p class="step-cites">Steps from ${citesHtml(b.cite)}</p>`
          : '';
        return `${title}<ol class="steps"${b.title ? '' : attr('id', b.id)}>\n${items}\n</ol>${cites}`;
      }
      case 'list': {
        const title = b.title ? `<${t}>${esc(b.title)}</${t}>\n` : '';
        return `${title}<ul>\n${b.items.map((i) => `<li>${md(i.md)} ${citesHtml(i.cite)}</li>`).join('\n')}\n</ul>`;
      }
      case 'table':
        return tableHtml(b);
      case 'unknown':
        return notPublishedHtml(b.what);
      case 'conflict': {
        // One short line beside the facts: every claim with its sources, none picked silently.
        const claims = b.claims
          .map((c) => `${inlineMarkdown(c.md).replace(/[.\s]+$/, '')} ${citesHtml(c.cite)}`)
          .join('; ');
        const note = b.note ? ` <span class="note">${inlineMarkdown(b.note)}</span>` : '';
        return `<p class="differ"><strong>Sources differ on ${esc(b.topic.charAt(0).toLowerCase() + b.topic.slice(1))}:</strong> ${claims}.${note}</p>`;
      }
      case 'link':
        return `<p><a${attr('href', b.href)}>${esc(b.text)}</a></p>`;
      case 'details':
        return `<details class="group"${attr('id', b.id)}>\n<summary><span class="summary-text">${esc(b.summary)}</span>${badgeHtml(b.badge)}</summary>\n${blocksHtml(b.blocks, 4, terms)}\n</details>`;
    }
  });
  return `${out.join('\n')}\n`;
}

/** The numbered source list that citations link to: title, publisher, kind, own date, date read. */
export function sourcesHtml(sources: Source[]): string {
  const items = sources.map((s) => {
    const title = s.url ? `<a${attr('href', s.url)}>${esc(s.title)}</a>` : esc(s.title);
    const dated = s.published ? `Dated ${formatDate(s.published)}. ` : '';
    const note = s.note ? ` <span class="muted">${inlineMarkdown(s.note)}</span>` : '';
    return `<li${attr('id', sourceAnchor(s.id))}>${title}${s.publisher ? `, ${esc(s.publisher)}` : ''}. <span class="kind kind-${s.kind}">${SOURCE_KIND[s.kind]}</span> <span class="muted">${dated}Read <time datetime="${s.accessed}">${formatDate(s.accessed)}</time>.</span>${note}</li>`;
  });
  return `<ol class="sources">\n${items.join('\n')}\n</ol>`;
}
