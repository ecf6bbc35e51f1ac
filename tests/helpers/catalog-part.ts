/** A small catalog, shaped as the page-data functions read it, built from the sample views. */
import { comparisonPairs, comparisonsByApp } from '../../src/lib/comparison-pairs.ts';
import { comparisonRow } from '../../src/lib/comparison-rows.ts';
import { idpCoverage } from '../../src/lib/idp-coverage.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { FIXTURE_CATALOG } from './catalog.ts';
import { context, views } from './views.ts';

const pairs = comparisonPairs(views);
const idps = [...context.idps.values()];

export const catalog = {
  views,
  bySlug: new Map(views.map((view) => [view.slug, view])),
  categories: context.categories,
  idps,
  idpsById: context.idps,
  idpName: (id: string) => context.idps.get(id)?.name ?? id,
  costModel: readCostModel(FIXTURE_CATALOG),
  related: new Map(views.map((view) => [view.slug, views.filter((other) => other !== view && view.app.related?.includes(other.slug))])),
  pairs,
  pairsByApp: comparisonsByApp(pairs),
  coverage: idpCoverage(views),
  byCategory: new Map([...context.categories.keys()].map((id) => [id, views.filter((view) => view.app.category === id)])),
  rowsByCategory: new Map([...context.categories.keys()].map((id) => [id, views.filter((view) => view.app.category === id).map(comparisonRow)])),
};
