/**
 * Checks over the whole catalog's data that a single entry's schema cannot make: they
 * run in the test suite against content/, and each is tested to fail on a broken
 * catalog.
 */
import type { AppData, Category } from '../schema/app.ts';
import { planHasScim } from './pricing.ts';
import { DEEP_GUIDE_SECTIONS } from './sections.ts';
import { SLUG_PATTERN } from './validate.ts';

export interface DataProblem {
  check: 'sources' | 'last-verified' | 'duplicate-name' | 'duplicate-slug' | 'unknown-category' | 'empty-category' | 'status-plans' | 'deep-guide';
  slug?: string;
  message: string;
}

export interface DataCheckInput {
  entries: ReadonlyMap<string, AppData>;
  categories: readonly Category[];
  /** YYYY-MM-DD; lastVerified may not be later. */
  today: string;
  /** Sections each deep guide renders, by slug (from guideSections). */
  deepSections?: ReadonlyMap<string, readonly string[]>;
}

export function catalogDataProblems(input: DataCheckInput): DataProblem[] {
  const problems: DataProblem[] = [];
  const names = new Map<string, string>();
  const slugs = new Map<string, string>();
  const categoryIds = new Set(input.categories.map((category) => category.id));
  const used = new Map<string, number>();

  for (const [slug, app] of input.entries) {
    if (!app.sources.length || app.sources.some((source) => !source.url.startsWith('https://'))) {
      problems.push({ check: 'sources', slug, message: `${slug}: every entry needs at least one source, all https` });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(app.lastVerified) || app.lastVerified > input.today) {
      problems.push({ check: 'last-verified', slug, message: `${slug}: lastVerified ${app.lastVerified} is not a date on or before ${input.today}` });
    }
    const nameKey = app.name.normalize('NFKC').toLowerCase();
    if (names.has(nameKey)) problems.push({ check: 'duplicate-name', slug, message: `${slug}: the name "${app.name}" is also ${names.get(nameKey)}'s` });
    names.set(nameKey, slug);
    const slugKey = slug.normalize('NFKC').toLowerCase();
    if (slugs.has(slugKey) || !SLUG_PATTERN.test(slug)) {
      problems.push({ check: 'duplicate-slug', slug, message: `${slug}: the slug clashes with ${slugs.get(slugKey) ?? 'the slug rules'}` });
    }
    slugs.set(slugKey, slug);
    if (!categoryIds.has(app.category)) problems.push({ check: 'unknown-category', slug, message: `${slug}: category "${app.category}" is not in the vocabulary` });
    used.set(app.category, (used.get(app.category) ?? 0) + 1);

    const plansWithScim = (app.plans ?? []).filter((plan) => planHasScim(app, plan) === true);
    const offersScim = app.scim.availability === 'native' || app.scim.availability === 'idp-only';
    if (app.scim.plan && !plansWithScim.some((plan) => plan.name === app.scim.plan)) {
      problems.push({ check: 'status-plans', slug, message: `${slug}: SCIM is said to need "${app.scim.plan}", but no plan of that name has SCIM` });
    }
    if (!offersScim && plansWithScim.length) {
      problems.push({ check: 'status-plans', slug, message: `${slug}: SCIM availability is "${app.scim.availability}", yet plan "${plansWithScim[0]!.name}" is marked with SCIM` });
    }
    if (app.deep && input.deepSections) {
      const sections = new Set(input.deepSections.get(slug) ?? []);
      // An app without SCIM has no technical specifications to give.
      const offers = app.scim.availability === 'native' || app.scim.availability === 'idp-only';
      const missing = DEEP_GUIDE_SECTIONS.filter((section) => !sections.has(section) && (offers || section !== 'tech-specs'));
      if (missing.length) problems.push({ check: 'deep-guide', slug, message: `${slug}: a deep guide lacks ${missing.join(', ')}` });
    }
  }
  for (const category of input.categories) {
    if (!used.has(category.id)) problems.push({ check: 'empty-category', message: `category "${category.id}" has no app; remove it or file an app under it` });
  }
  return problems;
}
