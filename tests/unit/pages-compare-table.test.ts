/** The comparison table's pages: paged by name, a full table, and what each page says about itself. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparisonRow, type ComparisonRow } from '../../src/lib/comparison-rows.ts';
import { comparePageHref } from '../../src/lib/links.ts';
import { COMPARE_PAGE_SIZE, comparePageCount, compareTablePage } from '../../src/lib/pages/compare-table.ts';
import { views } from '../helpers/views.ts';

const base = views.map(comparisonRow);
/** 250 rows with names from "App 000" up, in shuffled order. */
const rows: ComparisonRow[] = Array.from({ length: 250 }, (_, i) => ({ ...base[i % base.length]!, slug: `app-${i}`, name: `App ${String((i * 37) % 250).padStart(3, '0')}` }));
const catalog = { rows, views, categories: new Map([['analytics', { id: 'analytics', name: 'Analytics', description: 'x' }]]) };

describe('compareTablePage', () => {
  it('pages the table by name, a hundred rows a page', () => {
    assert.equal(comparePageCount(rows.length), 3);
    const first = compareTablePage(catalog, 1);
    assert.equal(first.rows.length, COMPARE_PAGE_SIZE);
    assert.equal(first.rows[0]!.name, 'App 000');
    assert.equal(compareTablePage(catalog, 3).rows.length, 50);
    assert.deepEqual(first.pager.map((link) => link.href), ['/compare/', '/compare/page/2/', '/compare/page/3/']);
    assert.equal(comparePageHref(2), '/compare/page/2/');
  });

  it('keeps every row on the full table, which needs no fetch', () => {
    const all = compareTablePage(catalog, 'all');
    assert.equal(all.rows.length, 250);
    assert.equal(all.complete, true);
    assert.equal(compareTablePage(catalog, 2).complete, false);
  });

  it('says where each page sits: breadcrumbs, and only the first page in the search index', () => {
    assert.deepEqual(compareTablePage(catalog, 1).crumbs.map((crumb) => crumb.label), ['Home', 'Compare']);
    assert.deepEqual(compareTablePage(catalog, 2).crumbs.map((crumb) => crumb.label), ['Home', 'Compare', 'Page 2']);
    assert.deepEqual(compareTablePage(catalog, 'all').crumbs.map((crumb) => crumb.label), ['Home', 'Compare', 'Full table']);
    assert.deepEqual([1, 2, 'all'].map((n) => compareTablePage(catalog, n as number | 'all').indexed), [true, false, false]);
  });

  it('refuses a page that does not exist', () => {
    assert.throws(() => compareTablePage(catalog, 4), /no comparison page 4/);
  });
});
