/**
 * What the search index knows about each guide: its facets (pagefind filters), sort keys,
 * result metadata and extra words readers use for the same things. All derived from the
 * app view, so search and pages cannot disagree.
 */
import type { Idp } from '../schema/app.ts';
import type { AppView } from './app-view.ts';

import { PROVENANCE_LABEL } from './provenance.ts';
import { PROTOCOL_LABEL } from './labels.ts';
import { fitsTeam } from './pricing.ts';

export type ScimTier = 'free' | 'team' | 'business' | 'enterprise' | 'add-on' | 'quote';

const ENTERPRISE_NAME = /enterprise|ultimate|scale|elite|premier|platinum|unlimited/i;

/**
 * The kind of plan SCIM needs: an add-on, the free plan, the first paid plan (team), the
 * top or enterprise-named plan (enterprise), one in between (business), or a quote-only
 * plan that none of these describe. Null when no SCIM plan is known.
 */
export function scimTier(view: AppView): ScimTier | null {
  const plan = view.scimPlan.plan;
  if (!plan) return null;
  if (plan.addOn) return 'add-on';
  if (plan.price.unit === 'free') return 'free';
  const paid = (view.app.plans ?? []).filter((candidate) => !candidate.addOn && candidate.price.unit !== 'free' && fitsTeam(candidate, view.seats));
  const position = paid.indexOf(plan);
  if (position === 0) return 'team';
  if (ENTERPRISE_NAME.test(plan.name)) return 'enterprise';
  if (position === paid.length - 1) return 'enterprise';
  if (plan.price.unit === 'quote') return 'quote';
  return 'business';
}

export const TIER_LABEL: Record<ScimTier, string> = {
  free: 'Free plan',
  team: 'First paid plan',
  business: 'Mid-tier plan',
  enterprise: 'Enterprise plan',
  'add-on': 'Add-on',
  quote: 'Quote-only plan',
};

export interface SearchFacets {
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  meta: Record<string, string>;
  /** Extra words indexed with the guide: aliases and synonyms readers type. */
  terms: string[];
  /** The app's own names (current, former, alternative), weighted highest in the index. */
  names: string[];
  /** Words for the IdPs the guide covers: they should find it, but rank below the IdP's own page. */
  idpTerms: string[];
}

/** Word forms a name is searched by: "Bill.com" → "Bill com", "Billcom". */
export function nameVariants(name: string): string[] {
  const spaced = name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const joined = name.replace(/[^\p{L}\p{N}]+/gu, '');
  return [...new Set([spaced, joined].filter((variant) => variant && variant !== name))];
}

export function searchFacets(view: AppView, idps: ReadonlyMap<string, Idp>, summary: string): SearchFacets {
  const { app } = view;
  const tier = scimTier(view);
  const fullIdps = (app.idps ?? []).filter((cell) => cell.scim === 'full').map((cell) => idps.get(cell.idp)?.name ?? cell.idp);
  const filters: Record<string, string[]> = {
    category: [view.category.name],
    status: [view.status.label],
    ...(tier && { tier: [TIER_LABEL[tier]] }),
    ...(fullIdps.length && { idp: fullIdps }),
    ...(app.sso?.protocols?.length && { protocol: app.sso.protocols.map((protocol) => PROTOCOL_LABEL[protocol]) }),
    checked: [PROVENANCE_LABEL[app.provenance.method]],
  };
  const multiple = view.figures.multiple;
  const sort: Record<string, string> = {
    name: app.name.toLowerCase(),
    verified: app.lastVerified,
    ...(multiple !== null && { multiple: multiple.toFixed(3) }),
  };
  const meta: Record<string, string> = {
    title: app.name,
    status: view.status.label,
    tone: view.status.tone,
    summary,
    monogram: view.monogram.initials,
    ...(app.logo && { image: app.logo }),
  };
  const names = new Set<string>([app.name, ...(app.aliases ?? [])].flatMap((name) => [name, ...nameVariants(name)]));
  const idpTerms = new Set<string>();
  for (const cell of app.idps ?? []) for (const alias of idps.get(cell.idp)?.aliases ?? []) idpTerms.add(alias);
  for (const block of app.configuration ?? []) for (const alias of idps.get(block.idp)?.aliases ?? []) idpTerms.add(alias);
  const terms = new Set<string>();
  if (app.sso?.availability === 'available') ['SSO', 'single sign-on'].forEach((term) => terms.add(term));
  if (app.sso?.protocols?.includes('saml')) terms.add('SAML');
  if (app.scim.deprovisioning && app.scim.deprovisioning !== 'unknown') {
    ['deprovision', 'deprovisioning', 'offboarding', 'deactivation'].forEach((term) => terms.add(term));
  }
  return { filters, sort, meta, terms: [...terms], names: [...names], idpTerms: [...idpTerms] };
}
