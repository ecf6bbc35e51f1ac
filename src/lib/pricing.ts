/**
 * Plan prices turned into comparable yearly figures, and the derived facts built on
 * them: the cheapest plan, the cheapest plan with SCIM, and the jump between them.
 */
import type { AppData, Currency, Plan, Price } from '../schema/app.ts';

/** A yearly cost for a whole team. `high` is set for published ranges. */
export interface AnnualCost {
  low: number;
  high?: number;
  currency: Currency;
  /** `list`: a published price; `estimate`: a sourced estimate for a quote-only plan. */
  basis: 'list' | 'estimate';
  /** The price is a published starting point ("from $199/month"). */
  from: boolean;
}

const perYear = (unit: 'per-user-month' | 'per-user-year' | 'flat-month' | 'flat-year', amount: number): number =>
  unit === 'per-user-month' || unit === 'flat-month' ? amount * 12 : amount;

const isFlat = (unit: Price['unit']): unit is 'flat-month' | 'flat-year' => unit === 'flat-month' || unit === 'flat-year';
const isSeat = (unit: Price['unit']): unit is 'per-user-month' | 'per-user-year' => unit === 'per-user-month' || unit === 'per-user-year';

/** The seats a team of `seats` pays for: never fewer than the plan's minimum. */
export function billableSeats(price: Pick<Price, 'minSeats'>, seats: number): number {
  return Math.max(seats, price.minSeats ?? 0);
}

/** One yearly figure of a price (its amount or the top of its range) for a team. */
function yearlyFor(price: Price, amount: number, seats: number): number {
  if (isSeat(price.unit)) return perYear(price.unit, amount) * billableSeats(price, seats);
  if (!isFlat(price.unit)) return 0;
  const extraSeats = price.includedSeats !== undefined && price.extraSeat ? Math.max(0, seats - price.includedSeats) : 0;
  return perYear(price.unit, amount) + (price.extraSeat ? perYear(price.extraSeat.unit, price.extraSeat.amount) * extraSeats : 0);
}

/** Priced per host, device, store…: no yearly figure follows from a team size. */
export function isMetered(price: Price): boolean {
  return price.unit === 'per-unit-month' || price.unit === 'per-unit-year';
}

/** Why a team of a given size cannot buy a plan, or null when it can. */
export type SeatLimit = { kind: 'cap'; maxSeats: number } | { kind: 'included'; includedSeats: number };

export function seatLimit(price: Price, seats: number): SeatLimit | null {
  if (price.maxSeats !== undefined && seats > price.maxSeats) return { kind: 'cap', maxSeats: price.maxSeats };
  // A flat price that covers a fixed number of users, with no price for more, stops there.
  if (price.includedSeats !== undefined && !price.extraSeat && seats > price.includedSeats) return { kind: 'included', includedSeats: price.includedSeats };
  return null;
}

/**
 * What a plan costs a team of `seats` users over a year, or `null` when no honest figure
 * follows: a quote-only plan without a sourced estimate (the answer is then "quote"), or a
 * price per host, device or other unit that does not scale with people. Seat minimums,
 * included seats and extra-seat prices are honoured; whether the team may buy the plan at
 * all is `seatLimit`'s question.
 */
export function annualCost(price: Price, seats: number): AnnualCost | null {
  if (price.unit === 'free') return { low: 0, currency: price.currency, basis: 'list', from: false };
  if (price.unit === 'quote') {
    const estimate = price.estimate;
    if (!estimate) return null;
    const scale = (value: number) => perYear(estimate.unit, value) * (estimate.unit === 'per-user-month' || estimate.unit === 'per-user-year' ? seats : 1);
    return {
      low: scale(estimate.amount),
      ...(estimate.upTo !== undefined && { high: scale(estimate.upTo) }),
      currency: estimate.currency,
      basis: 'estimate',
      from: false,
    };
  }
  if (isMetered(price)) return null;
  // The schema guarantees an amount for every priced unit.
  const amount = price.amount ?? 0;
  return {
    low: yearlyFor(price, amount, seats),
    ...(price.upTo !== undefined && { high: yearlyFor(price, price.upTo, seats) }),
    currency: price.currency,
    basis: 'list',
    from: price.from,
  };
}

/** Two prices can be compared only when quoted for the same billing period (or one is unstated). */
export function sameBilling(a: Price, b: Price): boolean {
  return a.billing === undefined || b.billing === undefined || a.billing === b.billing;
}

/**
 * How many times `higher` costs `lower`, when both are priced the same way (same unit,
 * meter and currency) and `lower` is not free; otherwise null.
 */
export function priceRatio(lower: Price, higher: Price): number | null {
  if (lower.unit !== higher.unit || lower.meter !== higher.meter || lower.currency !== higher.currency) return null;
  if (!lower.amount || higher.amount === undefined) return null;
  return higher.amount / lower.amount;
}

