import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { appRecord, toCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { views } = await loadCatalog();
  return new Response(toCsv(views.map((view) => appRecord(view, site!.href))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
