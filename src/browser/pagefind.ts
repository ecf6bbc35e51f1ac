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
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  });
  return loading;
}
