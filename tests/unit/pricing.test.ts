import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  annualCost,
  billableSeats,
  seatLimit,
  cheapestPaidPlan,
  cheapestPlan,
  cheapestScimPlan,
  fitsTeam,
  isMetered,
  planHasScim,
  planHasSso,
  priceRatio,
  priceJump,
  scimPlans,
  seatPricePerYear,
} from '../../src/lib/pricing.ts';
import type { Price } from '../../src/schema/app.ts';
import { jumpFigures } from '../../src/lib/price-figures.ts';
import { app, flatWithEstimate, perSeatFromTeams, quoteOnly, source } from '../helpers/apps.ts';

const price = (p: Partial<Price> & Pick<Price, 'unit'>): Price => ({ from: false, currency: 'USD', ...p });

describe('annualCost: a yearly figure for a team', () => {
  it('multiplies per-seat prices by seats, and monthly prices by 12', () => {
    assert.equal(annualCost(price({ unit: 'per-user-month', amount: 4 }), 500)?.low, 24000);
    assert.equal(annualCost(price({ unit: 'per-user-year', amount: 48 }), 500)?.low, 24000);
  });

  it('ignores seats for flat prices', () => {
    assert.equal(annualCost(price({ unit: 'flat-month', amount: 199 }), 500)?.low, 2388);
    assert.equal(annualCost(price({ unit: 'flat-year', amount: 10000 }), 5)?.low, 10000);
  });

  it('keeps both ends of a range and the "from" flag', () => {
    const cost = annualCost(price({ unit: 'flat-month', amount: 300, upTo: 1000, from: true }), 1);
    assert.deepEqual(cost, { low: 3600, high: 12000, currency: 'USD', basis: 'list', from: true });
  });

  it('is zero for a free plan', () => {
    assert.equal(annualCost(price({ unit: 'free' }), 500)?.low, 0);
  });

  it('is null for a quote without an estimate: the answer is "quote", not a guess', () => {
    assert.equal(annualCost(price({ unit: 'quote' }), 500), null);
  });

  it('uses a sourced estimate for a quote, marked as an estimate', () => {
    const cost = annualCost(price({ unit: 'quote', estimate: { amount: 158, upTo: 237, unit: 'per-user-month', currency: 'USD', source } }), 10);
    assert.deepEqual(cost, { low: 18960, high: 28440, currency: 'USD', basis: 'estimate', from: false });
  });
});

describe('seatPricePerYear', () => {
  it('is the yearly seat price for per-seat plans and null otherwise', () => {
    assert.equal(seatPricePerYear(price({ unit: 'per-user-month', amount: 4 })), 48);
    assert.equal(seatPricePerYear(price({ unit: 'per-user-year', amount: 30 })), 30);
    assert.equal(seatPricePerYear(price({ unit: 'flat-month', amount: 30 })), null);
    assert.equal(seatPricePerYear(price({ unit: 'quote' })), null);
  });
});

describe('cheapest plans', () => {
  it('finds the cheapest plan overall, free plans included', () => {
    assert.equal(cheapestPlan(perSeatFromTeams().plans!, 500)?.plan.name, 'Free');
    assert.equal(cheapestPlan(flatWithEstimate().plans!, 500)?.plan.name, 'Business');
  });

  it('finds the cheapest paid plan', () => {
    assert.equal(cheapestPaidPlan(perSeatFromTeams().plans!, 500)?.plan.name, 'Teams');
  });

  it('compares flat and per-seat prices at the team size', () => {
    const plans = app({
      plans: [
        { name: 'Flat', price: { unit: 'flat-month', amount: 100 } },
        { name: 'Seat', price: { unit: 'per-user-month', amount: 5 } },
      ],
    }).plans!;
    assert.equal(cheapestPlan(plans, 10)?.plan.name, 'Seat'); // 600 < 1,200
    assert.equal(cheapestPlan(plans, 100)?.plan.name, 'Flat'); // 1,200 < 6,000
  });

  it('never counts an add-on as the cheapest plan', () => {
    const plans = app({
      plans: [
        { name: 'Pro', price: { unit: 'per-user-month', amount: 10 } },
        { name: 'Guard', price: { unit: 'per-user-month', amount: 4 }, addOn: true },
      ],
    }).plans!;
    assert.equal(cheapestPlan(plans, 10)?.plan.name, 'Pro');
  });

  it('finds the cheapest plan with SCIM, and treats the named SCIM plan as having it', () => {
    assert.equal(cheapestScimPlan(perSeatFromTeams(), 500)?.plan.name, 'Teams');
    const named = app({ scim: { availability: 'native', plan: 'Pro' }, plans: [{ name: 'Pro', price: { unit: 'flat-year', amount: 1 } }] });
    assert.equal(planHasScim(named, named.plans![0]!), true);
    assert.deepEqual(scimPlans(named).map((plan) => plan.name), ['Pro']);
  });

  it('has no SCIM plan when SCIM is unknown or absent', () => {
    assert.equal(cheapestScimPlan(app({ scim: { availability: 'unknown' } }), 500), null);
    assert.equal(cheapestScimPlan(app({ scim: { availability: 'none' } }), 500), null);
  });
});

