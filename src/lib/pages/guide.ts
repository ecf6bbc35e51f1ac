/**
 * Everything a guide page shows, computed once per app from the catalog: the sections in
 * the registry's order with the values each renders, the title, description, breadcrumbs,
 * JSON-LD and search data. `src/pages/apps/[slug].astro` renders what this returns, and
 * the components under `src/components/guide/` receive values and compute nothing.
 */
import type { Catalog } from '../../catalog/catalog.ts';
import type { Decision, Idp, Plan, Source } from '../../schema/app.ts';
import type { CostInputs, CostModel } from '../../schema/cost-model.ts';
import type { AppView } from '../app-view.ts';
import { ladderChart, priceLadder, type LadderChart, type LadderStep } from '../price-ladder.ts';
import { costInputs } from '../cost-model.ts';
import { formatAmount, formatCount, formatDate, formatMoney, formatMultiple, formatPrice } from '../format.ts';
import { isStale } from '../freshness.ts';
import { DECISION_LABEL, DEPROVISIONING_LABEL, IDP_SUPPORT_LABEL, NOT_DOCUMENTED, OPERATION_LABEL, yesNo } from '../labels.ts';
import { badgeSnippets } from '../badge.ts';
import type { HistoryChange } from '../history.ts';
import { badgeHref, categoryHref, comparisonHref, guideHref, socialImageHref, stackHref } from '../links.ts';
import { jumpExplanation } from '../price-figures.ts';
import { annualCost, planHasScim, planHasSso, priceRatio } from '../pricing.ts';
import { provenanceSentence } from '../provenance.ts';
import { quickFacts, type QuickFact } from '../quick-facts.ts';
import { searchFacets, type SearchFacets } from '../search-facets.ts';
import { guideSections, type GuideSection } from '../sections.ts';
import { breadcrumbJsonLd, guideDescription, guideJsonLd, type JsonLd } from '../seo.ts';
import { sanitizeProse } from '../sanitize.ts';
import { summaryOf } from '../summary.ts';
import { firstSentence } from '../text.ts';
import { SCIM_OPERATIONS } from '../../schema/app.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export interface AppCard {
  slug: string;
  href: string;
  name: string;
  categoryName: string;
  view: AppView;
  manualCost: string;
  summary: string | null;
}

export interface PriceJumpSection {
  headline: { multiple: string; extra: string; base: string; scimPlan: string } | null;
  sentences: string[];
  seats: number;
}

export interface PricingRow {
  name: string;
  addOn: boolean;
  highlight: boolean;
  price: string;
  yearly: string;
  sso: string;
  scim: string;
  note: string;
}

export interface ManualCostSection {
  name: string;
  employees: string;
  rows: { key: string; label: string; value: string }[];
  total: string;
  partial: boolean;
  seatNote: string;
  assumptions: { key: string; label: string; value: number; explanation: string }[];
  /** The calculator's defaults, when the seat price makes it meaningful. */
  calculator: { inputs: CostInputs; currency: string; seatPerMonth: number } | null;
}

/** The values each section renders, keyed by section id. */
export interface SectionData {
  header: { name: string; categoryName: string; view: AppView; vendorUrl: string; vendorHost: string };
  summary: { title: string; summary: string; recommendation: string | null; prose: string };
  'quick-facts': { facts: QuickFact[]; scimNote: string | null; ssoNote: string | null };
  'idp-matrix': { name: string; rows: { id: string; name: string; sso: string; ssoKey: string; scim: string; scimKey: string; note: string; source: Source | null }[] };
  'manual-cost': ManualCostSection;
  pricing: {
    name: string;
    seats: number;
    rows: PricingRow[];
    ladder: { steps: LadderStep[]; chart: LadderChart };
    pricingNote: string | null;
    reported: { asOf: string; asOfLabel: string; base: string; sso: string; ratio: string | null; scim: string | null; sourceUrl: string; age: string } | null;
  };
  'price-jump': PriceJumpSection;
  constraints: { limitations: { title: string; detail: string; source: Source | null }[] };
  challenges: { challenges: string[] };
  upgrade: { plan: string | null; features: string[] };
  'admins-say': { complaints: string[]; quotes: { text: string; attribution: string | null; source: Source }[] };
  decision: { rows: { situation: string; recommendation: Decision; label: string; why: string }[] };
  'bottom-line': { text: string };
  'tech-specs': {
    facts: { label: string; value: string; note: string | null }[];
    operations: { id: string; label: string; value: string }[];
    prerequisites: string[];
    limitations: string[];
  };
  configuration: { blocks: { idp: string; idpName: string; block: NonNullable<AppView['app']['configuration']>[number] }[] };
  history: { available: boolean; reason: string | null; events: { date: string; dateLabel: string; commit: string; added: boolean; changes: HistoryChange[] }[] };
  badge: { image: string; alt: string; width: number; markdown: string; html: string; stackHref: string };
  footer: {
    lastVerified: string;
    lastVerifiedLabel: string;
    provenance: string;
    stale: boolean;
    editUrl: string;
    correctionUrl: string;
    sources: Source[];
  };
  related: { cards: AppCard[]; comparisons: { href: string; label: string }[] };
}

