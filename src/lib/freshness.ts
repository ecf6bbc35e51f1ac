/** Whether a verification date is old enough that readers should be told. */
export const STALE_AFTER_DAYS = 365;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isStale(lastVerified: string, asOf: string): boolean {
  return daysBetween(lastVerified, asOf) > STALE_AFTER_DAYS;
}

export interface FreshnessRow {
  slug: string;
  name: string;
  provenance: string;
  lastVerified: string;
  ageDays: number;
  stale: boolean;
}

/** Entries by the age of their verification, oldest first (name breaks ties). */
export function freshnessRows(entries: Iterable<{ slug: string; name: string; provenance: string; lastVerified: string }>, asOf: string): FreshnessRow[] {
  return [...entries]
    .map((entry) => ({ ...entry, ageDays: daysBetween(entry.lastVerified, asOf), stale: isStale(entry.lastVerified, asOf) }))
    .sort((a, b) => b.ageDays - a.ageDays || a.name.localeCompare(b.name, 'en'));
}

/** The fields whose change should come with a new lastVerified: what readers rely on. */
export const FACT_FIELDS = ['scim', 'sso', 'plans', 'idps', 'configuration', 'limitations', 'sources', 'vendorUrl', 'category', 'provenance'] as const;

/**
 * The fact fields an edit changed while leaving lastVerified as it was. A pull request
 * that does this gets a warning: either the facts were re-checked (move the date) or the
 * change needs a source.
 */
export function factsChangedWithoutReverify(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  if (String(before.lastVerified) !== String(after.lastVerified)) return [];
  return FACT_FIELDS.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}
