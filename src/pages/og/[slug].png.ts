import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { renderPng } from '../../catalog/social-images.ts';
import { appSocialCard, socialImageSvg } from '../../lib/social-image.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { views } = await loadCatalog();
  return views.map((view) => ({ params: { slug: view.slug } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { bySlug } = await loadCatalog();
  const svg = socialImageSvg(appSocialCard(bySlug.get(params.slug!)!));
  return new Response(new Uint8Array(await renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