export type GuideSectionEntry = { [K in GuideSection]: { id: K; data: SectionData[K] } }[GuideSection];

export interface GuidePage {
  slug: string;
  title: string;
  description: string;
  image: string;
  jsonLd: JsonLd[];
  crumbs: Crumb[];
  sections: GuideSectionEntry[];
  facets: SearchFacets;
}

export interface GuideContext {
  site: string;
  buildDate: string;
  editUrl: (slug: string) => string;
  correctionUrl: (name: string) => string;
  /** The entry's Markdown body as Astro rendered it; sanitised here. */
  renderedHtml: string;
}

type CatalogPart = Pick<Catalog, 'bySlug' | 'related' | 'pairsByApp' | 'idps' | 'idpsById' | 'idpName' | 'costModel'> & { history?: Catalog['history'] };

/** A card for an app in another page's list: what every app list shows. */
export function appCard(view: AppView, currency: CostModel['currency']): AppCard {
  return {
    slug: view.slug,
    href: guideHref(view.slug),
    name: view.app.name,
    categoryName: view.category.name,
    view,
    manualCost: `${formatAmount(view.manualCost.total, currency)} a year${view.manualCost.partial ? ' (licences not priced)' : ''}`,
    summary: view.app.summary ? firstSentence(view.app.summary) : null,
  };
}

function ladder(view: AppView) {
  const steps = priceLadder(view);
  return { steps, chart: ladderChart(steps) };
}

function pricingRows(view: AppView): PricingRow[] {
  return (view.app.plans ?? []).map((plan: Plan) => {
    const cost = annualCost(plan.price, view.seats);
    return {
      name: plan.name,
      addOn: plan.addOn,
      highlight: plan === view.scimPlan.plan,
      price: formatPrice(plan.price),
      yearly: cost ? `${cost.basis === 'estimate' ? 'about ' : ''}${formatAmount(cost.low, cost.currency)}${cost.high !== undefined ? `–${formatAmount(cost.high, cost.currency)}` : ''}` : plan.price.unit === 'quote' ? 'Quote' : 'Not per person',
      sso: yesNo(planHasSso(view.app, plan)),
      scim: yesNo(planHasScim(view.app, plan)),
      note: [plan.note, plan.price.estimate?.note].filter(Boolean).join(' '),
    };
  });
}

function manualCostSection(view: AppView, costModel: CostModel): ManualCostSection {
  const cost = view.manualCost;
  const currency = costModel.currency;
  const seatNote = {
    'per-seat': `Unused licences are priced at ${formatMoney(view.seatPricing.kind === 'per-seat' ? view.seatPricing.perYear : 0, currency)} per seat a year, the seat price of ${view.app.name}'s cheapest paid plan.`,
    flat: `${view.app.name}'s cheapest paid plan has a flat price, so a seat left open costs no extra licence fee.`,
    unknown: `${view.app.name} publishes no seat price, so unused licences are counted but not priced, and the total leaves them out.`,
  }[view.seatPricing.kind];
  return {
    name: view.app.name,
    employees: formatCount(costModel.assumptions.employees.value),
    rows: [
      { key: 'orphanedAccounts', label: 'Orphaned accounts a year', value: formatCount(cost.orphanedAccounts) },
      { key: 'unusedLicenses', label: 'Unused licences (seat-years)', value: formatCount(cost.unusedLicenses) },
      { key: 'itHours', label: 'IT hours a year', value: formatCount(cost.itHours) },
      { key: 'unusedLicenseCost', label: 'Unused-licence cost a year', value: cost.unusedLicenseCost === null ? 'Not priced' : formatAmount(cost.unusedLicenseCost, currency) },
      { key: 'itLabourCost', label: 'IT labour cost a year', value: formatAmount(cost.itLabourCost, currency) },
      { key: 'complianceCost', label: 'Compliance misses a year', value: formatAmount(cost.complianceCost, currency) },
    ],
    total: formatAmount(cost.total, currency),
    partial: cost.partial,
    seatNote,
    assumptions: Object.entries(costModel.assumptions).map(([key, assumption]) => ({ key, label: assumption.label, value: assumption.value, explanation: assumption.explanation })),
    calculator:
      view.seatPricing.kind === 'per-seat'
        ? { inputs: costInputs(costModel), currency, seatPerMonth: Math.round((view.seatPricing.perYear / 12) * 100) / 100 }
        : null,
  };
}

