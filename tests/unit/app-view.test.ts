import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView, seatPricing } from '../../src/lib/app-view.ts';
import { app, perSeatFromTeams } from '../helpers/apps.ts';
import { context, deep } from '../helpers/guide.ts';

describe('deriveAppView and related apps', () => {
  it('derives status, cheapest plans, cost and monogram once', () => {
    const view = deriveAppView('flatly', deep(), context);
    assert.equal(view.status.callout, 'Native SCIM requires Enterprise plan');
    assert.equal(view.cheapest?.plan.name, 'Business');
    assert.equal(view.cheapestScim?.plan.name, 'Enterprise');
    assert.equal(view.seats, 500);
    assert.deepEqual(view.seatPricing, { kind: 'flat' });
    assert.equal(view.category.name, 'Analytics');
    assert.equal(view.monogram.initials, 'F');
  });

  it('prices unused seats from the cheapest paid plan', () => {
    assert.deepEqual(seatPricing(perSeatFromTeams(), 500), { kind: 'per-seat', perYear: 48 });
    assert.deepEqual(seatPricing(app({}), 500), { kind: 'unknown' });
  });

  it('gives each app its own manual cost', () => {
    const flat = deriveAppView('flatly', deep(), context);
    const seats = deriveAppView('seaty', perSeatFromTeams(), context);
    assert.notEqual(flat.manualCost.total, seats.manualCost.total);
  });

  it('refuses a category outside the vocabulary', () => {
    assert.throws(() => deriveAppView('x', { ...app({}), category: 'nope' }, context), /category "nope"/);
  });

});
