/**
 * The catalog as pages see it: entries, vocabularies and every derived view, computed
 * once per build and shared by all pages (no page rescans the catalog).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { costInputs } from '../lib/cost-model.ts';
import { deriveAppView, idpNamer, type AppView } from '../lib/app-view.ts';
import { buildRelatedIndex, relatedSlugs } from '../lib/related.ts';
import { comparisonPairs, comparisonsByApp } from '../lib/comparison-pairs.ts';
import { comparisonRow, type ComparisonRow } from '../lib/comparison-rows.ts';
import { idpCoverage, type IdpCoverage } from '../lib/idp-coverage.ts';
import { appsDir, readCostModel, readDataSources } from '../node/catalog-files.ts';
import { catalogHistory, type CatalogHistory } from '../node/history.ts';
import type { DataSource } from '../schema/data-source.ts';
import type { Category, Idp } from '../schema/app.ts';
import type { CostModel } from '../schema/cost-model.ts';

export interface Catalog {
  /** Each entry's history of fact changes, from git, read once. */
  history: CatalogHistory;
  /** Sorted by name. */
  views: AppView[];
  bySlug: ReadonlyMap<string, AppView>;
  entries: ReadonlyMap<string, CollectionEntry<'apps'>>;
  categories: ReadonlyMap<string, Category>;
  /** Sorted by their `order`. */
  idps: Idp[];
  idpsById: ReadonlyMap<string, Idp>;
  idpName: (id: string) => string;
  costModel: CostModel;
  dataSources: DataSource[];
  /** Each app's related apps: its own list, or the derived neighbours in its category. */
  related: ReadonlyMap<string, AppView[]>;
  /** One comparison-table row per app, in `views` order. */
  rows: ComparisonRow[];
  /** App-vs-app pairs named as related, and each app's pairs. */
  pairs: [string, string][];
  pairsByApp: ReadonlyMap<string, [string, string][]>;
  coverage: ReadonlyMap<string, IdpCoverage>;
  /** Apps per category id, in name order, and their comparison rows. */
  byCategory: ReadonlyMap<string, AppView[]>;
  rowsByCategory: ReadonlyMap<string, ComparisonRow[]>;
}

let catalog: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  catalog ??= build();
  return catalog;
}

async function build(): Promise<Catalog> {
  const [apps, categoryEntries, idpEntries] = await Promise.all([
    getCollection('apps'),
    getCollection('categories'),
    getCollection('idps'),
  ]);
  const categories = new Map(categoryEntries.map((entry) => [entry.data.id, entry.data]));
  const idps = idpEntries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const idpsById = new Map(idps.map((idp) => [idp.id, idp]));
  const idpName = idpNamer(idpsById);
  const costModel = readCostModel();
  const context = { categories, idps: idpsById, costInputs: costInputs(costModel) };
  const views = apps
    .map((entry) => deriveAppView(entry.id, entry.data, context))
    .sort((a, b) => a.app.name.localeCompare(b.app.name, 'en'));
  const bySlug = new Map(views.map((view) => [view.slug, view]));
  const candidates = views.map((view) => ({ slug: view.slug, name: view.app.name, category: view.app.category, status: view.status.key, related: view.app.related }));
  const index = buildRelatedIndex(candidates);
  const related = new Map(candidates.map((candidate) => [candidate.slug, relatedSlugs(candidate, index).flatMap((slug) => bySlug.get(slug) ?? [])]));
  const pairs = comparisonPairs(views);
  const rows = views.map(comparisonRow);
  const byCategory = new Map<string, AppView[]>();
  const rowsByCategory = new Map<string, ComparisonRow[]>();
  views.forEach((view, position) => {
    const category = view.app.category;
    if (!byCategory.has(category)) {
      byCategory.set(category, []);
      rowsByCategory.set(category, []);
    }
    byCategory.get(category)!.push(view);
    rowsByCategory.get(category)!.push(rows[position]!);
  });
  return {
    views,
    bySlug,
    related,
    rows,
    rowsByCategory,
    pairs,
    pairsByApp: comparisonsByApp(pairs),
    coverage: idpCoverage(views),
    byCategory,
    idpName,
    entries: new Map(apps.map((entry) => [entry.id, entry])),
    categories,
    idps,
    idpsById,
    costModel,
    dataSources: readDataSources(),
    history: catalogHistory(appsDir(), idpName),
  };
}
