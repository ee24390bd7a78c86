/**
 * What the search index holds, and the count the build checks: each page that asks to be indexed
 * registers here as it renders; after the build, Pagefind must report exactly that many pages.
 */
export interface SearchEntry {
  /** Page type, a filter and shown in results: Guide, Utility (no guide yet), State, FAQ, … */
  kind: string;
  filters?: Record<string, string[]>;
  meta?: Record<string, string>;
  sort?: Record<string, string>;
}

const registry = ((globalThis as { __udgIndexed?: Set<string> }).__udgIndexed ??=
  new Set<string>());

export const registerIndexed = (path: string) => void registry.add(path);
export const indexedPages = () => registry;
