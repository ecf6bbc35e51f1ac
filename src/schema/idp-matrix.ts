/** The IdP matrix (what each identity provider can do with the app) and per-IdP setup guides. */
import { z } from 'astro/zod';
import { httpsUrl, sourceSchema, text } from './common.ts';

/** Values an IdP matrix cell can take. `not-documented` is an answer, not a gap. */
export const IDP_SUPPORT = ['full', 'jit', 'directory-sync', 'third-party', 'none', 'not-documented'] as const;
export type IdpSupport = (typeof IDP_SUPPORT)[number];

const SUPPORT_HELP = 'full: documented and working; jit: accounts created at first sign-in; directory-sync: the vendor itself reads users from this IdP\'s directory (not SCIM); third-party: a connector by neither vendor nor IdP; none: a source says no; not-documented: no source says either way.';

export function createIdpCellSchema(idp: z.ZodType<string>) {
  return z
    .strictObject({
      idp: idp.describe('The identity provider, an id from content/idps.yaml.'),
      sso: z.enum(IDP_SUPPORT).describe(`Sign-in through this IdP. ${SUPPORT_HELP}`),
      scim: z.enum(IDP_SUPPORT).describe(`Provisioning from this IdP. ${SUPPORT_HELP}`),
      note: text.optional().describe('What the IdP\'s integration does or lacks, in your own words.'),
      source: sourceSchema.optional().describe('The IdP\'s catalogue page for the app, or the vendor\'s page that documents this IdP.'),
    })
    .describe('One row of the IdP matrix.');
}

export function createConfigurationSchema(idp: z.ZodType<string>) {
  return z
    .strictObject({
      idp: idp.describe('The identity provider this setup is for.'),
      integrationType: text.describe('Which kind of app to use in the IdP (gallery app, custom SAML app with SCIM…).'),
      prerequisite: text.optional().describe('What must be true before starting.'),
      whereToEnable: text.optional().describe('Where in the app\'s admin console provisioning is switched on.'),
      credentials: z.array(text).optional().describe('What to copy between the app and the IdP (base URL, token…).'),
      steps: z.array(text).optional().describe('The setup steps, in order, in your own words.'),
      trigger: text.optional().describe('What starts provisioning once it is set up (assignment, a schedule…).'),
      notes: z.array(text).optional().describe('Caveats of this setup.'),
      docsUrl: httpsUrl.optional().describe('The vendor\'s or IdP\'s guide for this setup.'),
    })
    .describe('How to set up provisioning from one identity provider.');
}
