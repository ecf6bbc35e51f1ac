/** Counts over the whole catalog, computed in one pass. */
import type { AppView } from './app-view.ts';
import { STATUS_ORDER } from './related.ts';
import type { StatusKey } from './status.ts';
import { PROVENANCE_METHODS, type ProvenanceMethod } from '../schema/app.ts';

export function countByStatus(views: readonly AppView[]): Map<StatusKey, number> {
  const counts = new Map<StatusKey, number>(STATUS_ORDER.map((key) => [key, 0]));
  for (const view of views) counts.set(view.status.key, (counts.get(view.status.key) ?? 0) + 1);
  return counts;
}

export function countByCategory(views: readonly AppView[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const view of views) counts.set(view.app.category, (counts.get(view.app.category) ?? 0) + 1);
  return counts;
}

/** How many entries rest on each way of checking facts, in the order readers trust them. */
export function countByProvenance(views: readonly AppView[]): Map<ProvenanceMethod, number> {
  const counts = new Map<ProvenanceMethod, number>(PROVENANCE_METHODS.map((method) => [method, 0]));
  for (const view of views) counts.set(view.app.provenance.method, (counts.get(view.app.provenance.method) ?? 0) + 1);
  return counts;
}
