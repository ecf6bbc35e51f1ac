/** /freshness/: how old each entry's verification is, by how it was checked, oldest first. */
import type { Catalog } from '../../catalog/catalog.ts';
import { formatDate } from '../format.ts';
import { freshnessRows, STALE_AFTER_DAYS } from '../freshness.ts';
import { guideHref } from '../links.ts';
import { PROVENANCE_LABEL } from '../provenance.ts';
import { PROVENANCE_METHODS } from '../../schema/app.ts';

export interface FreshnessPage {
  asOf: string;
  asOfLabel: string;
  staleAfterDays: number;
  groups: { method: string; label: string; count: number; stale: number; oldest: string | null; medianDays: number | null }[];
  rows: { slug: string; href: string; name: string; provenance: string; lastVerified: string; lastVerifiedLabel: string; ageDays: number; stale: boolean }[];
}

export function freshnessPage(catalog: Pick<Catalog, 'views'>, asOf: string): FreshnessPage {
  const rows = freshnessRows(catalog.views.map((view) => ({ slug: view.slug, name: view.app.name, provenance: view.app.provenance.method, lastVerified: view.app.lastVerified })), asOf);
  return {
    asOf,
    asOfLabel: formatDate(asOf),
    staleAfterDays: STALE_AFTER_DAYS,
    groups: PROVENANCE_METHODS.map((method) => {
      const group = rows.filter((row) => row.provenance === method);
      const ages = group.map((row) => row.ageDays).sort((a, b) => a - b);
      return {
        method,
        label: PROVENANCE_LABEL[method],
        count: group.length,
        stale: group.filter((row) => row.stale).length,
        oldest: group[0]?.lastVerified ?? null,
        medianDays: ages.length ? ages[Math.floor(ages.length / 2)]! : null,
      };
    }),
    rows: rows.map((row) => ({ ...row, href: guideHref(row.slug), provenance: PROVENANCE_LABEL[row.provenance as keyof typeof PROVENANCE_LABEL], lastVerifiedLabel: formatDate(row.lastVerified) })),
  };
}
