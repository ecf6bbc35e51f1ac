/** The categories index and each category's page: counts, summaries and comparison rows. */
import type { Catalog } from '../../catalog/catalog.ts';
import type { Category } from '../../schema/app.ts';
import { categorySummary } from '../category-summary.ts';
import type { ComparisonRow } from '../comparison-rows.ts';
import { categoryHref } from '../links.ts';

export interface CategoryPage {
  category: Category;
  summary: string;
  count: number;
  rows: ComparisonRow[];
  title: string;
  description: string;
}

type CatalogPart = Pick<Catalog, 'categories' | 'byCategory' | 'rowsByCategory'>;

export function categoryPage(catalog: CatalogPart, id: string): CategoryPage {
  const category = catalog.categories.get(id);
  if (!category) throw new Error(`no category "${id}"`);
  const apps = catalog.byCategory.get(id) ?? [];
  const summary = categorySummary(apps);
  return {
    category,
    summary,
    count: apps.length,
    rows: catalog.rowsByCategory.get(id) ?? [],
    title: `${category.name}: SCIM provisioning compared · scim-catalog`,
    description: `${category.description} ${summary}`,
  };
}

export interface CategoryIndexEntry {
  id: string;
  href: string;
  name: string;
  description: string;
  count: number;
  summary: string;
}

export function categoryIndex(catalog: CatalogPart): CategoryIndexEntry[] {
  return [...catalog.categories.values()].map((category) => {
    const apps = catalog.byCategory.get(category.id) ?? [];
    return { id: category.id, href: categoryHref(category.id), name: category.name, description: category.description, count: apps.length, summary: categorySummary(apps) };
  });
}