describe('priceJump: the price of reaching SCIM', () => {
  it('computes money and multiple from the plan prices (Fullstory shape: 4.2×, not a typed figure)', () => {
    const jump = priceJump(flatWithEstimate(), 500);
    assert.equal(jump.kind, 'jump');
    if (jump.kind !== 'jump') return;
    assert.equal(jump.base.plan.name, 'Business');
    assert.equal(jump.scimPlan.plan.name, 'Enterprise');
    assert.equal(jump.extra, 10000 - 2388);
    assert.equal(jump.multiple.toFixed(2), (10000 / 2388).toFixed(2));
    assert.equal(jump.basis, 'estimate');
  });

  it('is "included" when SCIM comes with the cheapest paid plan, and notes the free plan without it', () => {
    const jump = priceJump(perSeatFromTeams(), 500);
    assert.deepEqual(jump.kind === 'included' && [jump.scimPlan.plan.name, jump.freeTierWithout], ['Teams', true]);
  });

  it('is "included" with no caveat when the free plan has SCIM', () => {
    const jump = priceJump(app({ scim: { availability: 'native', plan: 'Free' }, plans: [{ name: 'Free', price: { unit: 'free' }, scim: true }] }), 500);
    assert.deepEqual(jump.kind === 'included' && jump.freeTierWithout, false);
  });

  it('is "quote" when the SCIM plan has no public price and no estimate', () => {
    const jump = priceJump(quoteOnly(), 500);
    assert.equal(jump.kind, 'quote');
    assert.equal(jump.kind === 'quote' && jump.base?.plan.name, 'Pro');
  });

  it('scales with seats for per-seat plans', () => {
    const seats = app({
      scim: { availability: 'native', plan: 'Enterprise' },
      plans: [
        { name: 'Pro', price: { unit: 'per-user-month', amount: 10 } },
        { name: 'Enterprise', price: { unit: 'per-user-month', amount: 25 } },
      ],
    });
    const small = priceJump(seats, 10);
    const large = priceJump(seats, 1000);
    assert.equal(small.kind === 'jump' && small.extra, 1800);
    assert.equal(large.kind === 'jump' && large.extra, 180000);
    assert.equal(small.kind === 'jump' && small.multiple, 2.5);
  });

  it('compares a flat base with a per-seat SCIM plan at the team size', () => {
    const mixed = app({
      scim: { availability: 'native', plan: 'Scale' },
      plans: [
        { name: 'Starter', price: { unit: 'flat-month', amount: 100 } },
        { name: 'Scale', price: { unit: 'per-user-month', amount: 5 } },
      ],
    });
    const jump = priceJump(mixed, 500);
    assert.equal(jump.kind === 'jump' && jump.multiple, 25); // 30,000 / 1,200
  });

  it('refuses a multiple across currencies', () => {
    const mixed = app({
      scim: { availability: 'native', plan: 'Pro' },
      plans: [
        { name: 'Basic', price: { unit: 'flat-month', amount: 10, currency: 'EUR' } },
        { name: 'Pro', price: { unit: 'flat-month', amount: 50, currency: 'USD' } },
      ],
    });
    assert.equal(priceJump(mixed, 5).kind, 'mixed-currency');
  });

  it('adds a SCIM add-on to the base plan (Atlassian Guard shape)', () => {
    const addOn = app({
      scim: { availability: 'native', plan: 'Guard' },
      plans: [
        { name: 'Standard', price: { unit: 'per-user-month', amount: 8 } },
        { name: 'Guard', price: { unit: 'per-user-month', amount: 4 }, addOn: true, scim: true },
      ],
    });
    const jump = priceJump(addOn, 100);
    assert.equal(jump.kind, 'jump');
    if (jump.kind !== 'jump') return;
    assert.equal(jump.base.plan.name, 'Standard');
    assert.equal(jump.withScim, 12 * 12 * 100);
    assert.equal(jump.extra, 4 * 12 * 100);
    assert.equal(jump.multiple, 1.5);
  });

  it('prices an add-on alone when no base plan is listed', () => {
    const alone = app({ scim: { availability: 'native', plan: 'Guard' }, plans: [{ name: 'Guard', price: { unit: 'per-user-month', amount: 4 }, addOn: true }] });
    assert.equal(priceJump(alone, 10).kind, 'add-on');
  });

  it('compares per-unit prices only when they count the same unit', () => {
    const hosts = app({
      scim: { availability: 'native', plan: 'Enterprise' },
      plans: [
        { name: 'Pro', price: { unit: 'per-unit-month', amount: 15, meter: 'host' } },
        { name: 'Enterprise', price: { unit: 'per-unit-month', amount: 23, meter: 'host' } },
      ],
    });
    const jump = priceJump(hosts, 500);
    assert.equal(jump.kind, 'metered');
    assert.equal(jump.kind === 'metered' && jump.multiple?.toFixed(3), (23 / 15).toFixed(3));
    assert.equal(annualCost(hosts.plans![0]!.price, 500), null);

    const mixed = app({
      scim: { availability: 'native', plan: 'Enterprise' },
      plans: [
        { name: 'Pro', price: { unit: 'per-unit-month', amount: 15, meter: 'host' } },
        { name: 'Enterprise', price: { unit: 'per-unit-month', amount: 3, meter: 'device' } },
      ],
    });
    const other = priceJump(mixed, 500);
    assert.equal(other.kind === 'metered' && other.multiple, null);
  });

  it('is "unknown" without plans or without SCIM', () => {
    assert.equal(priceJump(app({ scim: { availability: 'native' } }), 500).kind, 'unknown');
    assert.equal(priceJump(app({ scim: { availability: 'none' } }), 500).kind, 'unknown');
  });
});

