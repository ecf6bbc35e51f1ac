/**
 * The catalog's own data, checked as a whole: duplicates, categories and deep guides. Each check is also shown to fail on a broken
 * catalog, so a passing run means something.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView, type CatalogContext } from '../../src/lib/app-view.ts';
import { readCategories, readCostModel, readIdps } from '../../src/node/catalog-files.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { CATEGORY_LIMIT, catalogDataProblems, type DataCheckInput } from '../../src/lib/data-checks.ts';
import { guideSections } from '../../src/lib/sections.ts';
import { validateCatalog } from '../../src/node/validate.ts';
import type { AppData } from '../../src/schema/app.ts';
import { app } from '../helpers/apps.ts';
import { FIXTURE_CATALOG } from '../helpers/catalog.ts';

const categories = readCategories();
/** The real catalog's vocabularies, with the cost model read from `costModelRoot`. */
const contextWith = (costModelRoot?: string): CatalogContext => ({
  categories: new Map(categories.map((category) => [category.id, category])),
  idps: new Map(readIdps().map((idp) => [idp.id, idp])),
  costInputs: costInputs(readCostModel(costModelRoot)),
});

/** Each entry's guide sections, as derived in `context`. */
const sectionsIn =
  (context: CatalogContext) =>
  (entries: ReadonlyMap<string, AppData>): Map<string, string[]> =>
    new Map(
      [...entries].map(([slug, data]) => {
        const view = deriveAppView(slug, data, context);
        return [slug, guideSections({ app: data, jump: view.jump, challenges: view.challenges, relatedCount: data.related?.length ?? 0 })];
      }),
    );

describe('the real catalog', () => {
  // The real catalog is checked with its own cost model, content/cost-model.yaml.
  const sectionsOf = sectionsIn(contextWith());
  const { entries, issues } = validateCatalog();

  it('validates without errors', () => {
    assert.deepEqual(issues.filter((issue) => issue.severity === 'error'), []);
  });

  it('has at least 286 apps and 30 deep guides', () => {
    assert.ok(entries.size >= 286, `${entries.size} apps`);
    const deep = [...entries.values()].filter((entry) => entry.deep).length;
    assert.ok(deep >= 30, `${deep} deep guides`);
  });

  it('passes every data check', () => {
    assert.deepEqual(catalogDataProblems({ entries, categories, deepSections: sectionsOf(entries) }), []);
  });

  it('gives every deep guide 3 to 6 related apps', () => {
    for (const [slug, entry] of entries) {
      if (entry.deep) assert.ok((entry.related?.length ?? 0) >= 3 && (entry.related?.length ?? 0) <= 6, slug);
    }
  });
});

describe('each data check fails on a broken catalog', () => {
  const sectionsOf = sectionsIn(contextWith(FIXTURE_CATALOG));
  const category = categories[0]!.id;
  const good = (overrides: Record<string, unknown> = {}) => ({ ...app({ name: 'Good' }), category, ...overrides }) as AppData;
  const checksOf = (entries: [string, AppData][], extra: Partial<DataCheckInput> = {}) =>
    catalogDataProblems({ entries: new Map(entries), categories: categories.slice(0, 1), ...extra }).map((problem) => problem.check);

  it('passes a small clean catalog', () => {
    assert.deepEqual(checksOf([['good', good()]]), []);
  });

  it('flags duplicate names and slugs', () => {
    assert.ok(checksOf([['good', good()], ['good-2', good()]]).includes('duplicate-name'));
    assert.ok(checksOf([['good', good()], ['Good', good({ name: 'Other' })]]).includes('duplicate-slug'));
  });

  it('flags a category without apps, and one with more than the limit', () => {
    const twoCategories = catalogDataProblems({ entries: new Map([['good', good()]]), categories: categories.slice(0, 2) });
    assert.deepEqual(twoCategories.map((problem) => problem.check), ['empty-category']);
    const crowd = Array.from({ length: CATEGORY_LIMIT + 1 }, (_, i): [string, AppData] => [`app-${i}`, good({ name: `App ${i}` })]);
    assert.deepEqual(checksOf(crowd), ['crowded-category']);
    assert.deepEqual(checksOf(crowd.slice(1)), []);
  });

  it('flags a deep guide that lacks a section', () => {
    const shallow = good({ deep: true });
    assert.ok(checksOf([['good', shallow]], { deepSections: sectionsOf(new Map([['good', shallow]])) }).includes('deep-guide'));
  });
});
