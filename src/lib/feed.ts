/** Atom feeds: the most recently verified guides, and (history-feed.ts) what changed. */
import type { AppView } from './app-view.ts';
import { guideHref } from './links.ts';
import { escapeXml } from './text.ts';

export interface AtomEntry {
  title: string;
  id: string;
  link: string;
  /** YYYY-MM-DD. */
  updated: string;
  summary: string;
  category?: string;
}

/** One Atom document; every value is escaped here. */
export function atomDocument(feed: { title: string; subtitle: string; id: string; self: string; alternate: string; entries: readonly AtomEntry[] }): string {
  const updated = feed.entries[0]?.updated ?? '1970-01-01';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <id>${escapeXml(feed.id)}</id>
  <link rel="self" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" href="${escapeXml(feed.alternate)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>scim-catalog contributors</name></author>
${feed.entries
  .map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <id>${escapeXml(entry.id)}</id>
    <link rel="alternate" href="${escapeXml(entry.link)}"/>
    <updated>${entry.updated}T00:00:00Z</updated>
${entry.category ? `    <category term="${escapeXml(entry.category)}"/>\n` : ''}    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}

export function recentlyVerified(views: readonly AppView[], count = 50): AppView[] {
  return [...views]
    .sort((a, b) => b.app.lastVerified.localeCompare(a.app.lastVerified) || a.app.name.localeCompare(b.app.name, 'en'))
    .slice(0, count);
}

export function atomFeed(views: readonly AppView[], site: string, summaryOf: (view: AppView) => string): string {
  const url = (path: string) => new URL(path, site).href;
  return atomDocument({
    title: 'scim-catalog: recently verified guides',
    subtitle: 'SCIM provisioning guides, newest verification first.',
    id: url('/'),
    self: url('/feed.xml'),
    alternate: url('/'),
    entries: recentlyVerified(views).map((view) => ({
      title: `${view.app.name}: ${view.status.callout}`,
      id: url(guideHref(view.slug)),
      link: url(guideHref(view.slug)),
      updated: view.app.lastVerified,
      category: view.category.name,
      summary: summaryOf(view),
    })),
  });
}
