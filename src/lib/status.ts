/**
 * The SCIM status badge and the one-line call-out of a guide. Every page that shows an
 * app's status (its guide, a related-app card, a table row) calls this, so no two pages
 * can disagree.
 */
import type { AppData } from '../schema/app.ts';
import type { PriceJump } from './pricing.ts';
import { addOnName, joinNames } from './text.ts';

export type StatusKey = 'included' | 'paid-tier' | 'native' | 'idp-only' | 'none' | 'unknown';

/** Each status's badge text and tone, in one table so no page words a status differently. */
export const STATUS_PRESENTATION: Record<StatusKey, { label: string; tone: ScimStatus['tone'] }> = {
  included: { label: 'SCIM included', tone: 'good' },
  'paid-tier': { label: 'SCIM on a paid tier', tone: 'warn' },
  native: { label: 'Native SCIM', tone: 'good' },
  'idp-only': { label: 'SCIM through IdP connectors only', tone: 'warn' },
  none: { label: 'No SCIM', tone: 'bad' },
  unknown: { label: 'SCIM not documented', tone: 'muted' },
};

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
    return { key: 'none', ...STATUS_PRESENTATION.none, callout: `${app.name} does not offer SCIM on any plan` };
  }
  if (availability === 'unknown') {
    return {
      key: 'unknown',
      ...STATUS_PRESENTATION.unknown,
      callout: `${app.name} does not document SCIM support publicly`,
    };
  }
  if (availability === 'idp-only') {
    const idp = joinNames((via ?? []).map(idpName));
    return {
      key: 'idp-only',
      // A badge stays short; the call-out names every IdP.
      ...STATUS_PRESENTATION['idp-only'],
      // A badge stays short; with one IdP it can name it.
      ...((via?.length ?? 0) === 1 && { label: `SCIM through ${idp} only` }),
      callout: `No native SCIM: provisioning only through ${idp}'s ${(via?.length ?? 0) > 1 ? 'connectors' : 'integration'}${plan ? `, on the ${plan} plan` : ''}`,
    };
  }
  switch (jump.kind) {
    case 'included':
      return {
        key: 'included',
        ...STATUS_PRESENTATION.included,
        callout: jump.freeTierWithout
          ? `Native SCIM on every paid plan, from ${jump.scimPlan.plan.name}`
          : 'Native SCIM on every plan',
      };
    case 'jump':
    case 'quote':
    case 'metered':
    case 'mixed-currency':
    case 'add-on':
    case 'unpriced-base':
    case 'mixed-billing':
    case 'too-large':
      return {
        key: 'paid-tier',
        ...STATUS_PRESENTATION['paid-tier'],
        callout: jump.scimPlan.plan.addOn
          ? `Native SCIM requires ${addOnName(jump.scimPlan.plan.name)}`
          : `Native SCIM requires ${jump.scimPlan.plan.name} plan`,
      };
    case 'unknown':
      return {
        key: 'native',
        ...STATUS_PRESENTATION.native,
        callout: plan ? `Native SCIM requires ${plan} plan` : 'Native SCIM; the plan it needs is not documented',
      };
  }
}
