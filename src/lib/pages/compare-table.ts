/**
 * The comparison table: every app in one sortable, filterable table. At a thousand apps
 * one page of every row is too heavy to open (Lighthouse measured 13,700 elements and
 * half a second of blocking time at 854 apps), so the table is paged by name: /compare/
 * is the first page, /compare/page/N/ the others, and /compare/all/ the whole table for
 * readers and crawlers who want it. With JavaScript, a filter or a sort on any page works
 * over every app (the island reads the rows of /compare/all/).
 */
import type { Catalog } from '../../catalog/catalog.ts';
import { compareAllHref, comparePageHref } from '../links.ts';
import type { Crumb } from './guide.ts';
import type { ComparisonRow } from '../comparison-rows.ts';

/** Rows a page of the table shows, and the most the island shows at once. */
export const COMPARE_PAGE_SIZE = 100;

export interface ComparePagerLink {
  number: number;
  href: string;
  /** The first and last app names on the page, so a reader can jump by letter. */
  label: string;
  current: boolean;
}

export interface CompareTablePage {
  title: string;
  heading: string;
  description: string;
  crumbs: Crumb[];
  /** What the intro says about paging, after the counts. */
  pagingNote: string;
  /** Whether this page holds every row, so the island need not fetch the full table. */
  complete: boolean;
  /** The first page carries the comparison's search keys. */
  indexed: boolean;
  rows: readonly ComparisonRow[];
  total: number;
  seats: number;
  caption: string;
  /** Null on the full table. */
  page: { number: number; count: number; first: number; last: number } | null;
  pager: ComparePagerLink[];
  allHref: string;
  categories: { id: string; name: string }[];
}

/** The number of pages of the table, for getStaticPaths. */
export function comparePageCount(total: number): number {
  return Math.max(1, Math.ceil(total / COMPARE_PAGE_SIZE));
}

function initial(name: string): string {
  return name.trim().charAt(0).toUpperCase();
}

/** `number` is the page (1-based), or 'all' for the full table. */
export function compareTablePage(catalog: Pick<Catalog, 'rows' | 'views' | 'categories'>, number: number | 'all'): CompareTablePage {
  const all = [...catalog.rows].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const count = comparePageCount(all.length);
  if (number !== 'all' && (!Number.isInteger(number) || number < 1 || number > count)) throw new Error(`no comparison page ${number} (1 to ${count})`);
  const pages = Array.from({ length: count }, (_, index) => all.slice(index * COMPARE_PAGE_SIZE, (index + 1) * COMPARE_PAGE_SIZE));
  const rows = number === 'all' ? all : pages[number - 1]!;
  const pager = pages.map((slice, index) => {
    const [first, last] = [initial(slice[0]!.name), initial(slice[slice.length - 1]!.name)];
    return { number: index + 1, href: comparePageHref(index + 1), label: first === last ? first : `${first}–${last}`, current: number === index + 1 };
  });
  const seats = catalog.views[0]?.seats ?? 500;
  const page = number === 'all' ? null : { number, count, first: (number - 1) * COMPARE_PAGE_SIZE + 1, last: (number - 1) * COMPARE_PAGE_SIZE + rows.length };
  const what = page ? `apps ${page.first} to ${page.last} of ${all.length}` : `all ${all.length} apps`;
  const crumbs: Crumb[] =
    page?.number === 1
      ? [{ label: 'Home', href: '/' }, { label: 'Compare' }]
      : [{ label: 'Home', href: '/' }, { label: 'Compare', href: comparePageHref(1) }, { label: page ? `Page ${page.number}` : 'Full table' }];
  return {
    crumbs,
    pagingNote: page
      ? ` The table is split into pages by name; the filters and column sorts cover all ${all.length} apps.`
      : ' With JavaScript, the column headers sort and the filters narrow the table.',
    complete: page === null || count === 1,
    indexed: page?.number === 1,
    title: page && page.number > 1 ? `Compare SCIM support: page ${page.number} of ${count} · scim-catalog` : page ? 'Compare SCIM support across every app · scim-catalog' : 'Compare SCIM support: the full table · scim-catalog',
    heading: page ? 'Compare every app' : 'Compare every app: the full table',
    description: `One table of ${all.length} SaaS apps (${what}): SCIM status, the plan SCIM needs and its price, the price multiple, SSO protocols, IdPs with full SCIM and deprovisioning behaviour.`,
    rows,
    total: all.length,
    seats,
    caption: page ? `SCIM facts for ${what}, by name` : `SCIM facts for ${what}`,
    page,
    pager,
    allHref: compareAllHref,
    categories: [...catalog.categories.values()].map((category) => ({ id: category.id, name: category.name })),
  };
}
