/** The "quick facts" rows of a guide, derived from the entry and its view. */
import type { AppView } from './app-view.ts';
import { NOT_DOCUMENTED, protocolList, yesNo } from './labels.ts';
import { joinNames } from './text.ts';

export interface QuickFact {
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
    scim.availability === 'none'
      ? 'Not offered'
      : view.jump.kind === 'included'
        ? `${view.scimPlan.label} (${view.jump.freeTierWithout ? 'every paid plan' : 'every plan'})`
        : view.scimPlan.label;

  const ssoAvailable = !sso
    ? NOT_DOCUMENTED
    : { available: sso.plan ? `Yes, on ${sso.plan}` : 'Yes', none: 'No', unknown: NOT_DOCUMENTED }[sso.availability];

  const docs = scim.docsUrl ?? sources[0]!.url;
  const social = sso?.socialProviders?.length
    ? [{ label: 'Free sign-in providers', value: joinNames(sso.socialProviders) }]
    : [];
  return [
    { label: 'SCIM available', value: available },
    { label: 'Plan SCIM needs', value: scimPlan },
    { label: 'SSO required before SCIM', value: yesNo(scim.ssoRequired) },
    { label: 'SSO available', value: ssoAvailable },
    { label: 'SSO protocols', value: protocolList(sso?.protocols) },
    ...social,
    { label: scim.docsUrl ? 'Official documentation' : 'Vendor source', value: new URL(docs).hostname, href: docs },
  ];
}
