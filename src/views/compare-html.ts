/** The comparison table as HTML: sort keys and statuses ride on data attributes for the script. */
import type { COLUMNS, CompareRow } from './compare.ts';
import { esc } from './html.ts';

export function compareTableHtml(rows: CompareRow[], columns: typeof COLUMNS): string {
  const head = columns
    .map((c, i) => `<th scope="col" data-key="${c.key}"${i === 0 ? '' : ''}>${esc(c.label)}</th>`)
    .join('\n');
  const body = rows
    .map((r) => {
      const cells = columns
        .map((c, i) => {
          const cell = r.cells[c.key];
          const attrs = `data-sort="${esc(String(cell.sort))}"${cell.tone ? ` data-tone="${cell.tone}"` : ''}${cell.evidence ? ` data-evidence="${cell.evidence}"` : ''}`;
          if (i === 0)
            return `<th scope="row" ${attrs}><a href="/utilities/${r.slug}/">${esc(cell.text)}</a></th>`;
          const text =
            cell.tone && cell.tone !== 'none'
              ? `<span class="t-${cell.tone}">${esc(cell.text)}</span>`
              : esc(cell.text);
          const mark =
            cell.evidence === 'reported'
              ? ` <span class="reported">reported by ${esc(cell.reportedBy ?? '')}</span>`
              : '';
          return `<td data-col="${c.key}" ${attrs}>${text}${mark}</td>`;
        })
        // A line break between cells keeps their text apart for search indexing, copy and reader modes.
        .join('\n');
      return `<tr data-states="${esc(r.cells.states.text)}" data-ownership="${esc(String(r.cells.ownership.sort))}" data-commodities="${esc(r.commodities.join(','))}"${r.guide ? ' data-guide' : ''}>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="compare"><caption class="visually-hidden">Utilities compared</caption>\n<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
