/**
 * The only script on most pages, about a kilobyte: "/" focuses the header search box, and focusing it (or
 * opening /search/, or arriving from a result with ?highlight=) loads the search code and Pagefind's index,
 * not before.
 */
let loading: Promise<typeof import('./search-ui.ts')> | undefined;
const ui = () => (loading ??= import('./search-ui.ts'));

export function installSearch(): void {
  const input = document.querySelector<HTMLInputElement>('#site-search');
  if (!input) return;
  input.addEventListener('focus', () => void ui().then((m) => m.attachBox(input)), { once: true });
  addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (
      e.key !== '/' ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      target.closest('input, textarea, select, [contenteditable]')
    )
      return;
    e.preventDefault();
    input.focus();
  });
  if (new URLSearchParams(location.search).has('highlight')) void ui().then((m) => m.highlight());
  if (document.querySelector('[data-search-page]')) void ui().then((m) => m.searchPage());
}