/** The seat price per user per year, when the plan is priced per seat. */
export function seatPricePerYear(price: Price): number | null {
  if (price.unit === 'per-user-month' && price.amount !== undefined) return price.amount * 12;
  if (price.unit === 'per-user-year' && price.amount !== undefined) return price.amount;
  return null;
}

export interface PricedPlan {
  plan: Plan;
  cost: AnnualCost | null;
}

/** Whether a team of `seats` can buy the plan at all (some plans cap their users). */
export function fitsTeam(plan: Plan, seats: number): boolean {
  return seatLimit(plan.price, seats) === null;
}

/**
 * Plans a team of `seats` can buy, with their yearly cost; quote-only plans without an
 * estimate have `cost: null`. Plans capped below the team size are left out.
 */
export function pricePlans(plans: readonly Plan[], seats: number): PricedPlan[] {
  return plans.filter((plan) => fitsTeam(plan, seats)).map((plan) => ({ plan, cost: annualCost(plan.price, seats) }));
}

const byLowCost = (a: PricedPlan, b: PricedPlan) => (a.cost?.low ?? Infinity) - (b.cost?.low ?? Infinity);

/** The cheapest plan with a known cost, free plans included; add-ons are not plans of their own. */
export function cheapestPlan(plans: readonly Plan[], seats: number): PricedPlan | null {
  const priced = pricePlans(plans, seats).filter((p) => p.cost !== null && !p.plan.addOn);
  return priced.sort(byLowCost)[0] ?? null;
}

/** The cheapest plan that costs money: the base that upgrades are measured from. */
export function cheapestPaidPlan(plans: readonly Plan[], seats: number): PricedPlan | null {
  const priced = pricePlans(plans, seats).filter((p) => p.cost !== null && p.cost.low > 0 && !p.plan.addOn);
  return priced.sort(byLowCost)[0] ?? null;
}

/**
 * Whether a plan includes SCIM: its own flag, or `true` when the entry names it as the
 * SCIM plan. `undefined` means the vendor does not say.
 */
export function planHasScim(app: Pick<AppData, 'scim'>, plan: Plan): boolean | undefined {
  return plan.scim ?? (plan.name === app.scim.plan ? true : undefined);
}

/** Whether a plan includes SSO: its own flag, or true when the entry names it as the SSO plan. */
export function planHasSso(app: Pick<AppData, 'sso'>, plan: Plan): boolean | undefined {
  return plan.sso ?? (plan.name === app.sso?.plan ? true : undefined);
}

/** Plans that include SCIM. */
export function scimPlans(app: Pick<AppData, 'plans' | 'scim'>): Plan[] {
  return (app.plans ?? []).filter((plan) => planHasScim(app, plan) === true);
}

/**
 * The cheapest plan that includes SCIM. Quote-only plans without an estimate sort
 * last, so a priced SCIM plan always wins over an unpriced one.
 */
export function cheapestScimPlan(app: Pick<AppData, 'plans' | 'scim'>, seats: number): PricedPlan | null {
  if (app.scim.availability === 'none' || app.scim.availability === 'unknown') return null;
  const candidates = pricePlans(scimPlans(app), seats);
  return candidates.sort(byLowCost)[0] ?? null;
}

type Costed = PricedPlan & { cost: AnnualCost };

export type PriceJump =
  /**
   * SCIM comes with the cheapest plan, or the cheapest paid one: no upcharge.
   * `freeTierWithout` tells that a free plan exists that lacks it.
   */
  | { kind: 'included'; scimPlan: PricedPlan; freeTierWithout: boolean }
  /** A priced jump from the base plan to the SCIM plan (or to base plan + SCIM add-on). */
  | {
      kind: 'jump';
      base: Costed;
      scimPlan: Costed;
      /** What a team pays a year with SCIM: the SCIM plan, or base plus the add-on. */
      withScim: number;
      /** Extra money a year, at the low end of each price. */
      extra: number;
      /** Cost with SCIM ÷ base plan cost, at the low end of each price. */
      multiple: number;
      basis: 'list' | 'estimate';
      /** A free plan exists below the base plan. */
      freeTierBelow: boolean;
    }
  /** SCIM is an add-on with a price, but no base plan is listed to add it to. */
  | { kind: 'add-on'; scimPlan: Costed }
  /** The SCIM plan is sold by quote with no sourced estimate. */
  | { kind: 'quote'; base: PricedPlan | null; scimPlan: PricedPlan }
  /** The SCIM plan has a price, but the plans below it that lack SCIM have none to compare. */
  | { kind: 'unpriced-base'; scimPlan: Costed }
  /**
   * The SCIM plan is priced per host, device or other unit. A multiple exists only when
   * the base plan is priced per the same unit.
   */
  | { kind: 'metered'; base: PricedPlan | null; scimPlan: PricedPlan; multiple: number | null }
  /** Prices are in different currencies, so no honest multiple exists. */
  | { kind: 'mixed-currency'; base: PricedPlan; scimPlan: PricedPlan }
  /** One price is quoted for annual billing and the other for monthly: not comparable. */
  | { kind: 'mixed-billing'; base: PricedPlan; scimPlan: PricedPlan }
  /** Every plan with SCIM caps its users below the team size. */
  | { kind: 'too-large'; scimPlan: PricedPlan; limit: SeatLimit }
  /** Nothing to compare: no SCIM plan or no plans listed. */
  | { kind: 'unknown' };

