/** The About page: what each status means with its count, and how entries were checked. */
import type { Catalog } from '../../catalog/catalog.ts';
import { countByProvenance, countByStatus } from '../catalog-stats.ts';
import { STATUS_MEANING } from '../labels.ts';
import { PROVENANCE_LABEL } from '../provenance.ts';
import { STATUS_ORDER } from '../related.ts';
import type { ScimStatus, StatusKey } from '../status.ts';

export interface AboutPage {
  total: number;
  deep: number;
  statuses: { key: StatusKey; example: ScimStatus | null; meaning: string; count: number }[];
  provenance: { label: string; count: number }[];
}

export function aboutPage(catalog: Pick<Catalog, 'views'>): AboutPage {
  const { views } = catalog;
  const counts = countByStatus(views);
  // One real badge per status, taken from an app that has it, so the page shows exactly what guides show.
  const example = new Map(views.map((view) => [view.status.key, view.status]));
  return {
    total: views.length,
    deep: views.filter((view) => view.app.deep).length,
    statuses: STATUS_ORDER.map((key) => ({ key, example: example.get(key) ?? null, meaning: STATUS_MEANING[key], count: counts.get(key) ?? 0 })),
    provenance: [...countByProvenance(views)].map(([method, count]) => ({ label: PROVENANCE_LABEL[method], count })),
  };
}
