/**
 * Progressive enhancement of the comparison table: sort by any column, filter by state, ownership,
 * commodity and capability status, the view kept in the URL (shareable, restorable with Back). Without
 * this script the table is complete; with it nothing is fetched.
 */
type View = Record<
  'state' | 'ownership' | 'commodity' | 'cap' | 'status' | 'guides' | 'sort' | 'dir',
  string
>;
const KEYS: (keyof View)[] = [
  'state',
  'ownership',
  'commodity',
  'cap',
  'status',
  'guides',
  'sort',
  'dir',
];

export function enhance(root: Document = document): void {
  const table = root.querySelector<HTMLTableElement>('table.compare');
  const controls = root.querySelector<HTMLElement>('.compare-controls');
  if (!table || !controls) return;
  const tbody = table.tBodies[0];
  const rows = [...tbody.rows];
  const headers = [...table.tHead!.rows[0].cells] as HTMLTableCellElement[];
  const keys = headers.map((h) => h.dataset.key!);
  const count = controls.querySelector<HTMLElement>('[data-count]')!;
  const field = (name: string) =>
    controls.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-filter="${name}"]`)!;

  controls.hidden = false;
  headers.forEach((th) => {
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const v = read();
      const same = v.sort === th.dataset.key;
      write({ ...v, sort: th.dataset.key!, dir: same && v.dir !== 'desc' ? 'desc' : 'asc' }, true);
    });
  });

  function read(): View {
    const p = new URLSearchParams(location.search);
    return Object.fromEntries(KEYS.map((k) => [k, p.get(k) ?? ''])) as View;
  }

  function write(v: View, push: boolean) {
    const p = new URLSearchParams();
    for (const k of KEYS) if (v[k]) p.set(k, v[k]);
    const url = `${location.pathname}${p.size ? `?${p}` : ''}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    apply(v);
  }

  function apply(v: View) {
    (field('state') as HTMLSelectElement).value = v.state;
    (field('ownership') as HTMLSelectElement).value = v.ownership;
    (field('commodity') as HTMLSelectElement).value = v.commodity;
    (field('cap') as HTMLSelectElement).value = v.cap;
    (field('status') as HTMLSelectElement).value = v.status;
    (field('guides') as HTMLInputElement).checked = v.guides === '1';
    const capIndex = keys.indexOf(v.cap);
    let shown = 0;
    for (const r of rows) {
      const ok =
        (!v.state || r.dataset.states!.split(', ').includes(v.state)) &&
        (!v.ownership || r.dataset.ownership === v.ownership) &&
        (!v.commodity || r.dataset.commodities!.split(',').includes(v.commodity)) &&
        (!v.guides || r.hasAttribute('data-guide')) &&
        (!v.status ||
          capIndex < 0 ||
          (v.status === 'reported'
            ? (r.cells[capIndex] as HTMLElement).dataset.evidence === 'reported'
            : (r.cells[capIndex] as HTMLElement).dataset.tone === v.status));
      r.hidden = !ok;
      if (ok) shown++;
    }
    const col = keys.indexOf(v.sort);
    headers.forEach((h, i) =>
      i === col
        ? h.setAttribute('aria-sort', v.dir === 'desc' ? 'descending' : 'ascending')
        : h.removeAttribute('aria-sort'),
    );
    if (col >= 0) {
      const num = (c: HTMLElement) => Number(c.dataset.sort);
      const isNum = rows.every((r) => !Number.isNaN(num(r.cells[col] as HTMLElement)));
      const sign = v.dir === 'desc' ? -1 : 1;
      const sorted = [...rows].sort((a, b) => {
        const x = a.cells[col] as HTMLElement;
        const y = b.cells[col] as HTMLElement;
        const d = isNum
          ? num(x) - num(y)
          : (x.dataset.sort ?? '').localeCompare(y.dataset.sort ?? '');
        return sign * d || a.cells[0].textContent!.localeCompare(b.cells[0].textContent!);
      });
      tbody.append(...sorted);
    }
    count.textContent = `Showing ${shown.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} utilities`;
  }

  controls.addEventListener('change', () => {
    write(
      {
        ...read(),
        state: field('state').value,
        ownership: field('ownership').value,
        commodity: field('commodity').value,
        cap: field('cap').value,
        status: field('status').value,
        guides: (field('guides') as HTMLInputElement).checked ? '1' : '',
      },
      true,
    );
  });
  addEventListener('popstate', () => apply(read()));
  apply(read());
}
