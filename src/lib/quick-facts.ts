/** The "quick facts" rows of a guide, derived from the entry and its view. */
import type { AppView } from './app-view.ts';
import { NOT_DOCUMENTED, protocolList, yesNo } from './labels.ts';
import { PROVENANCE_LABEL } from './provenance.ts';
import { joinNames } from './text.ts';

export interface QuickFact {
  /** A stable name for the fact, for pages and tests that pick one out. */
  key: string;
  label: string;
  value: string;
  href?: string;
}

export function quickFacts(view: AppView, idpName: (id: string) => string): QuickFact[] {
  const { scim, sso, sources } = view.app;
  const available = {
    native: scim.version ? `Yes, native SCIM ${scim.version}` : 'Yes, native',
    'idp-only': `Only through ${joinNames((scim.via ?? []).map(idpName))}`,
    none: 'No',
    unknown: NOT_DOCUMENTED,
  }[scim.availability];

  const scimPlan =
    view.jump.kind === 'included'
        ? `${view.scimPlan.label} (${view.jump.freeTierWithout ? 'every paid plan' : 'every plan'})`
        : view.scimPlan.label;

  const ssoAvailable = !sso
    ? NOT_DOCUMENTED
    : { available: sso.plan ? `Yes, on ${sso.plan}` : 'Yes', none: 'No', unknown: NOT_DOCUMENTED }[sso.availability];

  const docs = scim.docsUrl ?? sources[0]!.url;
  const social = sso?.socialProviders?.length
    ? [{ key: 'social-providers', label: 'Free sign-in providers', value: joinNames(sso.socialProviders) }]
    : [];
  return [
    { key: 'scim-available', label: 'SCIM available', value: available },
    { key: 'scim-plan', label: 'Plan SCIM needs', value: scimPlan },
    { key: 'sso-required', label: 'SSO required before SCIM', value: yesNo(scim.ssoRequired) },
    { key: 'sso-available', label: 'SSO available', value: ssoAvailable },
    { key: 'sso-protocols', label: 'SSO protocols', value: protocolList(sso?.protocols) },
    ...social,
    { key: 'provenance', label: 'How this was checked', value: PROVENANCE_LABEL[view.app.provenance.method] },
    { key: 'docs', label: scim.docsUrl ? 'Official documentation' : 'Vendor source', value: new URL(docs).hostname, href: docs },
  ];
}
