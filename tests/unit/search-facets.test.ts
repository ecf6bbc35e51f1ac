import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView, type CatalogContext } from '../../src/lib/app-view.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { nameVariants, scimTier, searchFacets } from '../../src/lib/search-facets.ts';
import { app, flatWithEstimate, perSeatFromTeams } from '../helpers/apps.ts';
import { FIXTURE_CATALOG } from '../helpers/catalog.ts';

const idps = new Map([
  ['okta', { id: 'okta', name: 'Okta', order: 1, description: 'x' }],
  ['entra-id', { id: 'entra-id', name: 'Microsoft Entra ID', order: 2, description: 'x', aliases: ['Azure AD'] }],
]);
const context: CatalogContext = {
  categories: new Map([['analytics', { id: 'analytics', name: 'Product analytics', description: 'x' }]]),
  idps,
  costInputs: costInputs(readCostModel(FIXTURE_CATALOG)),
};
const view = (entry: ReturnType<typeof app>) => deriveAppView('x', entry, context);
const tiered = (names: string[], scimPlan: string, extra: Record<string, unknown> = {}) =>
  view(
    app({
      scim: { availability: 'native', plan: scimPlan },
      plans: names.map((name) => ({ name, price: { unit: 'per-user-month', amount: 10 + names.indexOf(name) }, ...(name === scimPlan ? extra : {}) })),
    }),
  );

describe('scimTier', () => {
  it('names the kind of plan SCIM needs', () => {
    assert.equal(scimTier(view(perSeatFromTeams())), 'team');
    assert.equal(scimTier(view(flatWithEstimate())), 'enterprise');
    assert.equal(scimTier(tiered(['Basic', 'Business', 'Pro Max'], 'Business')), 'business');
    assert.equal(scimTier(tiered(['Basic', 'Business', 'Top'], 'Top')), 'enterprise');
    assert.equal(scimTier(tiered(['Basic', 'Guard'], 'Guard', { addOn: true })), 'add-on');
    assert.equal(scimTier(view(app({ scim: { availability: 'native', plan: 'Free' }, plans: [{ name: 'Free', price: { unit: 'free' } }] }))), 'free');
    assert.equal(scimTier(view(app({ scim: { availability: 'unknown' } }))), null);
  });
});

describe('searchFacets', () => {
  it('derives filters, sort keys, metadata and synonyms', () => {
    const entry = app({
      ...flatWithEstimate(),
      name: 'Bill.com',
      sso: { availability: 'available', protocols: ['saml'] },
      idps: [
        { idp: 'okta', sso: 'full', scim: 'full' },
        { idp: 'entra-id', sso: 'full', scim: 'jit' },
      ],
    });
    const facets = searchFacets(view({ ...entry, name: 'Bill.com' }), idps, 'A summary.');
    assert.deepEqual(facets.filters, {
      category: ['Product analytics'],
      status: ['SCIM on a paid tier'],
      tier: ['Enterprise plan'],
      idp: ['Okta'],
      protocol: ['SAML 2.0'],
      checked: ['Unchecked draft'],
    });
    assert.equal(facets.sort.multiple, (10000 / 2388).toFixed(3));
    assert.equal(facets.meta.summary, 'A summary.');
    for (const term of ['SAML', 'SSO', 'deprovision']) assert.ok(facets.terms.includes(term), term);
    assert.deepEqual(facets.names, ['Bill.com', 'Bill com', 'Billcom']);
    assert.ok(facets.idpTerms.includes('Azure AD'), 'IdP aliases find the guide, weighted below the IdP page');
    const renamed = searchFacets(view({ ...entry, name: 'Kit', aliases: ['ConvertKit'] }), idps, 'A summary.');
    assert.deepEqual(renamed.names, ['Kit', 'ConvertKit'], 'a former name finds the app');
  });

  it('nameVariants splits and joins punctuated names only', () => {
    assert.deepEqual(nameVariants('Bill.com'), ['Bill com', 'Billcom']);
    assert.deepEqual(nameVariants('Slack'), []);
  });
});
