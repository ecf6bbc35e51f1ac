import type { APIRoute } from 'astro';
import { loadCatalog } from '../catalog/catalog.ts';
import { historyFeed } from '../lib/history-feed.ts';

/** Every change to the facts of every entry, newest first, as an Atom feed. */
export const GET: APIRoute = async ({ site }) => {
  const { history, bySlug } = await loadCatalog();
  return new Response(historyFeed(history, (slug) => bySlug.get(slug)?.app.name ?? slug, site!.href), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
