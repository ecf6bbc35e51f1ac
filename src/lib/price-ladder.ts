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
const BAR_WIDTH = 360;
/** A generous width of one character of the chart's 14 px text, so no label is ever clipped. */
const CHAR_WIDTH = 8.5;
const textRoom = (text: string) => Math.ceil(text.length * CHAR_WIDTH) + 16;

/**
 * Bars scaled to the dearest plan; unpriced plans get a full-width pale bar. The box is as
 * wide as its longest plan name and value need, so the picture scales down on a narrow
 * screen rather than cut words off.
 */
export function ladderChart(steps: readonly LadderStep[]): LadderChart {
  const max = Math.max(1, ...steps.map((step) => step.yearly ?? 0));
  const texts = steps.map((step) => {
    const marks = [step.firstSso && 'first with SSO', step.firstScim && 'first with SCIM'].filter(Boolean).join(', ');
    return `${step.label}${marks ? ` · ${marks}` : ''}`;
  });
  const labelWidth = Math.max(170, ...steps.map((step) => textRoom(step.name)));
  // The value sits after its bar; the widest right edge sets the box.
  const right = Math.max(
    labelWidth + BAR_WIDTH + 230,
    ...steps.map((step, index) => {
      const width = step.yearly === null ? BAR_WIDTH : Math.max(3, Math.round((step.yearly / max) * BAR_WIDTH));
      return labelWidth + (step.yearly === null ? 8 : width + 8) + textRoom(texts[index]!);
    }),
  );
  return {
    viewBox: `0 0 ${right} ${steps.length * ROW_HEIGHT + 10}`,
    labelWidth: labelWidth,
    rowHeight: ROW_HEIGHT,
    bars: steps.map((step, index) => {
      const width = step.yearly === null ? BAR_WIDTH : Math.max(3, Math.round((step.yearly / max) * BAR_WIDTH));
      return {
        y: index * ROW_HEIGHT + 5,
        width,
        valueX: labelWidth + (step.yearly === null ? 8 : width + 8),
        name: step.name,
        text: texts[index]!,
        tone: step.yearly === null ? 'unknown' : step.scim ? 'warn' : 'muted',
      };
    }),
  };
}
