/** The 2–4 utility picker: loads the compact rows once, keeps the choice in ?u=, renders side by side. */
import { sideBySideHtml, type SideColumn } from '#src/views/side-by-side.ts';

type Row = [slug: string, name: string, cells: [text: string, tone: string][]];

export async function picker(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-picker]');
  if (!root) return;
  root.hidden = false;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const result = root.querySelector<HTMLElement>('[data-result]')!;
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-pick]')];
  const list = root.querySelector<HTMLDataListElement>('#utility-names')!;
  const data = (await (await fetch('/compare/rows.json')).json()) as {
    columns: SideColumn[];
    rows: Row[];
  };
  const bySlug = new Map(data.rows.map((r) => [r[0], r]));
  const byLabel = new Map(data.rows.map((r) => [`${r[1]} (${r[2][2][0]})`, r]));
  list.append(
    ...data.rows.map((r) =>
      Object.assign(document.createElement('option'), { value: `${r[1]} (${r[2][2][0]})` }),
    ),
  );

  const chosen = () =>
    inputs.map((i) => byLabel.get(i.value.trim())).filter((r): r is Row => Boolean(r));
  const label = (r: Row) => `${r[1]} (${r[2][2][0]})`;

  function render(push: boolean) {
    const rows = chosen();
    const slugs = rows.map((r) => r[0]);
    const url = `${location.pathname}${slugs.length ? `?u=${slugs.join(',')}` : ''}`;
    if (push) history.pushState(null, '', url);
    if (rows.length < 2) {
      status.textContent = `${data.rows.length.toLocaleString('en-US')} utilities to choose from. Pick at least two.`;
      result.replaceChildren();
      return;
    }
    status.textContent = `Comparing ${rows.length} utilities.`;
    const utilities = rows.map((r) => ({
      slug: r[0],
      name: r[1],
      cells: Object.fromEntries(
        data.columns.map((c, i) => [c.key, { text: r[2][i][0], tone: r[2][i][1] }]),
      ),
    }));
    result.innerHTML = `<div class="table-wrap" role="region" aria-label="Side-by-side comparison" tabindex="0">${sideBySideHtml(data.columns, utilities)}</div>`;
  }

  function restore() {
    const slugs = new URLSearchParams(location.search).get('u')?.split(',') ?? [];
    inputs.forEach((i, n) => {
      const r = bySlug.get(slugs[n]);
      i.value = r ? label(r) : '';
    });
    render(false);
  }

  inputs.forEach((i) => i.addEventListener('change', () => render(true)));
  addEventListener('popstate', restore);
  restore();
}
