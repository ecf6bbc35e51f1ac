/**
 * The catalog's own data, checked as a whole: sources, dates, duplicates, categories,
 * status against plans, and deep guides. Each check is also shown to fail on a broken
 * catalog, so a passing run means something.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView, type CatalogContext } from '../../src/lib/app-view.ts';
import { readCategories, readCostModel, readIdps } from '../../src/lib/catalog-files.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { catalogDataProblems, type DataCheckInput } from '../../src/lib/data-checks.ts';
import { guideSections } from '../../src/lib/sections.ts';
import { validateCatalog } from '../../src/lib/validate.ts';
import type { AppData } from '../../src/schema/app.ts';
import { app } from '../helpers/apps.ts';

const today = new Date().toISOString().slice(0, 10);
const categories = readCategories();
const context: CatalogContext = {
  categories: new Map(categories.map((category) => [category.id, category])),
  idps: new Map(readIdps().map((idp) => [idp.id, idp])),
  costInputs: costInputs(readCostModel()),
};

function sectionsOf(entries: ReadonlyMap<string, AppData>): Map<string, string[]> {
  return new Map(
    [...entries].map(([slug, data]) => {
      const view = deriveAppView(slug, data, context);
      return [slug, guideSections({ app: data, jump: view.jump, challenges: view.challenges, relatedCount: data.related?.length ?? 0 })];
    }),
  );
}

describe('the real catalog', () => {
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
    assert.deepEqual(catalogDataProblems({ entries, categories, today, deepSections: sectionsOf(entries) }), []);
  });

  it('gives every deep guide 3 to 6 related apps', () => {
    for (const [slug, entry] of entries) {
      if (entry.deep) assert.ok((entry.related?.length ?? 0) >= 3 && (entry.related?.length ?? 0) <= 6, slug);
    }
  });
});

describe('each data check fails on a broken catalog', () => {
  const category = categories[0]!.id;
  const good = (overrides: Record<string, unknown> = {}) => ({ ...app({ name: 'Good' }), category, ...overrides }) as AppData;
  const checksOf = (entries: [string, AppData][], extra: Partial<DataCheckInput> = {}) =>
    catalogDataProblems({ entries: new Map(entries), categories: categories.slice(0, 1), today, ...extra }).map((problem) => problem.check);

  it('passes a small clean catalog', () => {
    assert.deepEqual(checksOf([['good', good()]]), []);
  });

  it('flags a missing or non-https source', () => {
    assert.ok(checksOf([['good', good({ sources: [] })]]).includes('sources'));
    assert.ok(checksOf([['good', good({ sources: [{ title: 'x', url: 'http://x.example/' }] })]]).includes('sources'));
  });

  it('flags a lastVerified date after today', () => {
    assert.ok(checksOf([['good', good({ lastVerified: '2999-12-31' })]]).includes('last-verified'));
  });

  it('flags duplicate names and slugs', () => {
    assert.ok(checksOf([['good', good()], ['good-2', good()]]).includes('duplicate-name'));
    assert.ok(checksOf([['good', good()], ['Good', good({ name: 'Other' })]]).includes('duplicate-slug'));
  });

  it('flags a category outside the vocabulary and a category without apps', () => {
    assert.ok(checksOf([['good', good({ category: 'nope' })]]).includes('unknown-category'));
    const twoCategories = catalogDataProblems({ entries: new Map([['good', good()]]), categories: categories.slice(0, 2), today });
    assert.deepEqual(twoCategories.map((problem) => problem.check), ['empty-category']);
  });

  it('flags status and plans that disagree', () => {
    const contradicted = good({ scim: { availability: 'none' }, plans: [{ name: 'Pro', price: { unit: 'free', from: false, currency: 'USD' }, scim: true, addOn: false }] });
    assert.ok(checksOf([['good', contradicted]]).includes('status-plans'));
    const missingPlan = good({ scim: { availability: 'native', plan: 'Gold' }, plans: [{ name: 'Pro', price: { unit: 'free', from: false, currency: 'USD' }, scim: false, addOn: false }] });
    assert.ok(checksOf([['good', missingPlan]]).includes('status-plans'));
  });

  it('flags a deep guide that lacks a section', () => {
    const shallow = good({ deep: true });
    assert.ok(checksOf([['good', shallow]], { deepSections: sectionsOf(new Map([['good', shallow]])) }).includes('deep-guide'));
  });
});
