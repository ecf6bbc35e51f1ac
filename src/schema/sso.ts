/** Single sign-on with the customer's own IdP, and third-party reports of what it costs. */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, sourceSchema, text } from './common.ts';
import { priceSchema } from './price.ts';

export const SSO_AVAILABILITY = ['available', 'none', 'unknown'] as const;
export const SSO_PROTOCOLS = ['saml', 'oidc', 'oauth', 'ws-fed', 'cas'] as const;
export type SsoProtocol = (typeof SSO_PROTOCOLS)[number];

/**
 * A third party's snapshot of what SSO (and sometimes SCIM) costs against the base price,
 * kept with its date so pages can say how old it is.
 */
export const reportedPricesSchema = z
  .strictObject({
    base: priceSchema.describe('The reported price of the plan without SSO.'),
    sso: priceSchema.describe('The reported price of the plan with SSO.'),
    scim: priceSchema.optional().describe('The reported price of the plan with SCIM, when reported.'),
    asOf: isoDate.describe('The date of the report.'),
    source: sourceSchema,
    note: text.optional().describe('What the report covers, in your own words.'),
  })
  .describe('Prices reported by a third party for the plan without SSO and the plan with it.');
export type ReportedPrices = z.infer<typeof reportedPricesSchema>;

export const ssoSchema = z
  .strictObject({
    availability: z.enum(SSO_AVAILABILITY).describe('available: SAML or OIDC with the customer\'s own IdP on some plan; none: a source says no; unknown: not documented.'),
    protocols: z.array(z.enum(SSO_PROTOCOLS)).optional().describe('The sign-in protocols the app accepts.'),
    plan: text.optional().describe('The cheapest plan with SSO; must be a name in plans.'),
    jit: z.boolean().optional().describe('Whether accounts are created just in time at first SSO sign-in.'),
    socialProviders: z.array(text).optional().describe('Sign-in providers offered on every plan at no extra cost (Google, Microsoft…). These are not SSO with your own IdP.'),
    reportedPrices: reportedPricesSchema.optional(),
    docsUrl: httpsUrl.optional().describe('The vendor\'s SSO documentation.'),
    note: text.optional().describe('Caveats on SSO, in your own words.'),
  })
  .describe('Single sign-on with the customer\'s identity provider.');
