/**
 * Checks over the whole catalog that no single entry's schema can make: names and slugs
 * that clash between entries, categories that hold no app or too many, and deep guides
 * that do not render every section. Field and single-entry rules live in the schema
 * (src/schema/); these run in the test suite against content/, and each is tested to
 * fail on a broken catalog.
 */
import type { AppData, Category } from '../schema/app.ts';
import { DEEP_GUIDE_SECTIONS } from './sections.ts';
import { SLUG_PATTERN } from '../schema/common.ts';

export interface DataProblem {
  check: 'duplicate-name' | 'duplicate-slug' | 'empty-category' | 'crowded-category' | 'deep-guide';
  slug?: string;
  message: string;
}

/** Past this many apps a category stops helping readers narrow a search: split it. */
export const CATEGORY_LIMIT = 60;

export interface DataCheckInput {
  entries: ReadonlyMap<string, AppData>;
  categories: readonly Category[];
  /** Sections each deep guide renders, by slug (from guideSections). */
  deepSections?: ReadonlyMap<string, readonly string[]>;
}

export function catalogDataProblems(input: DataCheckInput): DataProblem[] {
  const problems: DataProblem[] = [];
  const names = new Map<string, string>();
  const slugs = new Map<string, string>();
  const used = new Map<string, number>();

  for (const [slug, app] of input.entries) {
    const nameKey = app.name.normalize('NFKC').toLowerCase();
    if (names.has(nameKey)) problems.push({ check: 'duplicate-name', slug, message: `${slug}: the name "${app.name}" is also ${names.get(nameKey)}'s` });
    names.set(nameKey, slug);
    const slugKey = slug.normalize('NFKC').toLowerCase();
    if (slugs.has(slugKey) || !SLUG_PATTERN.test(slug)) {
      problems.push({ check: 'duplicate-slug', slug, message: `${slug}: the slug clashes with ${slugs.get(slugKey) ?? 'the slug rules'}` });
    }
    slugs.set(slugKey, slug);
    used.set(app.category, (used.get(app.category) ?? 0) + 1);

    if (app.deep && input.deepSections) {
      const sections = new Set(input.deepSections.get(slug) ?? []);
      // An app without SCIM has no technical specifications to give.
      const offers = app.scim.availability === 'native' || app.scim.availability === 'idp-only';
      const missing = DEEP_GUIDE_SECTIONS.filter((section) => !sections.has(section) && (offers || section !== 'tech-specs'));
      if (missing.length) problems.push({ check: 'deep-guide', slug, message: `${slug}: a deep guide lacks ${missing.join(', ')}` });
    }
  }
  for (const category of input.categories) {
    const count = used.get(category.id) ?? 0;
    if (!count) problems.push({ check: 'empty-category', message: `category "${category.id}" has no app; remove it or file an app under it` });
    if (count > CATEGORY_LIMIT) problems.push({ check: 'crowded-category', message: `category "${category.id}" holds ${count} apps, more than ${CATEGORY_LIMIT}; split it in content/categories.yaml` });
  }
  return problems;
}
