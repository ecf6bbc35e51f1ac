/**
 * The stack calculator's figures: for each app of a stack, at its seats and for the
 * reader's IdP, the plan SCIM needs, the yearly cost of the cheapest plan and of the SCIM
 * plan, the extra a year, whether that IdP can provision it, and what keeping it manual
 * costs; then the stack's totals. The same pricing, price-figure and cost-model functions
 * as the guides, so a stack row and a guide never disagree. Pure: it runs in the browser.
 */
import type { AppData, Currency } from '../schema/app.ts';
import type { CostInputs } from '../schema/cost-model.ts';
import { seatPricing } from './app-view.ts';
import { manualCost } from './cost-model.ts';
import { formatAmount } from './format.ts';
import { guideHref } from './links.ts';
import { jumpFigures, scimPlanFact } from './price-figures.ts';
import { annualCost, cheapestPlan, priceJump } from './pricing.ts';

export interface StackApp {
  slug: string;
  name: string;
  /** The derived status every page shows (key and badge text). */
  status: string;
  statusLabel: string;
  app: AppData;
}

export type Provisioning = 'yes' | 'third-party' | 'directory-sync' | 'jit' | 'no' | 'not-documented';

export const PROVISIONING_LABEL: Record<Provisioning, string> = {
  yes: 'Yes',
  'third-party': 'Through a third-party connector',
  'directory-sync': 'The app syncs from its directory',
  jit: 'No: accounts only at first sign-in',
  no: 'No',
  'not-documented': 'Not documented',
};

/** Whether the reader's IdP provisions users into the app, from the app's IdP matrix. */
export function provisioningBy(app: Pick<AppData, 'scim' | 'idps'>, idp: string): Provisioning {
  const cell = app.idps?.find((candidate) => candidate.idp === idp);
  if (!cell) return app.scim.availability === 'none' ? 'no' : 'not-documented';
  switch (cell.scim) {
    case 'full':
      return 'yes';
    case 'third-party':
      return 'third-party';
    case 'directory-sync':
      return 'directory-sync';
    case 'jit':
      return 'jit';
    case 'none':
      return 'no';
    case 'not-documented':
      return 'not-documented';
  }
}

/** Provisioning that leaves joiners and leavers to be handled by hand. */
const STAYS_MANUAL: ReadonlySet<Provisioning> = new Set(['jit', 'no', 'not-documented']);

export interface StackRow {
  slug: string;
  href: string;
  name: string;
  status: string;
  statusLabel: string;
  seats: number;
  scimPlan: string;
  cheapestPlan: string | null;
  /** Yearly cost of the cheapest plan at these seats, when it has a price for people. */
  cheapestYearly: number | null;
  scimYearly: number | null;
  /** Extra a year to reach SCIM; 0 when SCIM costs nothing more, null when no figure. */
  extra: number | null;
  /** Why there is no extra, when there is none. */
  reason: string | null;
  provisioning: Provisioning;
  provisioningLabel: string;
  /** What manual provisioning costs a year, when the IdP cannot provision the app. */
  manualCost: number | null;
}

export function stackRow(entry: StackApp, seats: number, idp: string, inputs: CostInputs): StackRow {
  const { app } = entry;
  const jump = priceJump(app, seats);
  const figures = jumpFigures(jump, seats, app.scim.availability === 'none');
  const cheapest = cheapestPlan(app.plans ?? [], seats);
  const scimPlan = jump.kind === 'unknown' ? null : jump.scimPlan;
  const scimYearly = jump.kind === 'jump' ? jump.withScim : scimPlan?.cost?.low ?? (scimPlan ? annualCost(scimPlan.plan.price, seats)?.low ?? null : null);
  const provisioning = provisioningBy(app, idp);
  const manual = STAYS_MANUAL.has(provisioning) ? manualCost({ ...inputs, employees: seats }, seatPricing(app, seats)).total : null;
  return {
    slug: entry.slug,
    href: guideHref(entry.slug),
    name: entry.name,
    status: entry.status,
    statusLabel: entry.statusLabel,
    seats,
    scimPlan: scimPlanFact(app, jump).label,
    cheapestPlan: cheapest?.plan.name ?? null,
    cheapestYearly: cheapest?.cost?.low ?? null,
    scimYearly: scimYearly ?? null,
    extra: figures.extra,
    reason: figures.reason,
    provisioning,
    provisioningLabel: PROVISIONING_LABEL[provisioning],
    manualCost: manual,
  };
}

