/** Counts over the whole catalog, computed in one pass. */
import type { AppView } from './app-view.ts';
import { STATUS_ORDER } from './related.ts';
import type { StatusKey } from './status.ts';

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
