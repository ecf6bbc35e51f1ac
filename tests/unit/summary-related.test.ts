import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView, idpNamer, type CatalogContext } from '../../src/lib/app-view.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { buildRelatedIndex, relatedSlugs, type RelatedCandidate } from '../../src/lib/related.ts';
import { derivedSummary, summaryOf } from '../../src/lib/summary.ts';
import { app, flatWithEstimate, perSeatFromTeams, quoteOnly } from '../helpers/apps.ts';

const context: CatalogContext = {
  categories: new Map([['analytics', { id: 'analytics', name: 'Product analytics', description: 'x' }]]),
  idps: new Map([['okta', { id: 'okta', name: 'Okta', order: 1, description: 'x' }]]),
  costInputs: costInputs(readCostModel()),
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

describe('relatedSlugs: same category, nearest status', () => {
  const candidates: RelatedCandidate[] = [
    { slug: 'a', name: 'A', category: 'x', status: 'paid-tier' },
    { slug: 'b', name: 'B', category: 'x', status: 'none' },
    { slug: 'c', name: 'C', category: 'x', status: 'paid-tier' },
    { slug: 'd', name: 'D', category: 'x', status: 'included' },
    { slug: 'e', name: 'E', category: 'x', status: 'unknown' },
    { slug: 'f', name: 'F', category: 'y', status: 'paid-tier' },
    { slug: 'g', name: 'G', category: 'x', status: 'native' },
  ];
  const index = buildRelatedIndex(candidates);

  it('takes the same status first, then the nearest, alphabetically within a distance', () => {
    // paid-tier: C (same), then distance 1: G (native) and idp-only (none here), then distance 2: D (included) and E (unknown)
    assert.deepEqual(relatedSlugs(candidates[0]!, index, 4), ['c', 'g', 'd', 'e']);
  });

  it('never picks the app itself or another category', () => {
    const picked = relatedSlugs(candidates[1]!, index, 10);
    assert.ok(!picked.includes('b'));
    assert.ok(!picked.includes('f'));
    assert.equal(picked.length, 5);
  });

  it('keeps an editor\'s own list as it is', () => {
    assert.deepEqual(relatedSlugs({ ...candidates[0]!, related: ['f', 'b'] }, index), ['f', 'b']);
  });

  it('returns nothing for an app alone in its category', () => {
    assert.deepEqual(relatedSlugs(candidates[5]!, index), []);
  });
});
