import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/catalog.ts';

/** The names the stack calculator's picker matches as the reader types: small, loaded once. */
export const GET: APIRoute = async () => {
  const { views } = await loadCatalog();
  const apps = views.map((view) => ({ slug: view.slug, name: view.app.name, ...(view.app.aliases?.length && { aliases: view.app.aliases }) }));
  return new Response(`${JSON.stringify(apps)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
