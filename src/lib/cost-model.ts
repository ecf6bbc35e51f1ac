/**
 * The cost of provisioning an app by hand for a year: IT time for joiners, leavers and
 * movers, seats still paid for people who left, and the exposure of accounts nobody
 * removed. The inputs are the stated assumptions of content/cost-model.yaml, and the
 * seat price is the app's own, so each app gets its own figure.
 *
 * This module has no imports from Astro: the guide pages render it at build time and
 * the calculator island runs the same code in the browser.
 */
import type { CostInputs, CostModel } from '../schema/cost-model.ts';

export type SeatPricing =
  /** The app charges per seat: unused seats cost this much per seat per year. */
  | { kind: 'per-seat'; perYear: number }
  /** A flat price: an unused seat costs nothing extra. */
  | { kind: 'flat' }
  /** Quote-only or unpublished: the unused-seat cost cannot be computed. */
  | { kind: 'unknown' };

export interface ManualCost {
  joiners: number;
  leavers: number;
  movers: number;
  orphanedAccounts: number;
  /** Seat-years paid for people who had already left. */
  unusedLicenses: number;
  itHours: number;
  /** `null` when the seat price is unknown. */
  unusedLicenseCost: number | null;
  itLabourCost: number;
  complianceCost: number;
  /** The sum of the known parts. */
  total: number;
  /** True when a part is missing from the total because the seat price is unknown. */
  partial: boolean;
}

/** Plain numbers from the model file. */
export function costInputs(model: CostModel): CostInputs {
  return Object.fromEntries(
    Object.entries(model.assumptions).map(([key, assumption]) => [key, assumption.value]),
  ) as CostInputs;
}

export function manualCost(inputs: CostInputs, seatPricing: SeatPricing): ManualCost {
  const leavers = inputs.employees * inputs.turnoverRate;
  // Each leaver is replaced, so joiners match leavers in a steady-state company.
  const joiners = leavers;
  const movers = inputs.employees * inputs.internalMoveRate;
  const orphanedAccounts = leavers * inputs.missedOffboardingRate;
  const unusedLicenses =
    (leavers * inputs.offboardingLagDays) / 365 + (orphanedAccounts * inputs.orphanedAccountMonths) / 12;
  const itHours =
    (joiners * inputs.minutesPerJoiner + leavers * inputs.minutesPerLeaver + movers * inputs.minutesPerMove) / 60;

  const unusedLicenseCost =
    seatPricing.kind === 'per-seat' ? unusedLicenses * seatPricing.perYear : seatPricing.kind === 'flat' ? 0 : null;
  const itLabourCost = itHours * inputs.hourlyItCost;
  const complianceCost = orphanedAccounts * inputs.complianceCostPerOrphan;

  return {
    joiners,
    leavers,
    movers,
    orphanedAccounts,
    unusedLicenses,
    itHours,
    unusedLicenseCost,
    itLabourCost,
    complianceCost,
    total: (unusedLicenseCost ?? 0) + itLabourCost + complianceCost,
    partial: unusedLicenseCost === null,
  };
}
