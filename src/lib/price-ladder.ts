/**
 * A guide's plans as a ladder, cheapest first at the team size, with the first plans that
 * bring SSO and SCIM marked, and the geometry of the bar chart drawn from it at build time.
 */
import type { AppView } from './app-view.ts';
import { formatAmount, formatPrice } from './format.ts';
import { annualCost, planHasScim, planHasSso } from './pricing.ts';

export interface LadderStep {
  name: string;
  /** Yearly cost at the team size, or null when unknown (quote, per-unit). */
  yearly: number | null;
  label: string;
  sso: boolean;
  scim: boolean;
  firstSso: boolean;
  firstScim: boolean;
}

/** Plans in ascending yearly cost (unpriced last), with the first SSO and SCIM plans marked. */
export function priceLadder(view: AppView): LadderStep[] {
  const steps = (view.app.plans ?? [])
    .map((plan, order) => {
      const cost = annualCost(plan.price, view.seats);
      const scim = planHasScim(view.app, plan) === true;
      return { plan, order, cost, scim };
    })
    .sort((a, b) => (a.cost?.low ?? Infinity) - (b.cost?.low ?? Infinity) || a.order - b.order);
  let sawSso = false;
  let sawScim = false;
  return steps.map(({ plan, cost, scim }) => {
    const sso = planHasSso(view.app, plan) === true;
    const step: LadderStep = {
      name: plan.name,
      yearly: cost?.low ?? null,
      label: cost ? `${cost.basis === 'estimate' ? 'about ' : ''}${formatAmount(cost.low, cost.currency)} a year` : formatPrice(plan.price),
      sso,
      scim,
      firstSso: sso && !sawSso,
      firstScim: scim && !sawScim,
    };
    sawSso ||= sso;
    sawScim ||= scim;
    return step;
  });
}

export interface LadderChart {
  viewBox: string;
  bars: { y: number; width: number; valueX: number; name: string; text: string; tone: 'unknown' | 'warn' | 'muted' }[];
  labelWidth: number;
  rowHeight: number;
}

const ROW_HEIGHT = 40;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 360;
const VALUE_ROOM = 230;

/** Bars scaled to the dearest plan; unpriced plans get a full-width pale bar. */
export function ladderChart(steps: readonly LadderStep[]): LadderChart {
  const max = Math.max(1, ...steps.map((step) => step.yearly ?? 0));
  return {
    viewBox: `0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_ROOM} ${steps.length * ROW_HEIGHT + 10}`,
    labelWidth: LABEL_WIDTH,
    rowHeight: ROW_HEIGHT,
    bars: steps.map((step, index) => {
      const width = step.yearly === null ? BAR_WIDTH : Math.max(3, Math.round((step.yearly / max) * BAR_WIDTH));
      const marks = [step.firstSso && 'first with SSO', step.firstScim && 'first with SCIM'].filter(Boolean).join(', ');
      return {
        y: index * ROW_HEIGHT + 5,
        width,
        valueX: LABEL_WIDTH + (step.yearly === null ? 8 : width + 8),
        name: step.name,
        text: `${step.label}${marks ? ` · ${marks}` : ''}`,
        tone: step.yearly === null ? 'unknown' : step.scim ? 'warn' : 'muted',
      };
    }),
  };
}
