/**
 * Derived data for the browse and compare pages: one comparison row per app, category
 * summaries, IdP coverage, comparison pairs and the SCIM-tax ranking. Each is computed
 * from the app views in one pass or a sort, never per page over the whole catalog.
 */
import type { AppView } from './app-view.ts';
import { formatAmount, formatMultiple, formatPrice } from './format.ts';
import { DEPROVISIONING_LABEL, NOT_DOCUMENTED, protocolList } from './labels.ts';
import type { StatusKey } from './status.ts';
import type { ProvenanceMethod } from '../schema/app.ts';
import { PROVENANCE_LABEL } from './provenance.ts';

export interface ComparisonRow {
  slug: string;
  name: string;
  category: string;
  categoryName: string;
  status: StatusKey;
  statusLabel: string;
  scimPlan: string;
  scimPlanPrice: string;
  cheapestPlan: string;
  cheapestPrice: string;
  /** The price multiple to reach SCIM, when one can be computed. */
  multiple: number | null;
  multipleLabel: string;
  protocols: string;
  /** Ids of IdPs with full SCIM. */
  fullScimIdps: string[];
  deprovisioning: string;
  provenance: ProvenanceMethod;
  provenanceLabel: string;
  lastVerified: string;
}

export function comparisonRow(view: AppView): ComparisonRow {
  const { app } = view;
  return {
    slug: view.slug,
    name: app.name,
    category: app.category,
    categoryName: view.category.name,
    status: view.status.key,
    statusLabel: view.status.label,
    scimPlan: view.scimPlan.label,
    scimPlanPrice: view.scimPlan.price,
    cheapestPlan: view.cheapest?.plan.name ?? '—',
    cheapestPrice: view.cheapest ? formatPrice(view.cheapest.plan.price) : '—',
    multiple: view.figures.multiple,
    multipleLabel: view.figures.label,
    protocols: protocolList(app.sso?.protocols),
    fullScimIdps: (app.idps ?? []).filter((cell) => cell.scim === 'full').map((cell) => cell.idp),
    deprovisioning: DEPROVISIONING_LABEL[app.scim.deprovisioning ?? 'unknown'],
    provenance: app.provenance.method,
    provenanceLabel: PROVENANCE_LABEL[app.provenance.method],
    lastVerified: app.lastVerified,
  };
}

/** "9 of 14 offer SCIM only on a paid tier; 2 include it on every plan; …". */
export function categorySummary(views: readonly AppView[]): string {
  const total = views.length;
  const count = (keys: StatusKey[]) => views.filter((view) => keys.includes(view.status.key)).length;
  const parts = [
    [count(['paid-tier']), 'offer SCIM only on a paid tier or add-on'],
    [count(['included']), 'include SCIM with no upcharge'],
    [count(['native']), 'have SCIM on a plan that is not documented'],
    [count(['idp-only']), 'provision only through specific IdPs'],
    [count(['none']), 'offer no SCIM'],
    [count(['unknown']), 'do not document SCIM'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} of ${total} ${what}`);
  return said.length ? `${said.join('; ')}.` : 'No apps yet.';
}

export interface IdpCoverage {
  full: AppView[];
  /** SSO through the IdP but no provisioning through it. */
  ssoOnly: AppView[];
  /** Accounts created just in time at sign-in. */
  jitOnly: AppView[];
  /** Apps whose guide documents a configuration for this IdP. */
  configured: AppView[];
}

/** One pass over the catalog for every IdP at once. */
export function idpCoverage(views: readonly AppView[]): Map<string, IdpCoverage> {
  const coverage = new Map<string, IdpCoverage>();
  const entry = (id: string) => {
    let value = coverage.get(id);
    if (!value) {
      value = { full: [], ssoOnly: [], jitOnly: [], configured: [] };
      coverage.set(id, value);
    }
    return value;
  };
  for (const view of views) {
    for (const cell of view.app.idps ?? []) {
      const bucket = entry(cell.idp);
      if (cell.scim === 'full') bucket.full.push(view);
      else if (cell.scim === 'jit' || cell.sso === 'jit') bucket.jitOnly.push(view);
      else if (cell.sso === 'full' || cell.sso === 'third-party') bucket.ssoOnly.push(view);
    }
    for (const block of view.app.configuration ?? []) entry(block.idp).configured.push(view);
  }
  return coverage;
}

/** Unordered pairs of apps that an entry names as related, each once, slugs in order. */
export function comparisonPairs(views: readonly AppView[]): [string, string][] {
  const known = new Set(views.map((view) => view.slug));
  const pairs = new Map<string, [string, string]>();
  for (const view of views) {
    for (const other of view.app.related ?? []) {
      if (!known.has(other) || other === view.slug) continue;
      const pair: [string, string] = view.slug < other ? [view.slug, other] : [other, view.slug];
      pairs.set(pair.join('|'), pair);
    }
  }
  return [...pairs.values()].sort((a, b) => a.join('-').localeCompare(b.join('-')));
}


/** The comparison pages each app appears in, by slug. */
export function comparisonsByApp(pairs: readonly [string, string][]): Map<string, [string, string][]> {
  const byApp = new Map<string, [string, string][]>();
  for (const pair of pairs) {
    for (const slug of pair) {
      const list = byApp.get(slug);
      if (list) list.push(pair);
      else byApp.set(slug, [pair]);
    }
  }
  return byApp;
}

