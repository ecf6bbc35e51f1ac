/** One row of the comparison table per app, from its view: what every table shows of an app. */
import type { ProvenanceMethod } from '../schema/app.ts';
import type { AppView } from './app-view.ts';
import { formatPrice } from './format.ts';
import { DEPROVISIONING_LABEL, protocolList } from './labels.ts';
import { PROVENANCE_LABEL } from './provenance.ts';
import type { StatusKey } from './status.ts';

export interface ComparisonRow {
  slug: string;
  name: string;
  category: string;
  categoryName: string;
  status: StatusKey;
  statusLabel: string;
  scimPlan: string;
  scimPlanPrice: string;
  cheapestPlan: string;
  cheapestPrice: string;
  /** The price multiple to reach SCIM, when one can be computed. */
  multiple: number | null;
  multipleLabel: string;
  protocols: string;
  /** Ids of IdPs with full SCIM. */
  fullScimIdps: string[];
  deprovisioning: string;
  provenance: ProvenanceMethod;
  provenanceLabel: string;
  lastVerified: string;
}

export function comparisonRow(view: AppView): ComparisonRow {
  const { app } = view;
  return {
    slug: view.slug,
    name: app.name,
    category: app.category,
    categoryName: view.category.name,
    status: view.status.key,
    statusLabel: view.status.label,
    scimPlan: view.scimPlan.label,
    scimPlanPrice: view.scimPlan.price,
    cheapestPlan: view.cheapest?.plan.name ?? '—',
    cheapestPrice: view.cheapest ? formatPrice(view.cheapest.plan.price) : '—',
    multiple: view.figures.multiple,
    multipleLabel: view.figures.label,
    protocols: protocolList(app.sso?.protocols),
    fullScimIdps: (app.idps ?? []).filter((cell) => cell.scim === 'full').map((cell) => cell.idp),
    deprovisioning: DEPROVISIONING_LABEL[app.scim.deprovisioning ?? 'unknown'],
    provenance: app.provenance.method,
    provenanceLabel: PROVENANCE_LABEL[app.provenance.method],
    lastVerified: app.lastVerified,
  };
}
