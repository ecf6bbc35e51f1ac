/** What an app's SCIM endpoint offers: availability, the plan it needs and its behaviour. */
import { z } from 'astro/zod';
import { httpsUrl, text } from './common.ts';

/** How an app offers SCIM: its own endpoint, only through one IdP's integration, not at all, or unknown. */
export const SCIM_AVAILABILITY = ['native', 'idp-only', 'none', 'unknown'] as const;
export type ScimAvailability = (typeof SCIM_AVAILABILITY)[number];

/** What the app does to a user that the IdP unassigns. */
export const DEPROVISIONING = ['deactivate', 'delete', 'suspend', 'remove-access', 'unknown'] as const;
export type Deprovisioning = (typeof DEPROVISIONING)[number];

export const SCIM_OPERATIONS = ['create', 'update', 'deactivate', 'reactivate', 'delete', 'groups', 'groupPush'] as const;
export type ScimOperation = (typeof SCIM_OPERATIONS)[number];

export const SCIM_AUTH = ['bearer', 'oauth2', 'basic', 'other'] as const;

const OPERATION_MEANING: Record<ScimOperation, string> = {
  create: 'The IdP can create users.',
  update: 'The IdP can update user attributes (PUT or PATCH).',
  deactivate: 'The IdP can deactivate users.',
  reactivate: 'A deactivated user can be reactivated over SCIM.',
  delete: 'The IdP can delete users.',
  groups: 'The endpoint accepts groups and memberships.',
  groupPush: 'The IdP can push its groups to the app.',
};

const operationsSchema = z
  .strictObject(
    Object.fromEntries(
      SCIM_OPERATIONS.map((op) => [op, z.boolean().optional().describe(`${OPERATION_MEANING[op]} true or false as the vendor documents it; omit when undocumented.`)]),
    ) as Record<ScimOperation, z.ZodOptional<z.ZodBoolean>>,
  )
  .describe('The SCIM operations the vendor documents. Omitted means not documented, false means the vendor says no.');

/** Builds the SCIM schema; `idp` is the vocabulary enum of identity providers. */
export function createScimSchema(idp: z.ZodType<string>) {
  return z
    .strictObject({
      availability: z.enum(SCIM_AVAILABILITY).describe('native: the app has its own SCIM endpoint; idp-only: provisioning only through specific IdPs\' connectors; none: a source says there is no SCIM; unknown: no public source says.'),
      via: z.array(idp).min(1, 'name at least one IdP').optional().describe('For idp-only: the IdPs whose own connectors provision (often just one).'),
      note: text.optional().describe('Caveats in a sentence or two, in your own words: split plans, implied tiers, conflicting signals.'),
      plan: text.optional().describe('The cheapest plan that includes SCIM; must be a name in plans.'),
      ssoRequired: z.boolean().optional().describe('Whether SSO must be set up before SCIM works.'),
      version: z.enum(['1.1', '2.0']).optional().describe('The SCIM protocol version of the endpoint.'),
      baseUrl: text.optional().describe('The endpoint\'s base URL as documented, with placeholders ("https://{tenant}.example.com/scim/v2").'),
      auth: z.enum(SCIM_AUTH).optional().describe('How the IdP authenticates to the endpoint.'),
      tokenSource: text.optional().describe('Where an admin creates the SCIM token, as a menu path.'),
      operations: operationsSchema.optional(),
      attributes: z.array(text).optional().describe('User attributes the endpoint accepts; omit when the vendor does not publish them.'),
      roles: z.array(text).optional().describe('Roles that can be assigned over SCIM.'),
      rolesNote: text.optional().describe('How roles are assigned over SCIM, in your own words.'),
      deprovisioning: z.enum(DEPROVISIONING).optional().describe('What the app does to a user the IdP unassigns.'),
      deprovisioningNote: text.optional().describe('What deprovisioning does, in your own words.'),
      freesSeat: z.boolean().optional().describe('Whether a deprovisioned user stops counting as a paid seat. Omit when undocumented.'),
      endsSessions: z.boolean().optional().describe('Whether deprovisioning signs the user out of open sessions. Omit when undocumented.'),
      userData: text.optional().describe('What happens to the deprovisioned user\'s data (kept, transferred, deleted), in your own words.'),
      prerequisites: z.array(text).optional().describe('What must be in place before SCIM can be switched on.'),
      docsUrl: httpsUrl.optional().describe('The vendor\'s own SCIM or provisioning documentation.'),
      docsPublic: z.boolean().optional().describe('false states that the vendor publishes no SCIM documentation (none exists, or it sits behind a login). An entry needs docsUrl or docsPublic: false.'),
    })
    .superRefine((scim, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (scim.availability === 'idp-only' && !scim.via) issue('via', 'availability "idp-only" needs via: the ids of the IdPs whose connectors provide provisioning, for example [okta]');
      if (scim.availability !== 'idp-only' && scim.via) issue('via', 'via is only for availability "idp-only"; remove it or change availability');
      if ((scim.availability === 'none' || scim.availability === 'unknown') && scim.plan) issue('plan', `an app whose SCIM availability is "${scim.availability}" has no SCIM plan; remove plan`);
      if (scim.docsUrl && scim.docsPublic === false) issue('docsPublic', 'docsPublic: false says no SCIM documentation is public, but docsUrl names one; keep one of them');
    })
    .describe('SCIM provisioning: whether the app has it, on which plan, and what it does.');
}
