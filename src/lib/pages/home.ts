/**
 * The home page: headline numbers, the status chart, the category links and the deep
 * guides. Every app is one click further, in the comparison table: a list of a thousand
 * apps made the home page the heaviest page of the site.
 */
import type { Catalog } from '../../catalog/catalog.ts';
import type { AppView } from '../app-view.ts';
import { countByCategory, countByStatus } from '../catalog-stats.ts';
import { categoryHref, guideHref } from '../links.ts';
import { STATUS_ORDER } from '../related.ts';
import { STATUS_PRESENTATION, type ScimStatus, type StatusKey } from '../status.ts';

export interface HomePage {
  total: number;
  description: string;
  headline: { included: string; paid: string; none: string; unknown: string };
  chart: { key: StatusKey; label: string; tone: ScimStatus['tone']; count: number }[];
  categories: { href: string; name: string; count: number }[];
  idpNames: string;
  categoryCount: number;
  /** The deep guides, by name. */
  guides: { slug: string; href: string; name: string; categoryName: string; status: ScimStatus }[];
}

type CatalogPart = Pick<Catalog, 'views' | 'categories' | 'idps'>;

export function homePage(catalog: CatalogPart): HomePage {
  const { views } = catalog;
  const total = views.length;
  const counts = countByStatus(views);
  const perCategory = countByCategory(views);
  const share = (key: StatusKey) => `${Math.round(((counts.get(key) ?? 0) / Math.max(total, 1)) * 100)}%`;
  return {
    total,
    description: `Which SaaS apps support SCIM user provisioning, on which plan, at what price, and through which identity providers: ${total} apps compared.`,
    headline: { included: share('included'), paid: share('paid-tier'), none: share('none'), unknown: share('unknown') },
    chart: STATUS_ORDER.filter((key) => (counts.get(key) ?? 0) > 0).map((key) => ({ key, ...STATUS_PRESENTATION[key], count: counts.get(key) ?? 0 })),
    categories: [...catalog.categories.values()].map((category) => ({ href: categoryHref(category.id), name: category.name, count: perCategory.get(category.id) ?? 0 })),
    idpNames: catalog.idps.map((idp) => idp.name).join(', '),
    categoryCount: catalog.categories.size,
    guides: views
      .filter((view) => view.app.deep)
      .sort((a, b) => a.app.name.localeCompare(b.app.name, 'en'))
      .map((view: AppView) => ({ slug: view.slug, href: guideHref(view.slug), name: view.app.name, categoryName: view.category.name, status: view.status })),
  };
}
