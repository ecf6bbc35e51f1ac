import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';
import { badgeHref, guideHref } from '../../lib/links.ts';

/** Every badge, with the status it shows and the guide it links to. */
export const GET: APIRoute = async ({ site }) => {
  const { views } = await loadCatalog();
  const badges = views.map((view) => ({
    slug: view.slug,
    name: view.app.name,
    status: view.status.key,
    label: view.status.label,
    alt: `${view.app.name}: ${view.status.label}`,
    badge: new URL(badgeHref(view.slug), site).href,
    guide: new URL(guideHref(view.slug), site).href,
  }));
  return new Response(`${JSON.stringify({ count: badges.length, badges }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
