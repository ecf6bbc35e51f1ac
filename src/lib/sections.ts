/**
 * Which sections a guide shows, in the anatomy's order. A section without data is left
 * out rather than shown empty, so a short entry renders a shorter guide.
 */
import type { AppData } from '../schema/app.ts';
import type { PriceJump } from './pricing.ts';

export const GUIDE_SECTIONS = [
  'header',
  'summary',
  'quick-facts',
  'idp-matrix',
  'manual-cost',
  'pricing',
  'price-jump',
  'constraints',
  'challenges',
  'upgrade',
  'admins-say',
  'decision',
  'bottom-line',
  'tech-specs',
  'configuration',
  'history',
  'badge',
  'footer',
  'related',
] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/**
 * Sections every deep guide renders. The others depend on facts a vendor may not have:
 * a bundle on the SCIM plan, public complaints, or a priced SCIM plan to compare.
 */
export const DEEP_GUIDE_SECTIONS: readonly GuideSection[] = GUIDE_SECTIONS.filter(
  (section) => section !== 'upgrade' && section !== 'admins-say' && section !== 'price-jump',
);

/**
 * Sections whose words go into the search index. The others (tables of plans and IdPs,
 * setup steps, sources, related apps) repeat the same IdP and plan words on every guide:
 * indexing them made every result heavier to download and let pages that merely mention
 * a name outrank the page about it. Their facts reach search as filters and as the
 * words of the search data (src/lib/search-facets.ts) instead.
 */
export const SEARCH_INDEXED_SECTIONS: ReadonlySet<GuideSection> = new Set(['header', 'summary', 'quick-facts', 'constraints', 'bottom-line']);

export interface SectionInputs {
  app: AppData;
  jump: PriceJump;
  challenges: readonly string[];
  relatedCount: number;
}

const has = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;

export function hasTechSpecs(app: AppData): boolean {
  const { scim } = app;
  return (
    scim.version !== undefined ||
    Object.values(scim.operations ?? {}).some((value) => value !== undefined) ||
    has(scim.attributes) ||
    has(scim.roles) ||
    has(scim.prerequisites) ||
    scim.deprovisioning !== undefined
  );
}

const PRESENT: Record<GuideSection, (input: SectionInputs) => boolean> = {
  header: () => true,
  // Every guide has a summary: the editor's, or one derived from its facts.
  summary: () => true,
  'quick-facts': () => true,
  'idp-matrix': ({ app }) => has(app.idps),
  // IT time is computable for every app, so the cost section always has something to say.
  'manual-cost': () => true,
  pricing: ({ app }) => has(app.plans) || app.sso?.reportedPrices !== undefined,
  'price-jump': ({ jump }) => jump.kind !== 'unknown',
  constraints: ({ app }) => has(app.limitations),
  challenges: ({ challenges }) => challenges.length > 0,
  upgrade: ({ app }) => has(app.bundledFeatures),
  'admins-say': ({ app }) => has(app.complaints) || has(app.quotes),
  decision: ({ app }) => has(app.decision),
  'bottom-line': ({ app }) => Boolean(app.bottomLine),
  'tech-specs': ({ app }) => hasTechSpecs(app),
  configuration: ({ app }) => has(app.configuration),
  // Always shown: an empty history says why it is empty.
  history: () => true,
  badge: () => true,
  footer: () => true,
  related: ({ relatedCount }) => relatedCount > 0,
};

export function guideSections(input: SectionInputs): GuideSection[] {
  return GUIDE_SECTIONS.filter((section) => PRESENT[section](input));
}
