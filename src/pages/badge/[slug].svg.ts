import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { badgeSvg } from '../../lib/badge.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { views } = await loadCatalog();
  return views.map((view) => ({ params: { slug: view.slug } }));
};

export const GET: APIRoute = async ({ params }) => {
  const view = (await loadCatalog()).bySlug.get(params.slug!)!;
  return new Response(badgeSvg(view.app.name, view.status), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
