/**
 * The schema of `content/cost-model.yaml`: the assumptions behind the
 * cost-of-manual-provisioning figures. They are editorial defaults, stated on every
 * guide so readers can judge them, and the calculator lets readers change them.
 */
import { z } from 'astro/zod';
import { CURRENCIES } from './app.ts';

const assumption = <T extends z.ZodNumber>(value: T) =>
  z.strictObject({
    value,
    label: z.string().min(1),
    explanation: z.string().min(1),
  });

const share = z.number().min(0).max(1);
const positive = z.number().positive();

export const costModelSchema = z.strictObject({
  currency: z.enum(CURRENCIES),
  assumptions: z.strictObject({
    employees: assumption(z.number().int().positive()),
    turnoverRate: assumption(share),
    internalMoveRate: assumption(share),
    minutesPerJoiner: assumption(positive),
    minutesPerLeaver: assumption(positive),
    minutesPerMove: assumption(positive),
    missedOffboardingRate: assumption(share),
    orphanedAccountMonths: assumption(positive),
    offboardingLagDays: assumption(positive),
    hourlyItCost: assumption(positive),
    complianceCostPerOrphan: assumption(z.number().nonnegative()),
  }),
});

export type CostModel = z.infer<typeof costModelSchema>;
export type CostAssumptionKey = keyof CostModel['assumptions'];
/** Just the numbers, which is what the model computes with. */
export type CostInputs = { [K in CostAssumptionKey]: number };
