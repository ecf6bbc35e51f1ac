import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { renderPng } from '../../catalog/social-images.ts';
import { socialImageSvg } from '../../lib/social-image.ts';

export const GET: APIRoute = async () => {
  const { views } = await loadCatalog();
  const svg = socialImageSvg({
    title: 'SCIM provisioning, app by app',
    badge: `${views.length} apps`,
    tone: 'muted',
    line: 'Which plan unlocks SCIM, what it costs, and which identity providers can drive it.',
    footer: 'Facts from vendors’ public documentation, with sources',
  });
  return new Response(new Uint8Array(await renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
