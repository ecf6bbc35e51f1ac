import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { costInputs, manualCost } from '../../src/lib/cost-model.ts';
import type { CostInputs } from '../../src/schema/cost-model.ts';

// Round numbers so every figure can be checked by hand.
const inputs: CostInputs = {
  employees: 1000,
  turnoverRate: 0.1, // 100 leavers, 100 joiners
  internalMoveRate: 0.05, // 50 movers
  minutesPerJoiner: 30,
  minutesPerLeaver: 30,
  minutesPerMove: 12,
  missedOffboardingRate: 0.1, // 10 orphaned accounts
  orphanedAccountMonths: 6,
  offboardingLagDays: 73, // a fifth of a year
  hourlyItCost: 50,
  complianceCostPerOrphan: 100,
};

describe('manualCost: the cost of provisioning by hand', () => {
  it('counts people, hours and orphaned accounts from the assumptions', () => {
    const cost = manualCost(inputs, { kind: 'flat' });
    assert.equal(cost.leavers, 100);
    assert.equal(cost.joiners, 100);
    assert.equal(cost.movers, 50);
    assert.equal(cost.orphanedAccounts, 10);
    assert.equal(cost.itHours, (100 * 30 + 100 * 30 + 50 * 12) / 60); // 110
    assert.equal(cost.unusedLicenses, 100 * 0.2 + 10 * 0.5); // 25 seat-years
  });

  it('prices unused licences at the app\'s own seat price, so apps differ', () => {
    const cheap = manualCost(inputs, { kind: 'per-seat', perYear: 48 });
    const dear = manualCost(inputs, { kind: 'per-seat', perYear: 948 });
    assert.equal(cheap.unusedLicenseCost, 25 * 48);
    assert.equal(dear.unusedLicenseCost, 25 * 948);
    assert.equal(dear.total - cheap.total, 25 * 900);
  });

  it('adds IT labour and compliance misses to the total', () => {
    const cost = manualCost(inputs, { kind: 'per-seat', perYear: 100 });
    assert.equal(cost.itLabourCost, 110 * 50);
    assert.equal(cost.complianceCost, 10 * 100);
    assert.equal(cost.total, 2500 + 5500 + 1000);
    assert.equal(cost.partial, false);
  });

  it('charges nothing for idle seats on a flat price', () => {
    const cost = manualCost(inputs, { kind: 'flat' });
    assert.equal(cost.unusedLicenseCost, 0);
    assert.equal(cost.partial, false);
  });

  it('leaves licences out of the total, and says so, when the seat price is unknown', () => {
    const cost = manualCost(inputs, { kind: 'unknown' });
    assert.equal(cost.unusedLicenseCost, null);
    assert.equal(cost.partial, true);
    assert.equal(cost.total, 5500 + 1000);
  });

  it('grows with the company', () => {
    const small = manualCost({ ...inputs, employees: 100 }, { kind: 'flat' });
    const large = manualCost(inputs, { kind: 'flat' });
    assert.equal(large.itHours, small.itHours * 10);
  });
});

describe('costInputs: the model file', () => {
  it('reads content/cost-model.yaml, which defaults to 500 employees', () => {
    const values = costInputs(readCostModel());
    assert.equal(values.employees, 500);
    assert.equal(Object.keys(values).length, 11);
    for (const value of Object.values(values)) assert.equal(typeof value, 'number');
  });
});
