import type { APIRoute } from 'astro';
import { loadCatalog } from '../catalog/catalog.ts';
import { atomFeed } from '../lib/feed.ts';
import { summaryOf } from '../lib/summary.ts';

export const GET: APIRoute = async ({ site }) => {
  const { views, idpName } = await loadCatalog();
  return new Response(atomFeed(views, site!.href, (view) => summaryOf(view, idpName)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
