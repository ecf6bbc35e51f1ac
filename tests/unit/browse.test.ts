import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  categorySummary,
  comparisonPairs,
  comparisonRow,
  comparisonsByApp,
  idpCoverage,
} from '../../src/lib/browse.ts';
import { comparisonSlug } from '../../src/lib/links.ts';
import { app } from '../helpers/apps.ts';
import { flat, none, quote, seats, view, views } from '../helpers/views.ts';

describe('comparison rows and labels', () => {
  it('makes one row of facts per app', () => {
    const row = comparisonRow(flat);
    assert.equal(row.scimPlan, 'Enterprise');
    assert.equal(row.scimPlanPrice, 'Custom quote (about $10,000/year)');
    assert.equal(row.cheapestPlan, 'Business');
    assert.equal(row.multipleLabel, '4.2× (est.)');
    assert.deepEqual(row.fullScimIdps, ['okta']);
    assert.equal(row.deprovisioning, 'Deactivates the user; the account stays');
    assert.equal(comparisonRow(none).scimPlan, 'Not offered');
    assert.equal(comparisonRow(view('x', app({}))).scimPlan, 'Not documented');
  });

  it('summarises a category in counts', () => {
    assert.equal(categorySummary([flat, quote, seats, none]), '2 of 4 offer SCIM only on a paid tier or add-on; 1 of 4 include SCIM with no upcharge; 1 of 4 offer no SCIM.');
    assert.equal(categorySummary([]), 'No apps yet.');
  });
});

describe('IdP coverage, comparison pairs and the ranking', () => {
  it('sorts each app into full, SSO-only, JIT-only and configured per IdP in one pass', () => {
    const coverage = idpCoverage(views);
    assert.deepEqual(coverage.get('okta')?.full.map((v) => v.slug), ['flatly']);
    assert.deepEqual(coverage.get('okta')?.ssoOnly.map((v) => v.slug), ['seaty']);
    assert.deepEqual(coverage.get('entra-id')?.jitOnly.map((v) => v.slug), ['flatly']);
    assert.deepEqual(coverage.get('okta')?.configured.map((v) => v.slug), ['flatly']);
  });

  it('keeps each related pair once, in slug order, and indexes them by app', () => {
    const pairs = comparisonPairs(views);
    assert.deepEqual(pairs, [
      ['flatly', 'quoty'],
      ['flatly', 'seaty'],
    ]);
    assert.equal(comparisonSlug(pairs[0]!), 'flatly-vs-quoty');
    assert.equal(comparisonsByApp(pairs).get('flatly')?.length, 2);
    assert.equal(comparisonsByApp(pairs).get('seaty')?.length, 1);
  });
});
