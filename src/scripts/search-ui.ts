/**
 * Site search over Pagefind's JavaScript API, loaded on demand: a combobox in the header with a listbox
 * of results, the /search/ page with filters and sorting kept in the URL, and highlighting of the terms on
 * the page a result leads to. Pagefind's index is WebAssembly; the page policy allows 'wasm-unsafe-eval'.
 */
import { RESERVED_ID_PREFIXES } from '#src/lib/page-ids.ts';

import { PAGEFIND_OPTIONS } from '#src/lib/search-options.ts';
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] } | null>;
  debouncedSearch?: unknown;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const BUNDLE = '/pagefind/';
/** Results the header box shows (each loads one fragment): the first query's weight depends on it. */
const HEADER_RESULTS = 5;
let pagefind: Promise<Pagefind | undefined> | undefined;

/** Pagefind's own module, from the built site; undefined when there is no index (e.g. `npm run dev`). */
function load(): Promise<Pagefind | undefined> {
  pagefind ??= (async () => {
    try {
      const url = `${BUNDLE}pagefind.js`;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options(PAGEFIND_OPTIONS);
      return pf;
    } catch {
      return undefined;
    }
  })();
  return pagefind;
}

const NO_INDEX =
  'Search works on the built site: run npm run build, then npm run preview. In npm run dev the search index does not exist yet.';

/** Pagefind's excerpt marks hits with <mark>; everything else is shown as text. */
function excerptHtml(excerpt: string): string {
  const text = excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
  return text.replace(/&(?!(amp|lt|gt|quot|#39);)/g, '&amp;').replace(/<(?!\/?mark>)/g, '&lt;');
}

/** A result: an option of the header listbox (no link inside: the option itself is chosen), or a list item with a link. */
function resultItem(r: PagefindResult, id: string, asOption: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  if (asOption) li.setAttribute('role', 'option');
  li.dataset.url = r.url;
  const title = document.createElement(asOption ? 'span' : 'a');
  if (title instanceof HTMLAnchorElement) title.href = r.url;
  title.className = 'result-title';
  title.textContent = r.meta.title ?? r.url;
  const facts = document.createElement('span');
  facts.className = 'result-facts';
  facts.textContent = [r.meta.state, r.meta.ownership, r.meta.kind].filter(Boolean).join(' · ');
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  excerpt.innerHTML = excerptHtml(r.excerpt);
  li.append(title, facts, excerpt);
  return li;
}

/** The header combobox. */
export async function attachBox(input: HTMLInputElement): Promise<void> {
  const form = input.closest<HTMLFormElement>('[data-search-form]')!;
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  let active = -1;
  let seq = 0;
  let retries = 0;
  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const open = (yes: boolean) => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) input.removeAttribute('aria-activedescendant');
  };
  const select = (i: number) => {
    const opts = options();
    active = opts.length ? (i + opts.length) % opts.length : -1;
    opts.forEach((o, n) => o.setAttribute('aria-selected', String(n === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', opts[active].id);
      opts[active].scrollIntoView({ block: 'nearest' });
    }
  };

  async function run() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) return open(false);
    const pf = await load();
    if (mine !== seq) return;
    open(true);
    if (!pf) {
      status.textContent = NO_INDEX;
      list.replaceChildren();
      return;
    }
    let found: Awaited<ReturnType<Pagefind['search']>>;
    let results: PagefindResult[];
    try {
      found = await pf.search(q);
      // Each result costs a fragment download; five fit a phone screen, and "see all results" has the rest.
      results = await Promise.all(
        (found?.results ?? []).slice(0, HEADER_RESULTS).map((r) => r.data()),
      );
    } catch {
      // A fragment that failed to load (or a search cut short) must not leave older results up: ask again.
      if (mine === seq && retries++ < 2) setTimeout(run, 150);
      return;
    }
    if (mine !== seq) return;
    retries = 0;
    // Typed on while this search ran, with no newer search under way: search for what is there now.
    if (input.value.trim() !== q) return void run();
    list.replaceChildren(
      ...results.map((r, i) => resultItem(r, `${RESERVED_ID_PREFIXES.searchOption}${i}`, true)),
    );
    active = -1;
    status.textContent = results.length
      ? `${found!.results.length} result${found!.results.length === 1 ? '' : 's'}; tap one, or choose with the arrow keys and Enter.`
      : `No results for “${q}”. Try the utility’s short name, its state, or a word such as “interval”.`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') (e.preventDefault(), popup.hidden ? void run() : select(active + 1));
    else if (e.key === 'ArrowUp') (e.preventDefault(), select(active - 1));
    else if (e.key === 'Escape')
      (e.preventDefault(), popup.hidden ? (input.value = '') : open(false));
    else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options()[active].dataset.url!;
    }
  });
  list.addEventListener('click', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLLIElement>('[role="option"]');
    if (li) location.href = li.dataset.url!;
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) open(false);
  });
  if (input.value.trim()) void run();
  // Warm the index as soon as the reader shows interest.
  void load();
}

