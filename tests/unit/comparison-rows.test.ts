import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparisonRow } from '../../src/lib/comparison-rows.ts';
import { app } from '../helpers/apps.ts';
import { flat, none, view } from '../helpers/views.ts';

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
});