/** The ratio of two per-unit prices that count the same thing, or null. */
function meteredMultiple(base: Price, scim: Price): number | null {
  if (base.unit !== scim.unit || base.meter !== scim.meter || base.currency !== scim.currency) return null;
  if (!base.amount || scim.amount === undefined) return null;
  return scim.amount / base.amount;
}

/**
 * The price of reaching SCIM: from the cheapest paid plan to the cheapest plan with SCIM
 * (or to that plan plus a SCIM add-on), for a team of `seats`, as money and as a
 * multiple. Never typed by hand on any page.
 */
export function priceJump(app: Pick<AppData, 'plans' | 'scim'>, seats: number): PriceJump {
  const scimPlan = cheapestScimPlan(app, seats);
  if (!scimPlan) {
    const capped = app.scim.availability === 'none' || app.scim.availability === 'unknown' ? undefined : scimPlans(app)[0];
    const limit = capped && seatLimit(capped.price, seats);
    return capped && limit ? { kind: 'too-large', scimPlan: { plan: capped, cost: annualCost(capped.price, seats) }, limit } : { kind: 'unknown' };
  }
  const plans = app.plans ?? [];
  const cheapest = cheapestPlan(plans, seats);
  const tiers = plans.filter((plan) => !plan.addOn && fitsTeam(plan, seats));
  const freeTierWithout = cheapest?.cost?.low === 0 && planHasScim(app, cheapest.plan) !== true;

  // SCIM is "included" when no paid tier listed below the SCIM plan says it lacks SCIM
  // (a free tier without it is allowed and reported), and the SCIM plan costs no more
  // than the cheapest plan, or is the cheapest paid one.
  const scimIndex = plans.indexOf(scimPlan.plan);
  const lowerPaidWithout = plans
    .slice(0, Math.max(scimIndex, 0))
    .filter((plan) => !plan.addOn && fitsTeam(plan, seats) && plan.price.unit !== 'free' && planHasScim(app, plan) === false);
  const base = cheapestPaidPlan(plans, seats);
  if (!scimPlan.plan.addOn) {
    if (tiers.every((plan) => planHasScim(app, plan) === true)) return { kind: 'included', scimPlan, freeTierWithout: false };
    if (lowerPaidWithout.length === 0) {
      if (cheapest && cheapest.plan === scimPlan.plan) return { kind: 'included', scimPlan, freeTierWithout: false };
      if (scimPlan.cost && cheapest?.cost && scimPlan.cost.low <= cheapest.cost.low) return { kind: 'included', scimPlan, freeTierWithout: false };
      if (base && base.plan === scimPlan.plan) return { kind: 'included', scimPlan, freeTierWithout };
    }
  }
  // The base to measure from: the cheapest paid plan other than the SCIM plan itself.
  const from = base && base.plan !== scimPlan.plan ? base : (pricePlans(lowerPaidWithout, seats).filter((p) => p.cost).sort(byLowCost)[0] ?? null);
  if (isMetered(scimPlan.plan.price)) {
    const basePlan = from ?? pricePlans(plans, seats).find((p) => !p.plan.addOn && p.plan !== scimPlan.plan) ?? null;
    return { kind: 'metered', base: basePlan, scimPlan, multiple: basePlan ? meteredMultiple(basePlan.plan.price, scimPlan.plan.price) : null };
  }
  if (!scimPlan.cost) return { kind: 'quote', base: from, scimPlan };
  const costed = scimPlan as Costed;
  if (!from?.cost) {
    if (scimPlan.plan.addOn) return { kind: 'add-on', scimPlan: costed };
    return lowerPaidWithout.length ? { kind: 'unpriced-base', scimPlan: costed } : { kind: 'included', scimPlan, freeTierWithout };
  }
  if (from.cost.currency !== costed.cost.currency) return { kind: 'mixed-currency', base: from, scimPlan };
  if (!sameBilling(from.plan.price, costed.plan.price)) return { kind: 'mixed-billing', base: from, scimPlan };
  const withScim = costed.plan.addOn ? from.cost.low + costed.cost.low : costed.cost.low;
  // At this team size the SCIM plan is the cheaper one (a flat price beats seats): no tax to show.
  if (withScim < from.cost.low && !costed.plan.addOn) return { kind: 'included', scimPlan, freeTierWithout };
  return {
    kind: 'jump',
    base: from as Costed,
    scimPlan: costed,
    withScim,
    extra: withScim - from.cost.low,
    multiple: withScim / from.cost.low,
    basis: costed.cost.basis === 'estimate' || from.cost.basis === 'estimate' ? 'estimate' : 'list',
    freeTierBelow: (cheapest?.cost?.low ?? Infinity) === 0,
  };
}
