/**
 * What every page shows about the price of SCIM: the plan SCIM needs, its price, the
 * multiple and the extra a year, or the reason no figure is given. The guide, the
 * comparison table, the ranking, the category and IdP pages, the social image and the
 * open data all read these values, so they cannot disagree.
 */
import type { AppData, Plan } from '../schema/app.ts';
import { formatAmount, formatCount, formatMultiple, formatPrice } from './format.ts';
import { NOT_DOCUMENTED } from './labels.ts';
import { scimPlans, type PriceJump } from './pricing.ts';
import { addOnName } from './text.ts';

export interface ScimPlanFact {
  /** The plan (or add-on) SCIM needs, or null when none is named or SCIM is absent. */
  plan: Plan | null;
  /** The plan's name, or what stands in for it ("Not documented", "—"). */
  label: string;
  /** The plan's published price, or "—". */
  price: string;
}

/**
 * The plan SCIM needs. It is a property of the app, not of a team size: the plan the
 * price jump reaches when there is one, else the plan the entry names, else the first
 * plan marked with SCIM.
 */
export function scimPlanFact(app: Pick<AppData, 'scim' | 'plans'>, jump: PriceJump): ScimPlanFact {
  if (app.scim.availability === 'none') return { plan: null, label: 'Not offered', price: '—' };
  const plan =
    (jump.kind !== 'unknown' ? jump.scimPlan.plan : undefined) ??
    app.plans?.find((candidate) => candidate.name === app.scim.plan) ??
    (app.scim.availability === 'unknown' ? undefined : scimPlans(app)[0]);
  if (!plan) return { plan: null, label: app.scim.plan ?? NOT_DOCUMENTED, price: '—' };
  return { plan, label: plan.name, price: formatPrice(plan.price) };
}

export interface JumpFigures {
  /** With-SCIM cost ÷ base cost at the team size; only when both plans can serve it. */
  multiple: number | null;
  /** Extra money a year at the team size; never negative. */
  extra: number | null;
  /** The multiple as shown in tables ("3.2×", "No upcharge", "Quote"…). */
  label: string;
  /** Why there is no figure, in a sentence, when there is none. */
  reason: string | null;
  estimate: boolean;
}

/** The figures of a price jump and, when there are none, the reason in words. */
export function jumpFigures(jump: PriceJump, seats: number, scimNone: boolean): JumpFigures {
  const none = (label: string, reason: string | null): JumpFigures => ({ multiple: null, extra: null, label, reason, estimate: false });
  switch (jump.kind) {
    case 'jump':
      return {
        multiple: jump.multiple,
        extra: jump.extra,
        label: `${formatMultiple(jump.multiple)}${jump.basis === 'estimate' ? ' (est.)' : ''}`,
        reason: null,
        estimate: jump.basis === 'estimate',
      };
    case 'included':
      return { multiple: 1, extra: 0, label: 'No upcharge', reason: null, estimate: false };
    case 'metered':
      return none('Per unit', `${jump.scimPlan.plan.name} is priced ${formatPrice(jump.scimPlan.plan.price)}, per something other than a person, so no cost per team size follows.`);
    case 'quote':
      return none('Quote', `${jump.scimPlan.plan.name} is sold by quote with no published price.`);
    case 'add-on':
      return none('Add-on', `SCIM comes with ${addOnName(jump.scimPlan.plan.name)}, and no base plan is listed to add it to.`);
    case 'unpriced-base':
      return none('Base unpriced', 'The plans without SCIM have no published price to compare with.');
    case 'mixed-currency':
      return none('Mixed currencies', `${jump.base.plan.name} and ${jump.scimPlan.plan.name} are priced in different currencies.`);
    case 'mixed-billing':
      return none('Mixed billing', `${jump.base.plan.name} and ${jump.scimPlan.plan.name} are quoted for different billing periods (annual and monthly).`);
    case 'too-large':
      return none(
        'Team too large',
        jump.limit.kind === 'cap'
          ? `${jump.scimPlan.plan.name} allows at most ${formatCount(jump.limit.maxSeats)} users, fewer than ${formatCount(seats)}.`
          : `${jump.scimPlan.plan.name} covers ${formatCount(jump.limit.includedSeats)} users and lists no price for more than that, fewer than ${formatCount(seats)}.`,
      );
    case 'unknown':
      return none(scimNone ? 'No SCIM' : NOT_DOCUMENTED, null);
  }
}

/** The "what this means in practice" paragraph of a guide, as sentences. */
export function jumpExplanation(jump: PriceJump, seats: number): string[] {
  switch (jump.kind) {
    case 'jump': {
      const currency = jump.scimPlan.cost.currency;
      return [
        `${jump.base.plan.name} costs ${jump.base.cost.from ? 'from ' : ''}${formatAmount(jump.base.cost.low, jump.base.cost.currency)} a year; ` +
          `${jump.scimPlan.plan.addOn ? `with ${addOnName(jump.scimPlan.plan.name)} it costs ` : `${jump.scimPlan.plan.name} costs `}` +
          `${jump.basis === 'estimate' ? 'about ' : ''}${formatAmount(jump.withScim, currency)}.`,
        ...(jump.basis === 'estimate' ? ['The SCIM plan is sold by quote, so this uses the sourced estimate in the pricing table.'] : []),
        ...(jump.freeTierBelow ? [`A free plan exists below ${jump.base.plan.name}, without SCIM.`] : []),
      ];
    }
    case 'included':
      return [`SCIM comes with ${jump.scimPlan.plan.name}, the cheapest ${jump.freeTierWithout ? 'paid ' : ''}plan a team of ${formatCount(seats)} can buy, so reaching it costs nothing extra.`];
    case 'add-on':
      return [
        `SCIM comes with ${addOnName(jump.scimPlan.plan.name)}, ${formatPrice(jump.scimPlan.plan.price)}, bought on top of whichever plan you have: ` +
          `${formatAmount(jump.scimPlan.cost.low, jump.scimPlan.cost.currency)} a year for ${formatCount(seats)} users.`,
      ];
    case 'metered':
      return [
        `SCIM needs ${jump.scimPlan.plan.name}, priced at ${formatPrice(jump.scimPlan.plan.price)}${jump.base ? `, against ${formatPrice(jump.base.plan.price)} for ${jump.base.plan.name}` : ''}.`,
        jump.multiple !== null ? `That is ${formatMultiple(jump.multiple)} the price per unit; what it means per person depends on how many units you have.` : 'The prices count different things, so no multiple is given.',
      ];
    case 'quote':
      return [`SCIM needs ${jump.scimPlan.plan.name}, which is sold by custom quote with no public price, so the jump${jump.base ? ` from ${jump.base.plan.name}` : ''} cannot be computed from published figures.`];
    case 'unpriced-base':
      return [`SCIM needs ${jump.scimPlan.plan.name}, at ${formatPrice(jump.scimPlan.plan.price)}. The plans below it have no public price, so the jump cannot be computed from published figures.`];
    case 'mixed-currency':
    case 'mixed-billing':
    case 'too-large':
      return [jumpFigures(jump, seats, false).reason ?? ''];
    case 'unknown':
      return [];
  }
}
