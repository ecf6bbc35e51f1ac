import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView, idpNamer, type CatalogContext } from '../../src/lib/app-view.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { derivedSummary, summaryOf } from '../../src/lib/summary.ts';
import { app, flatWithEstimate, perSeatFromTeams, quoteOnly } from '../helpers/apps.ts';
import { FIXTURE_CATALOG } from '../helpers/catalog.ts';

const context: CatalogContext = {
  categories: new Map([['analytics', { id: 'analytics', name: 'Product analytics', description: 'x' }]]),
  idps: new Map([['okta', { id: 'okta', name: 'Okta', order: 1, description: 'x' }]]),
  costInputs: costInputs(readCostModel(FIXTURE_CATALOG)),
};
const idpName = idpNamer(context.idps);
const summary = (entry: ReturnType<typeof app>) => derivedSummary(deriveAppView('x', entry, context), idpName);

describe('derivedSummary: a true sentence from the facts', () => {
  it('states the SCIM plan and the computed multiple', () => {
    assert.equal(summary(flatWithEstimate()), 'Flatly (Product analytics) offers SCIM provisioning only with its Enterprise plan, an estimated 4.2× the price of Business for a team of 500.');
  });

  it('covers every status in plain words', () => {
    assert.equal(summary(perSeatFromTeams()), 'Seaty (Product analytics) offers SCIM provisioning on every paid plan, starting with Teams.');
    assert.match(summary(quoteOnly()), /only on its Enterprise plan, which is sold by quote\.$/);
    assert.match(summary(app({ scim: { availability: 'none' } })), /does not offer SCIM provisioning on any plan\.$/);
    assert.match(summary(app({ scim: { availability: 'unknown' } })), /does not say publicly whether it supports SCIM provisioning\.$/);
    assert.match(summary(app({ scim: { availability: 'idp-only', via: ['okta'] } })), /has no SCIM API of its own; provisioning works only through Okta\.$/);
    assert.match(summary(app({ scim: { availability: 'native' } })), /the plan it needs is not documented\.$/);
  });

  it('prefers the editor\'s summary', () => {
    const view = deriveAppView('x', app({ summary: 'Written by hand.' }), context);
    assert.equal(summaryOf(view, idpName), 'Written by hand.');
  });
});
