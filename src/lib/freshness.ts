/** Whether a verification date is old enough that readers should be told. */
export const STALE_AFTER_DAYS = 365;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isStale(lastVerified: string, asOf: string): boolean {
  return daysBetween(lastVerified, asOf) > STALE_AFTER_DAYS;
}
