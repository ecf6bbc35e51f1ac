/**
 * "Summary of challenges": bullets derived from the entry's structured facts (plans,
 * SCIM details, the IdP matrix), so the summary can never say something the rest of the
 * guide contradicts. Free-text limitations have their own section; their titles stand in
 * only when no structured fact gives a bullet.
 */
import type { AppData } from '../schema/app.ts';
import { formatAmount, formatMultiple } from './format.ts';
import { IDP_SUPPORT_LABEL, OPERATION_LABEL } from './labels.ts';
import type { PriceJump } from './pricing.ts';
import { joinNames } from './text.ts';

export function summariseChallenges(
  app: AppData,
  jump: PriceJump,
  seats: number,
  idpName: (id: string) => string,
): string[] {
  const bullets: string[] = [];
  const { scim } = app;

  if (scim.availability === 'none') bullets.push('No SCIM on any plan: every account is added and removed by hand.');
  if (scim.availability === 'unknown') bullets.push('SCIM support is not publicly documented, so plan for manual provisioning until the vendor confirms it.');
  if (scim.availability === 'idp-only') {
    bullets.push(`No native SCIM API: automated provisioning works only through ${joinNames((scim.via ?? []).map(idpName))}.`);
  }
  if (jump.kind === 'jump') {
    bullets.push(
      `SCIM needs the ${jump.scimPlan.plan.name} plan: ${formatMultiple(jump.multiple)} the cost of ${jump.base.plan.name} ` +
        `(${formatAmount(jump.extra, jump.scimPlan.cost.currency)} more a year for ${seats} users${jump.basis === 'estimate' ? ', on an estimate' : ''}).`,
    );
  }
  if (jump.kind === 'quote') bullets.push(`SCIM needs the ${jump.scimPlan.plan.name} plan, which is sold by custom quote only.`);
  if (scim.ssoRequired) bullets.push('SSO must be configured before SCIM can be switched on.');
  if (scim.deprovisioning === 'deactivate') {
    bullets.push('Deprovisioning deactivates accounts but does not delete them; removing them is a manual task.');
  }
  const missing = (Object.entries(scim.operations ?? {}) as [keyof typeof OPERATION_LABEL, boolean | undefined][])
    .filter(([, supported]) => supported === false)
    .map(([operation]) => OPERATION_LABEL[operation].toLowerCase());
  if (missing.length) bullets.push(`The SCIM integration cannot: ${missing.join(', ')}.`);

  const weakIdps = (app.idps ?? []).filter((cell) => cell.scim !== 'full');
  if (scim.availability !== 'none' && weakIdps.length) {
    const list = weakIdps.map((cell) => `${idpName(cell.idp)} (${IDP_SUPPORT_LABEL[cell.scim].toLowerCase()})`);
    bullets.push(`No full SCIM through ${list.join(', ')}.`);
  }
  // With no structured fact to summarise, the limitation titles are the summary.
  if (bullets.length === 0) {
    for (const limitation of app.limitations ?? []) bullets.push(`${limitation.title.replace(/[.!?]+$/, '')}.`);
  }
  return bullets;
}
