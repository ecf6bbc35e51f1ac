/**
 * The cost calculator island. It imports the same model the build renders with, so the
 * figures a reader gets for their own numbers are computed exactly like the defaults.
 */
import { manualCost } from '../lib/cost-model.ts';
import { formatAmount, formatCount } from '../lib/format.ts';
import type { Currency } from '../schema/app.ts';
import type { CostInputs } from '../schema/cost-model.ts';

function enhance(form: HTMLFormElement): void {
  const section = form.closest('section');
  const defaults = JSON.parse(form.dataset.inputs ?? '{}') as CostInputs;
  const currency = (form.dataset.currency ?? 'USD') as Currency;
  const announce = section?.querySelector<HTMLElement>('[data-cost-announce]');
  const number = (name: string, fallback: number) => {
    const value = Number((form.elements.namedItem(name) as HTMLInputElement | null)?.value);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };

  function update(): void {
    const inputs: CostInputs = {
      ...defaults,
      employees: Math.max(1, Math.round(number('employees', defaults.employees))),
      hourlyItCost: number('hourlyItCost', defaults.hourlyItCost),
    };
    const seatPrice = number('seatPrice', 0);
    const cost = manualCost(inputs, { kind: 'per-seat', perYear: seatPrice * 12 });
    const values: Record<string, string> = {
      orphanedAccounts: formatCount(cost.orphanedAccounts),
      unusedLicenses: formatCount(cost.unusedLicenses),
      itHours: formatCount(cost.itHours),
      unusedLicenseCost: formatAmount(cost.unusedLicenseCost ?? 0, currency),
      itLabourCost: formatAmount(cost.itLabourCost, currency),
      complianceCost: formatAmount(cost.complianceCost, currency),
      total: formatAmount(cost.total, currency),
      employees: formatCount(inputs.employees),
    };
    section?.querySelectorAll<HTMLElement>('[data-cost]').forEach((cell) => {
      const value = values[cell.dataset.cost ?? ''];
      if (value !== undefined) cell.textContent = value;
    });
    if (announce) announce.textContent = `Total a year: ${values.total}.`;
  }

  form.hidden = false;
  form.addEventListener('input', update);
}

export function enhanceCostCalculators(): void {
  document.querySelectorAll<HTMLFormElement>('form[data-cost-calculator]').forEach(enhance);
}
