/**
 * Everything derived about one app, computed once per build from its entry and the
 * catalog's vocabularies. Pages and cards read these fields; none recomputes them.
 */
import type { AppData, Category, Idp } from '../schema/app.ts';
import type { CostInputs } from '../schema/cost-model.ts';
import { summariseChallenges } from './challenges.ts';
import { manualCost, type ManualCost, type SeatPricing } from './cost-model.ts';
import { monogram, type Monogram } from './monogram.ts';
import {
  cheapestPaidPlan,
  cheapestPlan,
  cheapestScimPlan,
  priceJump,
  seatPricePerYear,
  type PriceJump,
  type PricedPlan,
} from './pricing.ts';
import { jumpFigures, scimPlanFact, type JumpFigures, type ScimPlanFact } from './price-figures.ts';
import { scimStatus, type ScimStatus } from './status.ts';

export interface CatalogContext {
  categories: ReadonlyMap<string, Category>;
  idps: ReadonlyMap<string, Idp>;
  costInputs: CostInputs;
}

export interface AppView {
  slug: string;
  app: AppData;
  category: Category;
  monogram: Monogram;
  /** The team size prices are annualised at (the cost model's employees). */
  seats: number;
  cheapest: PricedPlan | null;
  cheapestScim: PricedPlan | null;
  jump: PriceJump;
  /** The plan SCIM needs and its price: the one answer every page shows. */
  scimPlan: ScimPlanFact;
  /** The multiple and extra a year at `seats`, or why there are none. */
  figures: JumpFigures;
  status: ScimStatus;
  seatPricing: SeatPricing;
  manualCost: ManualCost;
  challenges: string[];
}

/**
 * The seat price that unused licences cost: that of the cheapest paid plan, the one a
 * team stays on when it does not pay for SCIM.
 */
export function seatPricing(app: AppData, seats: number): SeatPricing {
  const base = cheapestPaidPlan(app.plans ?? [], seats);
  if (!base) return { kind: 'unknown' };
  const perYear = seatPricePerYear(base.plan.price);
  if (perYear !== null) return { kind: 'per-seat', perYear };
  return base.plan.price.unit === 'flat-month' || base.plan.price.unit === 'flat-year' ? { kind: 'flat' } : { kind: 'unknown' };
}

export function idpNamer(idps: ReadonlyMap<string, Idp>): (id: string) => string {
  return (id) => idps.get(id)?.name ?? id;
}

export function deriveAppView(slug: string, app: AppData, context: CatalogContext): AppView {
  const seats = context.costInputs.employees;
  const category = context.categories.get(app.category);
  // The schema already rejects unknown categories; this guards callers that skip it.
  if (!category) throw new Error(`${slug}: category "${app.category}" is not in the vocabulary`);
  const jump = priceJump(app, seats);
  const idpName = idpNamer(context.idps);
  const pricing = seatPricing(app, seats);
  return {
    slug,
    app,
    category,
    monogram: monogram(app.name),
    seats,
    cheapest: cheapestPlan(app.plans ?? [], seats),
    cheapestScim: cheapestScimPlan(app, seats),
    jump,
    scimPlan: scimPlanFact(app, jump),
    figures: jumpFigures(jump, seats, app.scim.availability === 'none'),
    status: scimStatus(app, jump, idpName),
    seatPricing: pricing,
    manualCost: manualCost(context.costInputs, pricing),
    challenges: summariseChallenges(app, jump, seats, idpName),
  };
}
