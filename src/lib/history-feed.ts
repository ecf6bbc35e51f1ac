/** An Atom feed of the catalog's fact changes, newest first, from each entry's history. */
import type { HistoryEvent } from './history.ts';
import { guideHref } from './links.ts';
import { escapeXml } from './text.ts';

export const HISTORY_FEED_SIZE = 200;

export function historyFeed(history: { available: boolean; bySlug: ReadonlyMap<string, HistoryEvent[]> }, nameOf: (slug: string) => string, site: string): string {
  const url = (path: string) => new URL(path, site).href;
  const items = [...history.bySlug]
    .flatMap(([slug, events]) => events.filter((event) => !event.added).map((event) => ({ slug, event })))
    .sort((a, b) => b.event.date.localeCompare(a.event.date) || a.slug.localeCompare(b.slug) || a.event.commit.localeCompare(b.event.commit))
    .slice(0, HISTORY_FEED_SIZE);
  const updated = items[0]?.event.date ?? '1970-01-01';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>scim-catalog: what changed</title>
  <subtitle>${history.available ? 'Changes to the facts of each entry, newest first.' : 'History unavailable: this build was made without git history.'}</subtitle>
  <id>${escapeXml(url('/history.xml'))}</id>
  <link rel="self" href="${escapeXml(url('/history.xml'))}"/>
  <link rel="alternate" href="${escapeXml(url('/'))}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>scim-catalog contributors</name></author>
${items
  .map(
    ({ slug, event }) => `  <entry>
    <title>${escapeXml(`${nameOf(slug)}: ${event.changes.map((change) => change.label).join(', ')}`)}</title>
    <id>${escapeXml(`${url(guideHref(slug))}#${event.commit}`)}</id>
    <link rel="alternate" href="${escapeXml(url(`${guideHref(slug)}#history`))}"/>
    <updated>${event.date}T00:00:00Z</updated>
    <summary>${escapeXml(event.changes.map((change) => `${change.label}: ${change.before} → ${change.after}`).join('; '))}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