describe('priceJump: lower tiers that lack SCIM', () => {
  it('never calls SCIM included when a paid tier below it lacks SCIM, even at an equal or unknown price', () => {
    const equal = app({
      scim: { availability: 'native', plan: 'Scale' },
      plans: [
        { name: 'Growth', price: { unit: 'flat-year', amount: 30000 }, scim: false },
        { name: 'Scale', price: { unit: 'flat-year', amount: 30000, from: true }, scim: true },
      ],
    });
    const jump = priceJump(equal, 500);
    assert.equal(jump.kind, 'jump');
    assert.equal(jump.kind === 'jump' && jump.multiple, 1);

    const unpriced = app({
      scim: { availability: 'native', plan: 'Enterprise' },
      plans: [
        { name: 'Events', price: { unit: 'quote' }, scim: false },
        { name: 'Enterprise', price: { unit: 'flat-month', amount: 200 }, scim: true },
      ],
    });
    assert.equal(priceJump(unpriced, 500).kind, 'unpriced-base');
  });
});

describe('plans capped below the team size', () => {
  it('are not the base a large team measures from', () => {
    const capped = app({
      scim: { availability: 'native', plan: 'Business' },
      plans: [
        { name: 'Starter Pack', price: { unit: 'flat-month', amount: 19.95, maxSeats: 10 }, scim: false },
        { name: 'Business', price: { unit: 'per-user-month', amount: 7.99 }, scim: true },
      ],
    });
    // Ten people can buy the pack, so SCIM costs more for them…
    assert.equal(priceJump(capped, 10).kind, 'jump');
    // …but 500 cannot: Business is the cheapest plan they can buy, and it has SCIM.
    assert.equal(priceJump(capped, 500).kind, 'included');
    assert.equal(cheapestPlan(capped.plans!, 500)?.plan.name, 'Business');
  });
});

describe('planHasSso', () => {
  it('reads the plan flag, or the entry naming the plan as its SSO plan', () => {
    const entry = app({
      sso: { availability: 'available', plan: 'Pro' },
      plans: [
        { name: 'Basic', price: { unit: 'free' }, sso: false },
        { name: 'Pro', price: { unit: 'flat-month', amount: 5 } },
        { name: 'Team', price: { unit: 'flat-month', amount: 3 } },
      ],
    });
    assert.deepEqual(entry.plans!.map((plan) => planHasSso(entry, plan)), [false, true, undefined]);
  });
});

describe('price helpers', () => {
  it('priceRatio compares prices of the same shape only', () => {
    assert.equal(priceRatio(price({ unit: 'per-user-month', amount: 4 }), price({ unit: 'per-user-month', amount: 8 })), 2);
    assert.equal(priceRatio(price({ unit: 'per-user-month', amount: 4 }), price({ unit: 'flat-month', amount: 8 })), null);
    assert.equal(priceRatio(price({ unit: 'free' }), price({ unit: 'free' })), null);
  });

  it('isMetered and fitsTeam', () => {
    assert.equal(isMetered(price({ unit: 'per-unit-month', amount: 1, meter: 'host' })), true);
    assert.equal(isMetered(price({ unit: 'per-user-month', amount: 1 })), false);
    const capped = app({ plans: [{ name: 'Small', price: { unit: 'free', maxSeats: 10 } }] }).plans![0]!;
    assert.deepEqual([fitsTeam(capped, 10), fitsTeam(capped, 11)], [true, false]);
  });
});

