/** A category's apps summed up in words, from their derived statuses. */
import type { AppView } from './app-view.ts';
import type { StatusKey } from './status.ts';

/** "9 of 14 offer SCIM only on a paid tier; 2 include it on every plan; …". */
export function categorySummary(views: readonly AppView[]): string {
  const total = views.length;
  const count = (keys: StatusKey[]) => views.filter((view) => keys.includes(view.status.key)).length;
  const parts = [
    [count(['paid-tier']), 'offer SCIM only on a paid tier or add-on'],
    [count(['included']), 'include SCIM with no upcharge'],
    [count(['native']), 'have SCIM on a plan that is not documented'],
    [count(['idp-only']), 'provision only through specific IdPs'],
    [count(['none']), 'offer no SCIM'],
    [count(['unknown']), 'do not document SCIM'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} of ${total} ${what}`);
  return said.length ? `${said.join('; ')}.` : 'No apps yet.';
}