const FILTERS = [
  ['state', 'State'],
  ['ownership', 'Ownership'],
  ['commodity', 'Commodity'],
  ['green-button', 'Green Button Connect'],
  ['api', 'API'],
  ['edi', 'EDI'],
  ['platform', 'Portal platform'],
  ['kind', 'Page type'],
] as const;

/** The /search/ page: query, filters and sort in the URL; results rendered as a list. */
export async function searchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const q = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facets = root.querySelector<HTMLElement>('[data-facets]')!;
  const out = root.querySelector<HTMLOListElement>('[data-results]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const pf = await load();
  if (!pf) {
    status.textContent = NO_INDEX;
    return;
  }
  const available = await pf.filters();
  const selects = new Map<string, HTMLSelectElement>();
  for (const [key, label] of FILTERS) {
    const values = Object.keys(available[key] ?? {}).sort();
    if (!values.length) continue;
    const wrap = document.createElement('div');
    const l = document.createElement('label');
    l.htmlFor = `filter-${key}`;
    l.textContent = label;
    const s = document.createElement('select');
    s.id = `filter-${key}`;
    s.name = key;
    s.append(
      new Option('Any', ''),
      ...values.map((v) => new Option(`${v} (${available[key][v]})`, v)),
    );
    wrap.append(l, s);
    facets.append(wrap);
    selects.set(key, s);
  }
  // Filters stay folded until asked for, or open when the link already sets one; the summary counts them.
  const fold = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const count = root.querySelector<HTMLElement>('[data-filter-count]')!;
  const showCount = () => {
    const n = [...selects.values()].filter((s) => s.value).length;
    count.textContent = n ? `(${n} set)` : '';
    return n;
  };
  fold.hidden = false;

  const fromUrl = () => {
    const p = new URLSearchParams(location.search);
    q.value = p.get('q') ?? '';
    sort.value = p.get('sort') ?? '';
    for (const [k, s] of selects) s.value = p.get(k) ?? '';
    if (showCount()) fold.open = true;
  };
  const toUrl = () => {
    const p = new URLSearchParams();
    if (q.value.trim()) p.set('q', q.value.trim());
    for (const [k, s] of selects) if (s.value) p.set(k, s.value);
    if (sort.value) p.set('sort', sort.value);
    showCount();
    history.pushState(null, '', `${location.pathname}?${p}`);
  };
  async function render() {
    const filters = Object.fromEntries(
      [...selects].filter(([, s]) => s.value).map(([k, s]) => [k, s.value]),
    );
    const term = q.value.trim() || null;
    if (!term && !Object.keys(filters).length) {
      status.textContent = 'Type a utility, a state or a topic, or pick a filter.';
      out.replaceChildren();
      return;
    }
    const order: Record<string, 'asc' | 'desc'> | undefined =
      sort.value === 'customers'
        ? { customers: 'desc' }
        : sort.value === 'name'
          ? { name: 'asc' }
          : undefined;
    const found = await pf!.search(term, { filters, sort: order });
    const results = await Promise.all((found?.results ?? []).slice(0, 50).map((r) => r.data()));
    out.replaceChildren(...results.map((r, i) => resultItem(r, `result-${i}`, false)));
    status.textContent = results.length
      ? `${found!.results.length} result${found!.results.length === 1 ? '' : 's'}${found!.results.length > 50 ? '; showing the first 50' : ''}.`
      : `No results${term ? ` for “${term}”` : ''}. Try fewer words, a utility’s short name (such as ComEd), or browse all utilities by state.`;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    toUrl();
    void render();
  });
  form.addEventListener('change', () => {
    toUrl();
    void render();
  });
  addEventListener('popstate', () => {
    fromUrl();
    void render();
  });
  fromUrl();
  await render();
}

/** Marks the search terms on a page reached from a result (?highlight=…). */
export async function highlight(): Promise<void> {
  try {
    const url = `${BUNDLE}pagefind-highlight.js`;
    const mod = (await import(/* @vite-ignore */ url)) as {
      default: new (o: Record<string, unknown>) => unknown;
    };
    // addStyles: false — Pagefind would inject a <style> element, which the CSP blocks; global.css styles mark.
    new mod.default({ highlightParam: 'highlight', addStyles: false });
  } catch {
    // No index (dev): nothing to highlight with.
  }
}
