/**
 * The SCIM status badge and the one-line call-out of a guide. Every page that shows an
 * app's status (its guide, a related-app card, a table row) calls this, so no two pages
 * can disagree.
 */
import type { AppData } from '../schema/app.ts';
import type { PriceJump } from './pricing.ts';
import { addOnName, joinNames } from './text.ts';

export type StatusKey = 'included' | 'paid-tier' | 'native' | 'idp-only' | 'none' | 'unknown';

export interface ScimStatus {
  key: StatusKey;
  /** Short badge text. */
  label: string;
  /** One sentence naming the plan SCIM needs. */
  callout: string;
  /** Visual tone of the badge. */
  tone: 'good' | 'warn' | 'bad' | 'muted';
}

export function scimStatus(
  app: Pick<AppData, 'name' | 'scim'>,
  jump: PriceJump,
  idpName: (id: string) => string,
): ScimStatus {
  const { availability, plan, via } = app.scim;
  if (availability === 'none') {
    return { key: 'none', label: 'No SCIM', callout: `${app.name} does not offer SCIM on any plan`, tone: 'bad' };
  }
  if (availability === 'unknown') {
    return {
      key: 'unknown',
      label: 'SCIM not documented',
      callout: `${app.name} does not document SCIM support publicly`,
      tone: 'muted',
    };
  }
  if (availability === 'idp-only') {
    const idp = joinNames((via ?? []).map(idpName));
    return {
      key: 'idp-only',
      // A badge stays short; the call-out names every IdP.
      label: (via?.length ?? 0) > 1 ? 'SCIM through IdP connectors only' : `SCIM through ${idp} only`,
      callout: `No native SCIM: provisioning only through ${idp}'s ${(via?.length ?? 0) > 1 ? 'connectors' : 'integration'}${plan ? `, on the ${plan} plan` : ''}`,
      tone: 'warn',
    };
  }
  switch (jump.kind) {
    case 'included':
      return {
        key: 'included',
        label: 'SCIM included',
        callout: jump.freeTierWithout
          ? `Native SCIM on every paid plan, from ${jump.scimPlan.plan.name}`
          : 'Native SCIM on every plan',
        tone: 'good',
      };
    case 'jump':
    case 'quote':
    case 'metered':
    case 'mixed-currency':
    case 'add-on':
    case 'unpriced-base':
      return {
        key: 'paid-tier',
        label: 'SCIM on a paid tier',
        callout: jump.scimPlan.plan.addOn
          ? `Native SCIM requires ${addOnName(jump.scimPlan.plan.name)}`
          : `Native SCIM requires ${jump.scimPlan.plan.name} plan`,
        tone: 'warn',
      };
    case 'unknown':
      return {
        key: 'native',
        label: 'Native SCIM',
        callout: plan ? `Native SCIM requires ${plan} plan` : 'Native SCIM; the plan it needs is not documented',
        tone: 'good',
      };
  }
}
