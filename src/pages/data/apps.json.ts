import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { BUILD_DATE } from '../../catalog/site.ts';
import { appRecord, catalogExport } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { views, dataSources } = await loadCatalog();
  const body = catalogExport(views.map((view) => appRecord(view, site!.href)), BUILD_DATE, dataSources);
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