function priceJumpSection(view: AppView): PriceJumpSection {
  const { jump, seats } = view;
  return {
    headline:
      jump.kind === 'jump'
        ? { multiple: formatMultiple(jump.multiple), extra: formatAmount(jump.extra, jump.scimPlan.cost.currency), base: jump.base.plan.name, scimPlan: jump.scimPlan.plan.name }
        : null,
    sentences: jumpExplanation(jump, seats),
    seats,
  };
}

function reportedPrices(view: AppView): SectionData['pricing']['reported'] {
  const reported = view.app.sso?.reportedPrices;
  if (!reported) return null;
  const ratio = priceRatio(reported.base, reported.sso);
  const verified = view.app.lastVerified;
  return {
    asOf: reported.asOf,
    asOfLabel: formatDate(reported.asOf),
    base: formatPrice(reported.base),
    sso: formatPrice(reported.sso),
    ratio: ratio === null ? null : formatMultiple(ratio),
    scim: reported.scim ? formatPrice(reported.scim) : null,
    sourceUrl: reported.source.url,
    age:
      reported.asOf < verified
        ? `These figures are older than the plan prices above (${formatDate(verified)}), which take precedence.`
        : reported.asOf > verified
          ? `These figures are newer than the plan prices above (${formatDate(verified)}).`
          : '',
  };
}

function techSpecs(view: AppView): SectionData['tech-specs'] {
  const { scim } = view.app;
  const facts = [
    { label: 'SCIM version', value: scim.version ?? NOT_DOCUMENTED, note: null },
    { label: 'Plan requirement', value: view.scimPlan.label, note: null },
    ...(scim.baseUrl ? [{ label: 'Base URL', value: scim.baseUrl, note: null }] : []),
    ...(scim.auth ? [{ label: 'Authentication', value: { bearer: 'Bearer token', oauth2: 'OAuth 2.0', basic: 'Basic', other: 'Other' }[scim.auth], note: scim.tokenSource ? `Token: ${scim.tokenSource}` : null }] : []),
    { label: 'Supported attributes', value: scim.attributes?.length ? scim.attributes.join(', ') : 'Not published by the vendor', note: null },
    { label: 'Roles provisioning can assign', value: scim.roles?.length ? scim.roles.join(', ') : NOT_DOCUMENTED, note: scim.rolesNote ?? null },
    { label: 'Deprovisioning', value: DEPROVISIONING_LABEL[scim.deprovisioning ?? 'unknown'], note: scim.deprovisioningNote ?? null },
    { label: 'Frees the seat', value: yesNo(scim.freesSeat), note: null },
    { label: 'Ends open sessions', value: yesNo(scim.endsSessions), note: null },
    { label: 'The user\'s data', value: scim.userData ?? NOT_DOCUMENTED, note: null },
  ];
  return {
    facts,
    operations: SCIM_OPERATIONS.map((operation) => ({ id: operation, label: OPERATION_LABEL[operation], value: yesNo(scim.operations?.[operation]) })),
    prerequisites: scim.prerequisites ?? [],
    limitations: (view.app.limitations ?? []).map((limitation) => limitation.title),
  };
}

function idpMatrix(view: AppView, idps: readonly Idp[]): SectionData['idp-matrix'] {
  // Rows follow the vocabulary's order, so every guide lists IdPs the same way.
  const cells = new Map((view.app.idps ?? []).map((cell) => [cell.idp, cell]));
  return {
    name: view.app.name,
    rows: idps.flatMap((idp) => {
      const cell = cells.get(idp.id);
      return cell
        ? [{ id: idp.id, name: idp.name, sso: IDP_SUPPORT_LABEL[cell.sso], ssoKey: cell.sso, scim: IDP_SUPPORT_LABEL[cell.scim], scimKey: cell.scim, note: cell.note ?? '', source: cell.source ?? null }]
        : [];
    }),
  };
}

