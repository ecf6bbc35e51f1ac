/**
 * How a plan is priced: the unit (per person, per other unit, flat, free, quote), the
 * billing period it was quoted for, the date it was seen, and the seat rules (minimum,
 * cap, seats included in a flat price, and what each extra seat costs). Yearly costs at
 * a team size are computed from these in src/lib/pricing.ts, never typed by hand.
 */
import { z } from 'astro/zod';
import { amount, currency, CURRENCIES, isoDate, seatCount, sourceSchema, text } from './common.ts';

const includedSeatCount = z.number({ error: 'expected a whole number of seats' }).int('expected a whole number of seats').nonnegative('must not be negative');

export const PRICE_UNITS = [
  'per-user-month',
  'per-user-year',
  /** Per host, device, store, contact…: named by `meter`; never turned into a per-person figure. */
  'per-unit-month',
  'per-unit-year',
  'flat-month',
  'flat-year',
  'free',
  'quote',
] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];
export type PricedUnit = Exclude<PriceUnit, 'free' | 'quote'>;
export const SEAT_UNITS = ['per-user-month', 'per-user-year'] as const;
export const METERED_UNITS = ['per-unit-month', 'per-unit-year'] as const;
export const FLAT_UNITS = ['flat-month', 'flat-year'] as const;

/** The billing period a price was quoted for: the same plan often costs less billed yearly. */
export const BILLING_PERIODS = ['annual', 'monthly'] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];

const isMeteredUnit = (unit: PriceUnit) => (METERED_UNITS as readonly string[]).includes(unit);
const isFlatUnit = (unit: PriceUnit) => (FLAT_UNITS as readonly string[]).includes(unit);
const isSeatUnit = (unit: PriceUnit) => (SEAT_UNITS as readonly string[]).includes(unit);

/** An estimate for a quote-only plan. It must say where it comes from. */
export const estimateSchema = z
  .strictObject({
    amount: amount.describe('The estimated amount, in `currency`, per `unit`.'),
    upTo: amount.optional().describe('The top of an estimated range.'),
    unit: z.enum(['per-user-month', 'per-user-year', 'flat-month', 'flat-year']).describe('What the estimated amount counts.'),
    meter: text.optional().describe('What a per-user estimate counts when the vendor calls it something else (agent, editor…).'),
    currency: currency,
    source: sourceSchema.describe('The public page the estimate comes from. Required: an estimate without a source is a guess.'),
    note: text.optional().describe('What the estimate covers, in your own words.'),
  })
  .describe('A sourced estimate of what a quote-only plan costs.');
export type Estimate = z.infer<typeof estimateSchema>;

export const extraSeatSchema = z
  .strictObject({
    amount: amount.describe('The price of one seat beyond the included ones.'),
    unit: z.enum(SEAT_UNITS).describe('Whether the extra-seat price is per month or per year.'),
  })
  .describe('What each seat beyond `includedSeats` costs.');

export const priceSchema = z
  .strictObject({
    unit: z.enum(PRICE_UNITS).describe('How the plan is priced: per person (per-user-*), per another unit named by `meter` (per-unit-*), one price for the account (flat-*), free, or by quote.'),
    amount: amount.optional().describe('The price in `currency`, per `unit`. Required for priced units; none for free and quote.'),
    upTo: amount.optional().describe('The top of a published range ("$300–1,000 a month").'),
    from: z.boolean().default(false).describe('True when the vendor publishes a starting price ("from $199 a month").'),
    currency: currency,
    meter: text.optional().describe('What the price counts. Required for per-unit prices (host, store, 1,000 contacts…); optional for per-user prices whose vendor says seat, agent or editor.'),
    billing: z.enum(BILLING_PERIODS).optional().describe('The billing period the price was quoted for: annual ("billed yearly") or monthly. Omit when the vendor does not say. Prices of different periods are never compared.'),
    seenOn: isoDate.optional().describe('The day the price was read on the vendor\'s page, when it differs from the entry\'s lastVerified.'),
    minSeats: seatCount.optional().describe('The fewest seats the plan can be bought for; a smaller team pays for this many.'),
    maxSeats: seatCount.optional().describe('The most users the plan allows; a larger team cannot buy it.'),
    includedSeats: includedSeatCount.optional().describe('Users included in a flat or per-unit price (0 when every user is charged as an extra seat). Without `extraSeat`, a larger team cannot buy the plan.'),
    extraSeat: extraSeatSchema.optional(),
    estimate: estimateSchema.optional(),
  })
  .superRefine((price, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (isMeteredUnit(price.unit) && !price.meter) issue('meter', `a "${price.unit}" price needs meter: what one unit is (host, store, contact…)`);
    if (price.meter && !isMeteredUnit(price.unit) && !isSeatUnit(price.unit)) issue('meter', `meter only applies to per-user and per-unit prices, not "${price.unit}"`);
    const priced = price.unit !== 'quote' && price.unit !== 'free';
    if (priced && price.amount === undefined) issue('amount', `a "${price.unit}" price needs an amount; use unit: quote when the vendor publishes none`);
    if (!priced && (price.amount !== undefined || price.upTo !== undefined)) issue('amount', `a "${price.unit}" price has no amount; remove amount/upTo or change the unit`);
    // Beyond these, a number is a typo (an extra zero, cents typed as dollars), not a price.
    const ceiling = isFlatUnit(price.unit) ? 10_000_000 : isMeteredUnit(price.unit) ? 100_000 : 10_000;
    for (const [field, value] of [['amount', price.amount], ['upTo', price.upTo]] as const) {
      if (value !== undefined && value > ceiling) issue(field, `${value} is not a believable "${price.unit}" price (over ${ceiling.toLocaleString('en-US')}); check for a typo`);
    }
    if (price.upTo !== undefined && price.amount !== undefined && price.upTo <= price.amount) issue('upTo', 'upTo must be greater than amount (it is the top of a range)');
    if (price.estimate && price.unit !== 'quote') issue('estimate', 'an estimate belongs only to a plan priced by quote (unit: quote)');
    if (price.includedSeats !== undefined && isSeatUnit(price.unit)) issue('includedSeats', 'includedSeats is for flat or per-unit prices; a per-user price already counts every seat');
    if (price.extraSeat && price.includedSeats === undefined) issue('extraSeat', 'extraSeat needs includedSeats: how many users the price already covers');
    if (price.minSeats !== undefined && price.maxSeats !== undefined && price.minSeats > price.maxSeats) issue('minSeats', `minSeats (${price.minSeats}) is more than maxSeats (${price.maxSeats})`);
    if (price.includedSeats !== undefined && price.maxSeats !== undefined && price.includedSeats > price.maxSeats) issue('includedSeats', `includedSeats (${price.includedSeats}) is more than maxSeats (${price.maxSeats})`);
  })
  .describe('A plan\'s published price with its unit, billing period and seat rules.');
export type Price = z.infer<typeof priceSchema>;
export { CURRENCIES };
