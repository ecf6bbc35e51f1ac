import { searchKey } from '../lib/search-keys.ts';

/**
 * Loads the pagefind bundle the build wrote to /pagefind/, once, on first use, so pages
 * that never search never download it.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
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


/** The query's words, folded to lower case: "G Suite" → ["g", "suite"]. */
function queryWords(query: string): string[] {
  return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether every word of the query starts a word of the result. pagefind also matches the
 * parts of compound names ("NetSuite" is indexed as "net" and "suite" too), which sends
 * "G Suite" to an ERP; readers mean whole words, or their beginnings ("deprovision" for
 * "deprovisioning").
 */
export function matchesWholeWords(data: PagefindResultData, query: string): boolean {
  const text = `${data.meta.title ?? ''} ${data.content ?? ''}`.toLowerCase();
  return queryWords(query).every((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text));
}

/**
 * pagefind's results for a query as readers mean it:
 *  - the pages whose own name (or former name, or short form) is exactly the query come
 *    first: "Azure AD" opens on Microsoft Entra ID;
 *  - results that match only inside a word are dropped.
 * Each page carries its names' keys as result metadata, so this costs nothing beyond the
 * `window` results the caller shows anyway; names are weighted heavily in the index, so
 * the page a query names is among them. Results past the window are checked by the caller
 * with matchesWholeWords as it shows them.
 */
export async function searchWithExactNames(
  pagefind: Pagefind,
  query: string | null,
  options: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> } = {},
  window = 10,
): Promise<PagefindSearch | null> {
  const search = await pagefind.search(query, options);
  if (!search || !query) return search;
  const key = searchKey(query);
  const head = search.results.slice(0, window);
  const data = await Promise.all(head.map((result) => result.data()));
  // An IdP's own page comes before an app of the same name, and a part of the site before a guide.
  const rank = (url: string) => (url.startsWith('/idps/') ? 0 : url.startsWith('/apps/') ? 2 : 1);
  const checked = head.map((result, index) => ({ result, data: data[index]!, named: (data[index]!.meta.keys ?? '').split(' ').includes(key) }));
  const named = options.sort ? [] : checked.filter((entry) => entry.named).sort((a, b) => rank(a.data.url) - rank(b.data.url));
  const rest = checked.filter((entry) => !named.includes(entry) && matchesWholeWords(entry.data, query));
  return { ...search, results: [...named, ...rest].map((entry) => entry.result).concat(search.results.slice(window)) };
}