export interface StackTotals {
  apps: number;
  /** Extra a year to reach SCIM, over the apps that have a figure. */
  scimTax: number;
  /** Apps whose extra has no figure (quote, per unit…), so the tax is at least this much. */
  unpriced: number;
  /** Apps the IdP cannot provision: it says no, or only creates accounts at first sign-in. */
  cannotProvision: number;
  /** Apps whose IdP support no source documents. */
  notDocumented: number;
  /** Yearly cost of handling by hand every app the IdP cannot (or is not documented to) provision. */
  manualCost: number;
}

export function stackTotals(rows: readonly StackRow[]): StackTotals {
  return {
    apps: rows.length,
    scimTax: rows.reduce((sum, row) => sum + (row.extra ?? 0), 0),
    unpriced: rows.filter((row) => row.extra === null && row.status !== 'none').length,
    cannotProvision: rows.filter((row) => row.provisioning === 'no' || row.provisioning === 'jit').length,
    notDocumented: rows.filter((row) => row.provisioning === 'not-documented').length,
    manualCost: rows.reduce((sum, row) => sum + (row.manualCost ?? 0), 0),
  };
}

/** The stack as CSV (RFC 4180), one row per app and a totals row, amounts in whole units. */
export function stackCsv(rows: readonly StackRow[], totals: StackTotals, idpName: string): string {
  const field = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const whole = (value: number | null) => (value === null ? '' : Math.round(value));
  const lines = [
    ['app', 'status', 'seats', 'plan SCIM needs', 'cheapest plan', 'cheapest plan a year', 'SCIM plan a year', 'extra a year', `${idpName} provisions it`, 'manual cost a year'],
    ...rows.map((row) => [row.name, row.statusLabel, row.seats, row.scimPlan, row.cheapestPlan, whole(row.cheapestYearly), whole(row.scimYearly), row.extra === null ? row.reason ?? '' : whole(row.extra), row.provisioningLabel, whole(row.manualCost)]),
    ['Total', '', '', '', '', '', '', whole(totals.scimTax), `${totals.cannotProvision} cannot, ${totals.notDocumented} not documented`, whole(totals.manualCost)],
  ];
  return `${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}

export interface StackState {
  apps: string[];
  seats: number;
  idp: string;
  /** Seats per app, where the reader set one. */
  seatsBy: Record<string, number>;
}

const positive = (value: string | null) => {
  const number = Math.round(Number(value));
  return Number.isFinite(number) && number > 0 ? number : null;
};

/** The stack from a URL query: ?apps=a,b&seats=500&idp=okta&seats.a=20 */
export function readStackState(query: string, defaults: { seats: number; idp: string }): StackState {
  const params = new URLSearchParams(query);
  const apps = [...new Set((params.get('apps') ?? '').split(',').map((slug) => slug.trim()).filter((slug) => /^[a-z0-9-]+$/.test(slug)))];
  const seatsBy: Record<string, number> = {};
  for (const slug of apps) {
    const own = positive(params.get(`seats.${slug}`));
    if (own) seatsBy[slug] = own;
  }
  return { apps, seats: positive(params.get('seats')) ?? defaults.seats, idp: params.get('idp') || defaults.idp, seatsBy };
}

/** The query for a stack; slugs and ids need no escaping, so a shared link stays readable. */
export function stackQuery(state: StackState): string {
  const parts = [
    ...(state.apps.length ? [`apps=${state.apps.join(',')}`] : []),
    `seats=${state.seats}`,
    `idp=${encodeURIComponent(state.idp)}`,
    ...state.apps.filter((slug) => state.seatsBy[slug]).map((slug) => `seats.${slug}=${state.seatsBy[slug]}`),
  ];
  return `?${parts.join('&')}`;
}

export function money(value: number | null, currency: Currency): string {
  return value === null ? '—' : formatAmount(value, currency);
}
