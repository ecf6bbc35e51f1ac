import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { rankingInputs } from '../../lib/pages/ranking.ts';

/** The plans of every app that offers SCIM, for the ranking at a team size the reader picks. */
export const GET: APIRoute = async () => {
  const { views } = await loadCatalog();
  return new Response(`${JSON.stringify(rankingInputs(views))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
