/** Words shown to readers for the schema's enumerated values, kept in one place. */
import type { Decision, Deprovisioning, IdpSupport, ScimOperation, SsoProtocol } from '../schema/app.ts';
import type { StatusKey } from './status.ts';

export const IDP_SUPPORT_LABEL: Record<IdpSupport, string> = {
  full: 'Full',
  jit: 'JIT only',
  'directory-sync': 'Directory sync',
  'third-party': 'Third-party',
  none: 'None',
  'not-documented': 'Not documented',
};

/** What each IdP-matrix value means, for the About page. */
export const IDP_SUPPORT_MEANING: Record<IdpSupport, string> = {
  full: 'Documented and working: sign-in, or provisioning that creates, updates and removes accounts.',
  jit: 'Accounts are created just in time at first sign-in; nobody is removed when they leave.',
  'directory-sync': 'The app reads users from this identity provider\'s directory on its own schedule, through the IdP\'s API rather than SCIM.',
  'third-party': 'Works through a connector made by neither the vendor nor the identity provider.',
  none: 'A source says it is not supported.',
  'not-documented': 'No public source says either way. This is not the same as "none".',
};

export const DECISION_LABEL: Record<Decision, string> = {
  'native-scim': 'Use native SCIM',
  'alternative-workflow': 'Use an alternative workflow',
  manual: 'Manual may do',
};

export const DEPROVISIONING_LABEL: Record<Deprovisioning, string> = {
  deactivate: 'Deactivates the user; the account stays',
  delete: 'Deletes the user',
  suspend: 'Suspends the user',
  'remove-access': 'Removes the user from the organisation',
  unknown: 'Not documented',
};

export const PROTOCOL_LABEL: Record<SsoProtocol, string> = {
  saml: 'SAML 2.0',
  oidc: 'OpenID Connect',
  oauth: 'OAuth 2.0',
  'ws-fed': 'WS-Federation',
  cas: 'CAS',
};

export const OPERATION_LABEL: Record<ScimOperation, string> = {
  create: 'Create users',
  update: 'Update user attributes',
  deactivate: 'Deactivate users',
  reactivate: 'Reactivate users',
  delete: 'Delete users',
  groups: 'Groups',
  groupPush: 'Push groups',
};

export const NOT_DOCUMENTED = 'Not documented';

/** What each status badge means, for the About page and tooltips. */
export const STATUS_MEANING: Record<StatusKey, string> = {
  included: 'The app has its own SCIM endpoint on every plan, or on every paid plan from the first one, with no upcharge.',
  'paid-tier': 'The app has its own SCIM endpoint, but only on a higher plan or as a paid add-on.',
  native: 'The app has its own SCIM endpoint, and no public source says which plan it needs.',
  'idp-only': 'The app has no SCIM endpoint of its own; provisioning works only through specific identity providers\' connectors.',
  none: 'A source says the app offers no SCIM provisioning at any price.',
  unknown: 'No public source says whether the app supports SCIM. This is not the same as "no".',
};

/** A fact that may be unknown: the vendor saying no is not the same as saying nothing. */
export function yesNo(value: boolean | undefined): 'Yes' | 'No' | typeof NOT_DOCUMENTED {
  if (value === undefined) return NOT_DOCUMENTED;
  return value ? 'Yes' : 'No';
}

export function protocolList(protocols: readonly SsoProtocol[] | undefined): string {
  return protocols?.length ? protocols.map((p) => PROTOCOL_LABEL[p]).join(', ') : NOT_DOCUMENTED;
}
