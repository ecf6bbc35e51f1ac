/**
 * A plain-words summary for entries whose editors have not written one, built from the
 * same derived facts as the badge, so it can never contradict the rest of the guide.
 */
import type { AppView } from './app-view.ts';
import { formatMultiple } from './format.ts';
import { addOnName, joinNames } from './text.ts';

function scimSentence(view: AppView, idpName: (id: string) => string): string {
  const { app, jump, status } = view;
  switch (status.key) {
    case 'none':
      return 'does not offer SCIM provisioning on any plan';
    case 'unknown':
      return 'does not say publicly whether it supports SCIM provisioning';
    case 'idp-only':
      return `has no SCIM API of its own; provisioning works only through ${joinNames((app.scim.via ?? []).map(idpName))}`;
    case 'native':
      return 'supports SCIM provisioning, but the plan it needs is not documented';
    case 'included':
      return jump.kind === 'included' && jump.freeTierWithout
        ? `offers SCIM provisioning on every paid plan, starting with ${jump.scimPlan.plan.name}`
        : 'offers SCIM provisioning on every plan';
    case 'paid-tier':
      break;
  }
  if (jump.kind === 'jump') {
    const what = jump.scimPlan.plan.addOn ? addOnName(jump.scimPlan.plan.name) : `its ${jump.scimPlan.plan.name} plan`;
    return `offers SCIM provisioning only with ${what}, ${jump.basis === 'estimate' ? 'an estimated ' : ''}${formatMultiple(jump.multiple)} the price of ${jump.base.plan.name} for a team of ${view.seats}`;
  }
  if (jump.kind === 'unknown' || jump.kind === 'included') return 'offers SCIM provisioning on a paid plan';
  const where = jump.scimPlan.plan.addOn ? `with ${addOnName(jump.scimPlan.plan.name)}` : `on its ${jump.scimPlan.plan.name} plan`;
  if (jump.kind === 'quote') return `offers SCIM provisioning only ${where}, which is sold by quote`;
  if (jump.kind === 'add-on') return `offers SCIM provisioning through ${addOnName(jump.scimPlan.plan.name)}`;
  return `offers SCIM provisioning only ${where}`;
  return 'offers SCIM provisioning on a paid plan';
}

export function derivedSummary(view: AppView, idpName: (id: string) => string): string {
  return `${view.app.name} (${view.category.name}) ${scimSentence(view, idpName)}.`;
}

/** The editor's summary when there is one, else the derived one. */
export function summaryOf(view: AppView, idpName: (id: string) => string): string {
  return view.app.summary ?? derivedSummary(view, idpName);
}
