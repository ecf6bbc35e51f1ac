/** An Atom feed of the most recently verified guides. Dates come from the entries. */
import type { AppView } from './app-view.ts';
import { escapeXml } from './text.ts';


export function recentlyVerified(views: readonly AppView[], count = 50): AppView[] {
  return [...views]
    .sort((a, b) => b.app.lastVerified.localeCompare(a.app.lastVerified) || a.app.name.localeCompare(b.app.name, 'en'))
    .slice(0, count);
}

export function atomFeed(views: readonly AppView[], site: string, summaryOf: (view: AppView) => string): string {
  const entries = recentlyVerified(views);
  const updated = entries[0]?.app.lastVerified ?? '1970-01-01';
  const url = (path: string) => new URL(path, site).href;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>scim-catalog: recently verified guides</title>
  <subtitle>SCIM provisioning guides, newest verification first.</subtitle>
  <id>${escapeXml(url('/'))}</id>
  <link rel="self" href="${escapeXml(url('/feed.xml'))}"/>
  <link rel="alternate" href="${escapeXml(url('/'))}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>scim-catalog contributors</name></author>
${entries
  .map(
    (view) => `  <entry>
    <title>${escapeXml(`${view.app.name}: ${view.status.callout}`)}</title>
    <id>${escapeXml(url(`/apps/${view.slug}/`))}</id>
    <link rel="alternate" href="${escapeXml(url(`/apps/${view.slug}/`))}"/>
    <updated>${view.app.lastVerified}T00:00:00Z</updated>
    <category term="${escapeXml(view.category.name)}"/>
    <summary>${escapeXml(summaryOf(view))}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
