/**
 * Building blocks shared by every schema of the catalog: text, URLs, dates, sources and
 * amounts. Each carries the message an editor sees when a value is wrong.
 */
import { z } from 'astro/zod';

/** An entry's file name without .md: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL readers can follow. Only https: sources must be trustworthy and safe to link. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL (for example https://vendor.com/pricing)' });

export const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  // The scaffolder's placeholder: a scaffolded entry does not pass until it is replaced.
  .refine((value) => value !== 'TODO', 'replace the TODO placeholder with the real value');

/** A calendar date written as YYYY-MM-DD. YAML may hand us a Date or a string. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written as YYYY-MM-DD, for example 2026-01-11' }),
);

export const sourceSchema = z
  .strictObject({
    title: text.describe('What the page is, as a reader would name it ("Asana pricing").'),
    url: httpsUrl.describe('The page itself: https only, the page a reader would open.'),
  })
  .describe('A public page that states the facts it is cited for.');
export type Source = z.infer<typeof sourceSchema>;

export const amount = z.number({ error: 'expected a number, without currency symbols' }).nonnegative('must not be negative');

export const seatCount = z.number({ error: 'expected a whole number of seats' }).int('expected a whole number of seats').positive('must be at least 1');

/** ISO 4217 codes the catalog accepts. Add one here when a vendor prices in it. */
export const CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'JPY', 'INR', 'BRL', 'MXN', 'SGD', 'HKD', 'ZAR', 'ILS',
] as const;
export type Currency = (typeof CURRENCIES)[number];

export const currency = z.enum(CURRENCIES).default('USD').describe('ISO 4217 currency code; USD when omitted.');
