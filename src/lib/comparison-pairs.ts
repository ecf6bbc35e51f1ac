/** The app-vs-app pages: pairs of apps an entry names as related, and each app's pairs. */
import type { AppView } from './app-view.ts';

/** Unordered pairs of apps that an entry names as related, each once, slugs in order. */
export function comparisonPairs(views: readonly AppView[]): [string, string][] {
  const known = new Set(views.map((view) => view.slug));
  const pairs = new Map<string, [string, string]>();
  for (const view of views) {
    for (const other of view.app.related ?? []) {
      if (!known.has(other) || other === view.slug) continue;
      const pair: [string, string] = view.slug < other ? [view.slug, other] : [other, view.slug];
      pairs.set(pair.join('|'), pair);
    }
  }
  return [...pairs.values()].sort((a, b) => a.join('-').localeCompare(b.join('-')));
}


/** The comparison pages each app appears in, by slug. */
export function comparisonsByApp(pairs: readonly [string, string][]): Map<string, [string, string][]> {
  const byApp = new Map<string, [string, string][]>();
  for (const pair of pairs) {
    for (const slug of pair) {
      const list = byApp.get(slug);
      if (list) list.push(pair);
      else byApp.set(slug, [pair]);
    }
  }
  return byApp;
}
