/**
 * Related apps for entries that do not name their own: apps of the same category,
 * nearest SCIM status first, then by name. The index is built once for the catalog
 * (grouping and sorting each category), so picking an app's neighbours costs the size of
 * its category, and the whole catalog stays O(N log N).
 */
import type { StatusKey } from './status.ts';

/** Statuses ordered from most to least automated, so "nearest" means closest here. */
export const STATUS_ORDER: readonly StatusKey[] = ['included', 'native', 'paid-tier', 'idp-only', 'unknown', 'none'];

export interface RelatedCandidate {
  slug: string;
  name: string;
  category: string;
  status: StatusKey;
  /** Slugs the editor named; when present, they are used as they are. */
  related?: readonly string[] | undefined;
}

/** Per category, per status: candidates sorted by name. */
export type RelatedIndex = ReadonlyMap<string, ReadonlyMap<StatusKey, readonly RelatedCandidate[]>>;

export function buildRelatedIndex(candidates: readonly RelatedCandidate[]): RelatedIndex {
  const index = new Map<string, Map<StatusKey, RelatedCandidate[]>>();
  for (const candidate of candidates) {
    const byStatus = index.get(candidate.category) ?? new Map<StatusKey, RelatedCandidate[]>();
    const bucket = byStatus.get(candidate.status) ?? [];
    bucket.push(candidate);
    byStatus.set(candidate.status, bucket);
    index.set(candidate.category, byStatus);
  }
  for (const byStatus of index.values()) {
    for (const bucket of byStatus.values()) bucket.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return index;
}

/**
 * The entry's own related apps, or up to `count` from its category: nearest status
 * first (distance in STATUS_ORDER), alphabetical within a distance. Each step reads at
 * most `count + 1` names from a bucket, so the cost per app does not grow with the
 * catalog.
 */
export function relatedSlugs(app: RelatedCandidate, index: RelatedIndex, count = 4): string[] {
  if (app.related?.length) return [...app.related];
  const byStatus = index.get(app.category);
  if (!byStatus) return [];
  const own = STATUS_ORDER.indexOf(app.status);
  const picked: string[] = [];
  for (let distance = 0; distance < STATUS_ORDER.length && picked.length < count; distance++) {
    const statuses = distance === 0 ? [STATUS_ORDER[own]] : [STATUS_ORDER[own - distance], STATUS_ORDER[own + distance]];
    const nearby = statuses
      .flatMap((status) => (status ? (byStatus.get(status) ?? []).slice(0, count + 1).filter((c) => c.slug !== app.slug) : []))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const candidate of nearby) {
      if (picked.length === count) break;
      picked.push(candidate.slug);
    }
  }
  return picked;
}
