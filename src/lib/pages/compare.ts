/**
 * An app-vs-app page: both apps' quick facts, price figures, plans and IdP cells side by
 * side, read from the same views their guides render.
 */
import type { Catalog } from '../../catalog/catalog.ts';
import type { AppView } from '../app-view.ts';
import { formatAmount, formatPrice } from '../format.ts';
import { IDP_SUPPORT_LABEL, NOT_DOCUMENTED, yesNo } from '../labels.ts';
import { comparisonSlug, guideHref } from '../links.ts';
import { planHasScim, planHasSso } from '../pricing.ts';
import { quickFacts } from '../quick-facts.ts';

export interface ComparisonSide {
  slug: string;
  href: string;
  name: string;
  view: AppView;
  plans: { name: string; price: string; sso: string; scim: string }[];
}

export interface ComparisonPage {
  slug: string;
  title: string;
  description: string;
  sides: [ComparisonSide, ComparisonSide];
  facts: { label: string; values: [string, string] }[];
  idpRows: { id: string; name: string; cells: [string, string, string, string] }[];
}

type CatalogPart = Pick<Catalog, 'bySlug' | 'idps' | 'idpName' | 'costModel'>;

function side(view: AppView): ComparisonSide {
  return {
    slug: view.slug,
    href: guideHref(view.slug),
    name: view.app.name,
    view,
    plans: (view.app.plans ?? []).map((plan) => ({ name: plan.name, price: formatPrice(plan.price), sso: yesNo(planHasSso(view.app, plan)), scim: yesNo(planHasScim(view.app, plan)) })),
  };
}

export function comparisonPage(catalog: CatalogPart, pair: readonly [string, string]): ComparisonPage {
  const [a, b] = pair.map((slug) => {
    const view = catalog.bySlug.get(slug);
    if (!view) throw new Error(`no app "${slug}" in the catalog`);
    return view;
  }) as [AppView, AppView];
  const [factsA, factsB] = [a, b].map((view) => quickFacts(view, catalog.idpName)) as [ReturnType<typeof quickFacts>, ReturnType<typeof quickFacts>];
  const currency = catalog.costModel.currency;
  const manual = (view: AppView) => `${formatAmount(view.manualCost.total, currency)}${view.manualCost.partial ? ' (licences not priced)' : ''}`;
  const cells = (view: AppView, idp: string): [string, string] => {
    const cell = view.app.idps?.find((candidate) => candidate.idp === idp);
    return cell ? [IDP_SUPPORT_LABEL[cell.sso], IDP_SUPPORT_LABEL[cell.scim]] : [NOT_DOCUMENTED, NOT_DOCUMENTED];
  };
  const title = `${a.app.name} vs ${b.app.name}`;
  return {
    slug: comparisonSlug(pair),
    title,
    description: `${a.app.name}: ${a.status.callout}. ${b.app.name}: ${b.status.callout}. Plans, identity providers and cost side by side.`,
    sides: [side(a), side(b)],
    facts: [
      ...factsA.map((fact) => ({ label: fact.label, values: [fact.value, factsB.find((other) => other.label === fact.label)?.value ?? NOT_DOCUMENTED] as [string, string] })),
      { label: 'Price multiple to reach SCIM', values: [a.figures.label, b.figures.label] },
      { label: `Manual provisioning a year (${a.seats} employees)`, values: [manual(a), manual(b)] },
    ],
    idpRows: catalog.idps
      .filter((idp) => [a, b].some((view) => view.app.idps?.some((cell) => cell.idp === idp.id)))
      .map((idp) => ({ id: idp.id, name: idp.name, cells: [...cells(a, idp.id), ...cells(b, idp.id)] as [string, string, string, string] })),
  };
}
