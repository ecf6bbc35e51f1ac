/** Formatting of money and prices, fixed to en-US so builds do not depend on the machine's locale. */
import type { Currency, Estimate, Price } from '../schema/app.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/** $4.50 (a list price with cents) or $1,234 (whole units). */
export function formatMoney(amount: number, currency: Currency = 'USD'): string {
  const cents = Math.round(amount * 100) % 100 !== 0 && Math.abs(amount) < 1000;
  return formatWith(amount, currency, cents);
}

/** A computed yearly figure: whole units, since cents would claim a precision the model lacks. */
export function formatAmount(amount: number, currency: Currency = 'USD'): string {
  return formatWith(Math.round(amount), currency, false);
}

function formatWith(amount: number, currency: Currency, cents: boolean): string {
  const key = `${currency}:${cents}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(amount);
}

/** A count shown to people: whole numbers, grouped. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** 4.2× — one decimal below 10, whole above. */
export function formatMultiple(multiple: number): string {
  return `${multiple < 10 ? multiple.toFixed(1) : Math.round(multiple).toString()}×`;
}

/** "/user/month", "/agent/month", "/host/year", "/month". */
function unitSuffix(unit: Exclude<Price['unit'], 'free' | 'quote'>, meter: string | undefined): string {
  switch (unit) {
    case 'per-user-month':
    case 'per-unit-month':
      return `/${meter ?? 'user'}/month`;
    case 'per-user-year':
    case 'per-unit-year':
      return `/${meter ?? 'user'}/year`;
    case 'flat-month':
      return '/month';
    case 'flat-year':
      return '/year';
  }
}

function formatAmounts(amount: number, upTo: number | undefined, currency: Currency): string {
  return upTo === undefined ? formatMoney(amount, currency) : `${formatMoney(amount, currency)}–${formatMoney(upTo, currency)}`;
}

export function formatEstimate(estimate: Estimate): string {
  return `about ${formatAmounts(estimate.amount, estimate.upTo, estimate.currency)}${unitSuffix(estimate.unit, estimate.meter)}`;
}

/** "from $199/month", "$300–$1,000/month", "Free", "Custom quote (about $10,000/year)". */
export function formatPrice(price: Price): string {
  if (price.unit === 'free') return 'Free';
  if (price.unit === 'quote') {
    return price.estimate ? `Custom quote (${formatEstimate(price.estimate)})` : 'Custom quote';
  }
  const amounts = formatAmounts(price.amount ?? 0, price.upTo, price.currency);
  const terms = [
    price.billing === 'annual' ? 'billed yearly' : price.billing === 'monthly' ? 'billed monthly' : undefined,
    ...seatRules(price),
  ].filter(Boolean);
  return `${price.from ? 'from ' : ''}${amounts}${unitSuffix(price.unit, price.meter)}${terms.length ? ` (${terms.join(', ')})` : ''}`;
}

/** "10 users included", "+$4.99/user/month each", "minimum 3 seats", "up to 50 users". */
export function seatRules(price: Price): string[] {
  const rules: string[] = [];
  if (price.includedSeats !== undefined) rules.push(`${formatCount(price.includedSeats)} ${price.includedSeats === 1 ? 'user' : 'users'} included`);
  if (price.extraSeat) rules.push(`+${formatMoney(price.extraSeat.amount, price.currency)}${unitSuffix(price.extraSeat.unit, undefined)} per extra user`);
  if (price.minSeats !== undefined) rules.push(`minimum ${formatCount(price.minSeats)} seats`);
  if (price.maxSeats !== undefined) rules.push(`up to ${formatCount(price.maxSeats)} users`);
  return rules;
}

// One formatter for every date: toLocaleDateString builds a new one on each call, which the
// build profile showed as its costliest function of ours (a third of a second per 1,000 apps).
const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** 2026-01-11 → "January 11, 2026", computed in UTC so the build machine's zone never shifts it. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
