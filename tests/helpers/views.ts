/**
 * Derived views of the sample apps in tests/helpers/apps.ts, as the browse pages, search
 * engines, feeds and open data see them. The cost model is the fixture catalog's.
 */
import { deriveAppView, type AppView, type CatalogContext } from '../../src/lib/app-view.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { app, flatWithEstimate, perSeatFromTeams, quoteOnly } from './apps.ts';
import { FIXTURE_CATALOG } from './catalog.ts';

/** The two-category, two-IdP context the sample apps are derived in; `analytics` names the first category. */
export function sampleContext(analytics = 'Product analytics'): CatalogContext {
  return {
    categories: new Map([
      ['analytics', { id: 'analytics', name: analytics, description: 'x' }],
      ['finance', { id: 'finance', name: 'Finance', description: 'x' }],
    ]),
    idps: new Map([
      ['okta', { id: 'okta', name: 'Okta', order: 1, description: 'x' }],
      ['entra-id', { id: 'entra-id', name: 'Microsoft Entra ID', order: 2, description: 'x' }],
    ]),
    costInputs: costInputs(readCostModel(FIXTURE_CATALOG)),
  };
}

export const context: CatalogContext = sampleContext();
export const view = (slug: string, entry: ReturnType<typeof app>): AppView => deriveAppView(slug, entry, context);

export const flat = view('flatly', { ...flatWithEstimate(), related: ['seaty', 'quoty'], lastVerified: '2026-03-01', idps: [{ idp: 'okta', sso: 'full', scim: 'full' }, { idp: 'entra-id', sso: 'full', scim: 'jit' }], configuration: [{ idp: 'okta', integrationType: 'x' }] } as ReturnType<typeof app>);
export const seats = view('seaty', { ...perSeatFromTeams(), category: 'finance', related: ['flatly'], lastVerified: '2026-02-01', idps: [{ idp: 'okta', sso: 'full', scim: 'none' }] } as ReturnType<typeof app>);
export const quote = view('quoty', { ...quoteOnly(), lastVerified: '2026-02-01' } as ReturnType<typeof app>);
export const none = view('nothing', app({ name: 'Nothing', scim: { availability: 'none' } }));
export const views = [flat, seats, quote, none];
