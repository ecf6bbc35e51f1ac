/** Which apps each identity provider provisions, signs in only, or creates just in time. */
import type { AppView } from './app-view.ts';

export interface IdpCoverage {
  full: AppView[];
  /** SSO through the IdP but no provisioning through it. */
  ssoOnly: AppView[];
  /** Accounts created just in time at sign-in. */
  jitOnly: AppView[];
  /** Apps whose guide documents a configuration for this IdP. */
  configured: AppView[];
}

/** One pass over the catalog for every IdP at once. */
export function idpCoverage(views: readonly AppView[]): Map<string, IdpCoverage> {
  const coverage = new Map<string, IdpCoverage>();
  const entry = (id: string) => {
    let value = coverage.get(id);
    if (!value) {
      value = { full: [], ssoOnly: [], jitOnly: [], configured: [] };
      coverage.set(id, value);
    }
    return value;
  };
  for (const view of views) {
    for (const cell of view.app.idps ?? []) {
      const bucket = entry(cell.idp);
      if (cell.scim === 'full') bucket.full.push(view);
      else if (cell.scim === 'jit' || cell.sso === 'jit') bucket.jitOnly.push(view);
      else if (cell.sso === 'full' || cell.sso === 'third-party') bucket.ssoOnly.push(view);
    }
    for (const block of view.app.configuration ?? []) entry(block.idp).configured.push(view);
  }
  return coverage;
}
