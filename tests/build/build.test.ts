/**
 * The build itself: a fixture catalog builds into guide pages, and a broken entry fails
 * the build with a message naming the file and the field, leaving no site behind.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSite } from '../helpers/build.ts';
import { entryText, fixtureCatalog, VALID_ENTRY_LINES } from '../helpers/catalog.ts';

const catalogs: { remove(): void }[] = [];
after(() => catalogs.forEach((catalog) => catalog.remove()));

describe('astro build on fixture catalogs', () => {
  it('builds a valid fixture catalog into guide pages from its own content folder', () => {
    const catalog = fixtureCatalog();
    catalogs.push(catalog);
    const result = buildSite(catalog.root);
    assert.equal(result.status, 0, result.output);
    const alpha = readFileSync(path.join(result.outDir, 'apps/alpha/index.html'), 'utf8');
    assert.match(alpha, /Native SCIM requires Enterprise plan/);
    assert.ok(existsSync(path.join(result.outDir, 'apps/beta/index.html')));
    // The real catalog's apps are not in a fixture build.
    assert.ok(!existsSync(path.join(result.outDir, 'apps/fullstory')));
  });

  it('fails on broken entries, naming each file and field, and writes no site', () => {
    const catalog = fixtureCatalog();
    catalogs.push(catalog);
    const lines = (from: string, to: string) => VALID_ENTRY_LINES.map((line) => (line === from ? to : line));
    catalog.write('ghost-ref', entryText(lines('related: [alpha]', 'related: [does-not-exist]').map((l) => (l === 'name: Gamma' ? 'name: Ghost Ref' : l))));
    catalog.write('bad-category', entryText(lines('category: analytics', 'category: crm').map((l) => (l === 'name: Gamma' ? 'name: Bad Category' : l))));
    catalog.write('bad-idp', entryText([...VALID_ENTRY_LINES.map((l) => (l === 'name: Gamma' ? 'name: Bad Idp' : l)), 'idps:', '  - { idp: auth0, sso: full, scim: none }']));
    catalog.write('bad-plan', entryText(lines('  plan: Business', '  plan: Platinum').map((l) => (l === 'name: Gamma' ? 'name: Bad Plan' : l))));

    const result = buildSite(catalog.root);
    assert.notEqual(result.status, 0);
    const expected: [string, RegExp][] = [
      ['ghost-ref.md:14:11 related.0', /"does-not-exist" is not an app in the catalog/],
      ['bad-category.md:4:1 category', /"crm" is not a category/],
      ['bad-idp.md:22:7 idps.0.idp', /"auth0" is not an identity provider/],
      ['bad-plan.md:7:3 scim.plan', /"Platinum" is not in this entry's plans/],
    ];
    for (const [where, message] of expected) {
      const line = result.output.split('\n').find((candidate) => candidate.includes(where));
      assert.ok(line, `no error line for ${where} in:\n${result.output}`);
      assert.match(line, message);
    }
    assert.match(result.output, /The catalog has 4 errors/);
    assert.ok(!existsSync(result.outDir), 'a failed build must not leave a site behind');
  });
});
