/** Parsed entries for unit tests, built through the real schema so defaults apply. */
import { createAppSchema, type AppData } from '../../src/schema/app.ts';

const schema = createAppSchema({ categories: ['analytics', 'finance'], idps: ['okta', 'entra-id', 'google-workspace'] });

export function app(overrides: Record<string, unknown>): AppData {
  return schema.parse({
    name: 'Test App',
    vendorUrl: 'https://test.example/',
    category: 'analytics',
    scim: { availability: 'unknown' },
    sources: [{ title: 'Pricing', url: 'https://test.example/pricing' }],
    provenance: { method: 'draft' },
    lastVerified: '2026-01-01',
    ...overrides,
  });
}

const source = { title: 'Pricing', url: 'https://test.example/pricing' };

/** Shaped like Fullstory: flat monthly plans, SCIM on a quote plan with a sourced estimate. */
export const flatWithEstimate = () =>
  app({
    name: 'Flatly',
    scim: { availability: 'native', plan: 'Enterprise', ssoRequired: true, deprovisioning: 'deactivate' },
    plans: [
      { name: 'Business', price: { unit: 'flat-month', amount: 199, from: true }, scim: false },
      { name: 'Advanced', price: { unit: 'flat-month', amount: 300, upTo: 1000 }, scim: false },
      { name: 'Enterprise', price: { unit: 'quote', estimate: { amount: 10000, unit: 'flat-year', source } }, scim: true },
    ],
  });

/** Shaped like Bitwarden: a free plan, SCIM from the first paid per-seat plan. */
export const perSeatFromTeams = () =>
  app({
    name: 'Seaty',
    scim: { availability: 'native', plan: 'Teams' },
    plans: [
      { name: 'Free', price: { unit: 'free' }, scim: false },
      { name: 'Teams', price: { unit: 'per-user-month', amount: 4 }, scim: true },
      { name: 'Enterprise', price: { unit: 'per-user-month', amount: 6 }, scim: true },
    ],
  });

/** SCIM only on a quote plan with no estimate. */
export const quoteOnly = () =>
  app({
    name: 'Quoty',
    scim: { availability: 'native', plan: 'Enterprise' },
    plans: [
      { name: 'Pro', price: { unit: 'per-user-month', amount: 10 } },
      { name: 'Enterprise', price: { unit: 'quote' } },
    ],
  });

export { source };
