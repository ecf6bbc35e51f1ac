import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guidePage } from '../../src/lib/pages/guide.ts';
import { GUIDE_SECTIONS } from '../../src/lib/sections.ts';
import { catalog } from '../helpers/catalog-part.ts';

const context = { site: 'https://example.test/', buildDate: '2026-12-01', editUrl: (slug: string) => `https://repo.test/edit/${slug}`, correctionUrl: (name: string) => `https://repo.test/fix/${name}`, renderedHtml: '<p>Prose <script>x</script></p>' };

describe('guidePage', () => {
  const page = guidePage(catalog as never, 'flatly', context);
  const section = <T,>(id: string) => page.sections.find((entry) => entry.id === id)?.data as T;

  it('lists the sections the entry has data for, in the registry order', () => {
    const ids = page.sections.map((entry) => entry.id);
    assert.deepEqual(ids, GUIDE_SECTIONS.filter((id) => ids.includes(id)));
    assert.ok(ids.includes('price-jump'));
    assert.ok(!ids.includes('decision'), 'no decision rows, no decision section');
  });

  it('gives each section the values it shows, from the one view of the app', () => {
    assert.equal(section<{ headline: { multiple: string } }>('price-jump').headline.multiple, '4.2×');
    const rows = section<{ rows: { name: string; highlight: boolean }[] }>('pricing').rows;
    assert.deepEqual(rows.filter((row) => row.highlight).map((row) => row.name), ['Enterprise']);
    assert.equal(section<{ rows: { id: string }[] }>('idp-matrix').rows[0]!.id, 'okta');
    assert.match(section<{ provenance: string }>('footer').provenance, /unchecked draft/);
    assert.equal(section<{ editUrl: string }>('footer').editUrl, 'https://repo.test/edit/flatly');
  });

  it('sanitises the prose and builds the title, breadcrumbs and JSON-LD', () => {
    assert.doesNotMatch(section<{ prose: string }>('summary').prose, /script/);
    assert.match(page.title, /^Flatly SCIM provisioning: /);
    assert.deepEqual(page.crumbs.map((crumb) => crumb.label), ['Home', 'Product analytics', 'Flatly']);
    assert.equal(page.jsonLd.length, 2);
    assert.equal(page.image, '/og/flatly.png');
  });

  it('refuses an app the catalog does not have', () => {
    assert.throws(() => guidePage(catalog as never, 'ghost', context), /no app "ghost"/);
  });
});
