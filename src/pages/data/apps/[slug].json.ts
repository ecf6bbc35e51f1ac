import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../catalog/catalog.ts';
import { appRecord, SCHEMA_VERSION } from '../../../lib/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { views } = await loadCatalog();
  return views.map((view) => ({ params: { slug: view.slug } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const { bySlug } = await loadCatalog();
  const record = appRecord(bySlug.get(params.slug!)!, site!.href);
  return new Response(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...record }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
