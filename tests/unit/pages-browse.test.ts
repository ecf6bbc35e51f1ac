import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aboutPage } from '../../src/lib/pages/about.ts';
import { categoryIndex, categoryPage } from '../../src/lib/pages/category.ts';
import { comparisonPage } from '../../src/lib/pages/compare.ts';
import { homePage } from '../../src/lib/pages/home.ts';
import { idpIndex, idpPage } from '../../src/lib/pages/idp.ts';
import { catalog } from '../helpers/catalog-part.ts';

describe('comparisonPage', () => {
  it('puts the facts of both apps side by side from their views', () => {
    const page = comparisonPage(catalog as never, ['flatly', 'seaty']);
    assert.equal(page.title, 'Flatly vs Seaty');
    const multiple = page.facts.find((fact) => fact.label === 'Price multiple to reach SCIM')!;
    assert.deepEqual(multiple.values, [catalog.bySlug.get('flatly')!.figures.label, catalog.bySlug.get('seaty')!.figures.label]);
    assert.deepEqual(page.idpRows.map((row) => row.id), ['okta', 'entra-id']);
    assert.equal(page.idpRows[1]!.cells[2], 'Not documented', 'Seaty has no Entra row');
  });
});

describe('categoryPage and categoryIndex', () => {
  it('summarise each category from its apps', () => {
    const page = categoryPage(catalog as never, 'finance');
    assert.equal(page.count, 1);
    assert.match(page.description, /1 of 1/);
    assert.deepEqual(categoryIndex(catalog as never).map((entry) => [entry.id, entry.count]), [['analytics', 3], ['finance', 1]]);
    assert.throws(() => categoryPage(catalog as never, 'nope'), /no category/);
  });
});

describe('idpPage and idpIndex', () => {
  it('count what each IdP provisions, signs in or creates just in time', () => {
    const page = idpPage(catalog as never, 'okta');
    assert.deepEqual(page.coverage.full.map((view) => view.slug), ['flatly']);
    assert.match(page.description, /^1 apps with full SCIM provisioning through Okta, 1 with sign-in only/);
    assert.deepEqual(idpIndex(catalog as never).map((entry) => [entry.id, entry.full, entry.jitOnly]), [['okta', 1, 0], ['entra-id', 0, 1]]);
  });
});

describe('homePage and aboutPage', () => {
  it('count statuses and checks from the same views', () => {
    const home = homePage(catalog as never);
    assert.equal(home.total, 4);
    assert.equal(home.chart.reduce((sum, bar) => sum + bar.count, 0), 4);
    assert.equal(home.headline.none, '25%');
    const about = aboutPage(catalog as never);
    assert.equal(about.statuses.reduce((sum, row) => sum + row.count, 0), 4);
    assert.deepEqual(about.provenance.find((row) => row.label === 'Unchecked draft')?.count, 4);
  });
});