describe('the price model: seat rules and billing periods', () => {
  const perUser = (amount: number, extra: Record<string, unknown> = {}) => ({ unit: 'per-user-month', amount, from: false, currency: 'USD', ...extra }) as Price;
  const flat = (amount: number, extra: Record<string, unknown> = {}) => ({ unit: 'flat-month', amount, from: false, currency: 'USD', ...extra }) as Price;

  it('charges a small team for the seat minimum', () => {
    assert.equal(annualCost(perUser(10, { minSeats: 5 }), 2)?.low, 600);
    assert.equal(annualCost(perUser(10, { minSeats: 5 }), 20)?.low, 2400);
    assert.equal(billableSeats({ minSeats: 5 }, 2), 5);
  });

  it('lets no team larger than the cap buy the plan', () => {
    assert.deepEqual(seatLimit(perUser(10, { maxSeats: 50 }), 51), { kind: 'cap', maxSeats: 50 });
    assert.equal(seatLimit(perUser(10, { maxSeats: 50 }), 50), null);
  });

  it('covers the included seats with a flat price and charges each extra seat', () => {
    const starter = flat(24.95, { includedSeats: 10, extraSeat: { amount: 4.99, unit: 'per-user-month' } });
    assert.equal(annualCost(starter, 8)?.low, 24.95 * 12);
    assert.equal(Math.round(annualCost(starter, 12)!.low * 100) / 100, Math.round((24.95 * 12 + 2 * 4.99 * 12) * 100) / 100);
    // Without a price for more seats, a flat plan stops at its included seats.
    assert.deepEqual(seatLimit(flat(99, { includedSeats: 5 }), 6), { kind: 'included', includedSeats: 5 });
  });

  it('treats a plan the team is too large for as no base at all, and says why when SCIM needs it', () => {
    const capped = app({
      scim: { availability: 'native', plan: 'Team' },
      plans: [
        { name: 'Solo', price: perUser(5), scim: false },
        { name: 'Team', price: perUser(8, { maxSeats: 100 }), scim: true },
      ],
    });
    assert.equal(priceJump(capped, 50).kind, 'jump');
    const jump = priceJump(capped, 500);
    assert.equal(jump.kind, 'too-large');
    assert.match(jumpFigures(jump, 500, false).reason ?? '', /at most 100 users, fewer than 500/);
  });

  it('never compares an annual price with a monthly one', () => {
    const mixed = app({
      scim: { availability: 'native', plan: 'Pro' },
      plans: [
        { name: 'Basic', price: perUser(10, { billing: 'monthly' }), scim: false },
        { name: 'Pro', price: perUser(20, { billing: 'annual' }), scim: true },
      ],
    });
    const jump = priceJump(mixed, 100);
    assert.equal(jump.kind, 'mixed-billing');
    assert.equal(jumpFigures(jump, 100, false).multiple, null);
    const same = app({ ...mixed, plans: mixed.plans!.map((plan) => ({ ...plan, price: { ...plan.price, billing: 'annual' as const } })) });
    assert.equal(priceJump(same, 100).kind, 'jump');
  });

  it('never shows a negative extra: a flat SCIM plan cheaper than seats at this size costs nothing extra', () => {
    const flatScim = app({
      scim: { availability: 'native', plan: 'Business' },
      plans: [
        { name: 'Team', price: perUser(10), scim: false },
        { name: 'Business', price: flat(2000), scim: true },
      ],
    });
    const small = priceJump(flatScim, 10);
    assert.equal(small.kind, 'jump');
    assert.ok(small.kind === 'jump' && small.extra > 0);
    const large = priceJump(flatScim, 500);
    assert.equal(large.kind, 'included');
    assert.equal(jumpFigures(large, 500, false).extra, 0);
  });

  it('gives no per-person figure for a price per host or store', () => {
    const metered = app({
      scim: { availability: 'native', plan: 'Pro' },
      plans: [
        { name: 'Basic', price: { unit: 'per-unit-month', amount: 5, meter: 'host', from: false, currency: 'USD' }, scim: false },
        { name: 'Pro', price: { unit: 'per-unit-month', amount: 15, meter: 'host', from: false, currency: 'USD' }, scim: true },
      ],
    });
    const jump = priceJump(metered, 500);
    assert.equal(jump.kind, 'metered');
    const figures = jumpFigures(jump, 500, false);
    assert.equal(figures.multiple, null);
    assert.equal(figures.extra, null);
    assert.match(figures.reason ?? '', /per something other than a person/);
  });
});
