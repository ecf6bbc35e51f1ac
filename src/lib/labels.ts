/** Words shown to readers for the schema's enumerated values, kept in one place. */
import type { Decision, Deprovisioning, IdpSupport, ScimOperation, SsoProtocol } from '../schema/app.ts';

export const IDP_SUPPORT_LABEL: Record<IdpSupport, string> = {
  full: 'Full',
  jit: 'JIT only',
  'third-party': 'Third-party',
  none: 'None',
  'not-documented': 'Not documented',
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
  delete: 'Delete users',
  groups: 'Groups',
  groupPush: 'Push groups',
};

export const NOT_DOCUMENTED = 'Not documented';

/** A fact that may be unknown: the vendor saying no is not the same as saying nothing. */
export function yesNo(value: boolean | undefined): 'Yes' | 'No' | typeof NOT_DOCUMENTED {
  if (value === undefined) return NOT_DOCUMENTED;
  return value ? 'Yes' : 'No';
}

export function protocolList(protocols: readonly SsoProtocol[] | undefined): string {
  return protocols?.length ? protocols.map((p) => PROTOCOL_LABEL[p]).join(', ') : NOT_DOCUMENTED;
}
