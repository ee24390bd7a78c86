/**
 * Two to four utilities side by side: one row per compared column, one column per utility, and the rows
 * where they differ marked (in words for screen readers, not only by colour). Dependency-free (but the shared
 * escaper), so the static pair pages and the picker's script render the same table.
 */
import { escapeHtml } from '#src/lib/escape.ts';

export interface SideColumn {
  key: string;
  label: string;
}
export interface SideUtility {
  slug: string;
  name: string;
  /** Cell text and status per column key. */
  cells: Record<string, { text: string; tone?: string }>;
}

const esc = escapeHtml;

/** Keys of the columns on which the chosen utilities do not all agree. */
export const differences = (columns: SideColumn[], utilities: SideUtility[]) =>
  new Set(
    columns
      .filter((c) => new Set(utilities.map((u) => u.cells[c.key]?.text)).size > 1)
      .map((c) => c.key),
  );

export function sideBySideHtml(columns: SideColumn[], utilities: SideUtility[]): string {
  const differ = differences(columns, utilities);
  const head = `<tr><th scope="col">Compared</th>${utilities.map((u) => `<th scope="col"><a href="/utilities/${esc(u.slug)}/">${esc(u.name)}</a></th>`).join('')}</tr>`;
  const rows = columns
    .filter((c) => c.key !== 'utility')
    .map((c) => {
      const d = differ.has(c.key);
      const cells = utilities
        .map((u) => {
          const cell = u.cells[c.key] ?? { text: '' };
          // On a phone the table stacks (class "stack"): each criterion is a card with one labelled line per utility.
          return `<td data-label="${esc(u.name)}">${cell.tone && cell.tone !== 'none' ? `<span class="t-${esc(cell.tone)}">${esc(cell.text)}</span>` : esc(cell.text)}</td>`;
        })
        .join('');
      return `<tr${d ? ' class="differs"' : ''}><th scope="row">${esc(c.label)}${d ? ' <span class="differs-mark">differs</span>' : ''}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="side-by-side stack"><caption class="visually-hidden">${esc(utilities.map((u) => u.name).join(' compared with '))}</caption><thead>${head}</thead><tbody>\n${rows}\n</tbody></table>`;
}
