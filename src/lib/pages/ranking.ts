/**
 * The SCIM tax ranking at several team sizes: for each size, the apps whose SCIM plan and
 * base plan both have a published price a team of that size can pay, ranked by how many
 * times the plan with SCIM costs the base; then the apps with no upcharge, and those
 * with no comparable figure, each with its reason. The team size of the cost model (the
 * one guides use) comes from the app views themselves, so the two cannot disagree.
 */
import type { AppData, Currency } from '../../schema/app.ts';
import type { AppView } from '../app-view.ts';
import { formatAmount, formatCount } from '../format.ts';
import { guideHref } from '../links.ts';
import { jumpFigures, type JumpFigures } from '../price-figures.ts';
import { priceJump, type PriceJump } from '../pricing.ts';

/** The team sizes the ranking is published for; a reader can ask for any other. */
export const RANKING_TEAM_SIZES = [25, 100, 500, 2000] as const;

export interface RankedApp {
  rank: number;
  slug: string;
  href: string;
  name: string;
  multiple: number;
  multipleLabel: string;
  extra: string;
  route: string;
}

export interface UnrankedApp {
  slug: string;
  href: string;
  name: string;
  label: string;
  reason: string;
}

export interface RankingAtSize {
  seats: number;
  seatsLabel: string;
  ranked: RankedApp[];
  unranked: UnrankedApp[];
}

export interface RankingPage {
  /** Each size's ranked apps, and the apps it alone leaves out (`unranked`). */
  sizes: RankingAtSize[];
  /**
   * Apps no published size can rank, for the same reason at every size (quote-only, no
   * documented plan): listed once rather than under each table.
   */
  neverRanked: UnrankedApp[];
  defaultSeats: number;
  /** Apps that offer SCIM at all: the ones that could be ranked. */
  candidates: number;
}

/** What ranking needs of an app: its slug, name, SCIM facts and plans. */
type Rankable = { slug: string; app: Pick<AppData, 'name' | 'scim' | 'plans'> };
type Ranked = { view: Rankable; jump: PriceJump; figures: JumpFigures };

/** The price of SCIM for one app at one team size, from the same functions as its guide. */
export function figuresAt(app: Pick<AppData, 'plans' | 'scim'>, seats: number): { jump: PriceJump; figures: JumpFigures } {
  const jump = priceJump(app, seats);
  return { jump, figures: jumpFigures(jump, seats, app.scim.availability === 'none') };
}

/** One size's table; `at` gives each app's jump and figures at that size. */
export function rankingAt<T extends Rankable>(views: readonly T[], seats: number, at: (view: T) => { jump: PriceJump; figures: JumpFigures }, currency: Currency): RankingAtSize {
  const ranked: Ranked[] = [];
  const unranked: UnrankedApp[] = [];
  for (const view of views) {
    const { availability } = view.app.scim;
    if (availability === 'none' || availability === 'unknown') continue;
    const { jump, figures } = at(view);
    // Ranked: two comparable published prices; an app whose SCIM plan costs nothing extra ranks at 1×.
    const comparable = jump.kind === 'jump' || (jump.kind === 'included' && jump.scimPlan.cost !== null && jump.scimPlan.cost.basis === 'list');
    if (comparable && figures.multiple !== null) ranked.push({ view, jump, figures });
    else unranked.push({ slug: view.slug, href: guideHref(view.slug), name: view.app.name, label: figures.label, reason: figures.reason ?? (jump.kind === 'included' ? 'SCIM costs nothing extra, but the plan has no published price to rank.' : 'The plan SCIM needs is not documented.') });
  }
  ranked.sort((a, b) => (b.figures.multiple ?? 0) - (a.figures.multiple ?? 0) || a.view.app.name.localeCompare(b.view.app.name, 'en'));
  return {
    seats,
    seatsLabel: formatCount(seats),
    ranked: ranked.map(({ view, jump, figures }, index) => ({
      rank: index + 1,
      slug: view.slug,
      href: guideHref(view.slug),
      name: view.app.name,
      multiple: figures.multiple ?? 1,
      multipleLabel: figures.label,
      extra: formatAmount(figures.extra ?? 0, currency),
      route: jump.kind === 'jump' ? `${jump.base.plan.name} → ${jump.scimPlan.plan.name}` : jump.kind === 'included' ? `${jump.scimPlan.plan.name} (SCIM included)` : '',
    })),
    unranked: unranked.sort((a, b) => a.name.localeCompare(b.name, 'en')),
  };
}

export function rankingPage(views: readonly AppView[], currency: Currency): RankingPage {
  const defaultSeats = views[0]?.seats ?? 500;
  const seatSizes = [...new Set([...RANKING_TEAM_SIZES, defaultSeats])].sort((a, b) => a - b);
  const sizes = seatSizes.map((seats) =>
    rankingAt(
      views,
      seats,
      // At the guides' team size, reuse the figures the guides show.
      (view) => (seats === defaultSeats ? { jump: (view as AppView).jump, figures: (view as AppView).figures } : figuresAt(view.app, seats)),
      currency,
    ),
  );
  const said = (app: UnrankedApp) => `${app.label}\u0000${app.reason}`;
  const everywhere = new Map(sizes[0]?.unranked.map((app) => [app.slug, app]) ?? []);
  for (const size of sizes.slice(1)) {
    const here = new Map(size.unranked.map((app) => [app.slug, app]));
    for (const [slug, app] of everywhere) if (here.get(slug) === undefined || said(here.get(slug)!) !== said(app)) everywhere.delete(slug);
  }
  return {
    defaultSeats,
    candidates: views.filter((view) => view.app.scim.availability === 'native' || view.app.scim.availability === 'idp-only').length,
    sizes: sizes.map((size) => ({ ...size, unranked: size.unranked.filter((app) => !everywhere.has(app.slug)) })),
    neverRanked: [...everywhere.values()],
  };
}

/** What the any-size ranking in the browser needs of each app that offers SCIM. */
export interface RankingInput {
  slug: string;
  app: Pick<AppData, 'name' | 'scim' | 'plans'>;
}

export function rankingInputs(views: readonly AppView[]): RankingInput[] {
  return views
    .filter((view) => view.app.scim.availability === 'native' || view.app.scim.availability === 'idp-only')
    .map((view) => ({ slug: view.slug, app: { name: view.app.name, scim: view.app.scim, plans: view.app.plans } }));
}
