/** An Atom feed of the catalog's fact changes, newest first, from each entry's history. */
import { atomDocument } from './feed.ts';
import type { HistoryEvent } from './history.ts';
import { guideHref } from './links.ts';

export const HISTORY_FEED_SIZE = 200;

export function historyFeed(history: { available: boolean; bySlug: ReadonlyMap<string, HistoryEvent[]> }, nameOf: (slug: string) => string, site: string): string {
  const url = (path: string) => new URL(path, site).href;
  const items = [...history.bySlug]
    .flatMap(([slug, events]) => events.filter((event) => !event.added).map((event) => ({ slug, event })))
    .sort((a, b) => b.event.date.localeCompare(a.event.date) || a.slug.localeCompare(b.slug) || a.event.commit.localeCompare(b.event.commit))
    .slice(0, HISTORY_FEED_SIZE);
  return atomDocument({
    title: 'scim-catalog: what changed',
    subtitle: history.available ? 'Changes to the facts of each entry, newest first.' : 'History unavailable: this build was made without git history.',
    id: url('/history.xml'),
    self: url('/history.xml'),
    alternate: url('/'),
    entries: items.map(({ slug, event }) => ({
      title: `${nameOf(slug)}: ${event.changes.map((change) => change.label).join(', ')}`,
      id: `${url(guideHref(slug))}#${event.commit}`,
      link: url(`${guideHref(slug)}#history`),
      updated: event.date,
      summary: event.changes.map((change) => `${change.label}: ${change.before} → ${change.after}`).join('; '),
    })),
  });
}
