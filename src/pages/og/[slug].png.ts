import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { renderPng } from '../../catalog/social-images.ts';
import { socialImageSvg } from '../../lib/social-image.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { views } = await loadCatalog();
  return views.map((view) => ({ params: { slug: view.slug } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { bySlug } = await loadCatalog();
  const view = bySlug.get(params.slug!)!;
  const svg = socialImageSvg({
    title: view.app.name,
    badge: view.status.label,
    tone: view.status.tone,
    line: view.status.callout,
    footer: `${view.category.name} · last verified ${view.app.lastVerified}`,
  });
  return new Response(new Uint8Array(await renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