/** The data of every section, built only for the sections the guide shows. */
function sectionData(id: GuideSection, view: AppView, catalog: CatalogPart, context: GuideContext, related: AppCard[], comparisons: { href: string; label: string }[]): GuideSectionEntry {
  const { app } = view;
  switch (id) {
    case 'header':
      return { id, data: { name: app.name, categoryName: view.category.name, view, vendorUrl: app.vendorUrl, vendorHost: new URL(app.vendorUrl).hostname } };
    case 'summary':
      return { id, data: { title: app.recommendation ? 'Summary and recommendation' : 'Summary', summary: summaryOf(view, catalog.idpName), recommendation: app.recommendation ?? null, prose: sanitizeProse(context.renderedHtml) } };
    case 'quick-facts':
      return { id, data: { facts: quickFacts(view, catalog.idpName), scimNote: app.scim.note ?? null, ssoNote: app.sso?.note ?? null } };
    case 'idp-matrix':
      return { id, data: idpMatrix(view, catalog.idps) };
    case 'manual-cost':
      return { id, data: manualCostSection(view, catalog.costModel) };
    case 'pricing':
      return { id, data: { name: app.name, seats: view.seats, rows: pricingRows(view), ladder: ladder(view), pricingNote: app.pricingNote ?? null, reported: reportedPrices(view) } };
    case 'price-jump':
      return { id, data: priceJumpSection(view) };
    case 'constraints':
      return { id, data: { limitations: (app.limitations ?? []).map((limitation) => ({ title: limitation.title, detail: limitation.detail, source: limitation.source ?? null })) } };
    case 'challenges':
      return { id, data: { challenges: view.challenges } };
    case 'upgrade':
      return { id, data: { plan: view.scimPlan.plan?.name ?? null, features: app.bundledFeatures ?? [] } };
    case 'admins-say':
      return { id, data: { complaints: app.complaints ?? [], quotes: (app.quotes ?? []).map((quote) => ({ text: quote.text, attribution: quote.attribution ?? null, source: quote.source })) } };
    case 'decision':
      return { id, data: { rows: (app.decision ?? []).map((row) => ({ situation: row.situation, recommendation: row.recommendation, label: DECISION_LABEL[row.recommendation], why: row.why })) } };
    case 'bottom-line':
      return { id, data: { text: app.bottomLine ?? '' } };
    case 'tech-specs':
      return { id, data: techSpecs(view) };
    case 'configuration':
      return { id, data: { blocks: (app.configuration ?? []).map((block) => ({ idp: block.idp, idpName: catalog.idpName(block.idp), block })) } };
    case 'history': {
      const history = catalog.history;
      const events = history?.bySlug.get(view.slug) ?? [];
      return {
        id,
        data: {
          available: Boolean(history?.available),
          reason: history?.available ? null : (history?.reason ?? 'this build was made without git history'),
          events: events.map((event) => ({ date: event.date, dateLabel: formatDate(event.date), commit: event.commit.slice(0, 12), added: event.added, changes: event.changes })),
        },
      };
    }
    case 'badge': {
      const snippets = badgeSnippets(context.site, view.slug, app.name, view.status);
      return { id, data: { image: badgeHref(view.slug), alt: snippets.alt, width: snippets.width, markdown: snippets.markdown, html: snippets.html, stackHref: stackHref([view.slug]) } };
    }
    case 'footer':
      return {
        id,
        data: {
          lastVerified: app.lastVerified,
          lastVerifiedLabel: formatDate(app.lastVerified),
          provenance: provenanceSentence(app),
          stale: isStale(app.lastVerified, context.buildDate),
          editUrl: context.editUrl(view.slug),
          correctionUrl: context.correctionUrl(app.name),
          sources: app.sources,
        },
      };
    case 'related':
      return { id, data: { cards: related, comparisons } };
  }
}

export function guidePage(catalog: CatalogPart, slug: string, context: GuideContext): GuidePage {
  const view = catalog.bySlug.get(slug);
  if (!view) throw new Error(`no app "${slug}" in the catalog`);
  const currency = catalog.costModel.currency;
  const related = (catalog.related.get(slug) ?? []).map((other) => appCard(other, currency));
  const comparisons = (catalog.pairsByApp.get(slug) ?? []).map((pair) => ({
    href: comparisonHref(pair),
    label: pair.map((other) => catalog.bySlug.get(other)?.app.name ?? other).join(' vs '),
  }));
  const present = guideSections({ app: view.app, jump: view.jump, challenges: view.challenges, relatedCount: related.length + comparisons.length });
  const summary = summaryOf(view, catalog.idpName);
  const pageUrl = new URL(guideHref(slug), context.site).href;
  const description = guideDescription(view, summary);
  const image = socialImageHref(slug);
  return {
    slug,
    title: `${view.app.name} SCIM provisioning: ${view.status.callout} · scim-catalog`,
    description,
    image,
    jsonLd: [
      guideJsonLd(view, pageUrl, description, new URL(image, context.site).href),
      breadcrumbJsonLd([
        { name: 'Home', url: new URL('/', context.site).href },
        { name: view.category.name, url: new URL(categoryHref(view.category.id), context.site).href },
        { name: view.app.name, url: pageUrl },
      ]),
    ],
    crumbs: [{ label: 'Home', href: '/' }, { label: view.category.name, href: categoryHref(view.category.id) }, { label: view.app.name }],
    sections: present.map((id) => sectionData(id, view, catalog, context, related, comparisons)),
    facets: searchFacets(view, catalog.idpsById, summary),
  };
}
