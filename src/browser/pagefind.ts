import { searchKey } from '../lib/search-keys.ts';

/**
 * Loads the pagefind bundle the build wrote to /pagefind/, once, on first use, so pages
 * that never search never download it.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export type PagefindFilters = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilters;
  totalFilters: PagefindFilters;
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  debouncedSearch(term: string, options?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<PagefindFilters>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  // The path is only known at run time: the bundle is written after Vite has finished.
  const url = '/pagefind/pagefind.js';
  loading ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // Long guides and pages that merely mention a name must not outrank the page that is
    // about it: a weak length penalty, and repeated mentions count for little next to the
    // weighted names each guide and IdP page carries.
    await module.options({ excerptLength: 24, ranking: { pageLength: 0.2, termFrequency: 0.3, termSimilarity: 3 } });
    await module.init();
    return module;
  });
  return loading;
}


/**
 * pagefind's results for a query, with the pages whose own name (or former name, or short
 * form) is exactly the query moved to the top: "Azure AD" opens on Microsoft Entra ID.
 */
export async function searchWithExactNames(
  pagefind: Pagefind,
  query: string | null,
  options: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> } = {},
): Promise<PagefindSearch | null> {
  const key = query ? searchKey(query) : '';
  const [search, exact] = await Promise.all([
    pagefind.search(query, options),
    key && !options.sort ? pagefind.search(null, { filters: { ...(options.filters ?? {}), key } }) : Promise.resolve(null),
  ]);
  if (!search || !exact?.results.length) return search;
  // An IdP's own page comes before an app of the same name, and a part of the site before a guide.
  const rank = (url: string) => (url.startsWith('/idps/') ? 0 : url.startsWith('/apps/') ? 2 : 1);
  const named = await Promise.all(exact.results.slice(0, 5).map(async (result) => ({ result, rank: rank((await result.data()).url) })));
  const ordered = named.sort((a, b) => a.rank - b.rank).map(({ result }) => result);
  const first = new Set(ordered.map((result) => result.id));
  return { ...search, results: [...ordered, ...search.results.filter((result) => !first.has(result.id))] };
}
