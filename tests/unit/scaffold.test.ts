import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { scaffoldEntry, slugify } from '../../src/lib/scaffold.ts';
import { validateCatalog } from '../../src/node/validate.ts';
import { fixtureCatalog, PROJECT_ROOT, type FixtureCatalog } from '../helpers/catalog.ts';

describe('the scaffolder', () => {
  let catalog: FixtureCatalog;
  beforeEach(() => {
    catalog = fixtureCatalog();
  });
  afterEach(() => catalog.remove());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new-entry.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SCIM_CATALOG_CONTENT: catalog.root },
    });

  it('slugifies names', () => {
    assert.equal(slugify('Bill.com'), 'bill-com');
    assert.equal(slugify('Monday.com Work OS'), 'monday-com-work-os');
    assert.equal(slugify('Ünïcode  App!'), 'unicode-app');
  });

  it('creates an entry that fails validation until its placeholders are filled, then passes', () => {
    const result = run('Gamma Works');
    assert.equal(result.status, 0, result.stderr);
    const file = catalog.entry('gamma-works');
    const draft = validateCatalog(catalog.root).issues.filter((issue) => issue.file.endsWith('gamma-works.md'));
    assert.deepEqual(draft.map((issue) => issue.field).sort(), ['category', 'lastVerified', 'scim.availability', 'scim.docsUrl', 'sources.0.title', 'sources.0.url', 'vendorUrl']);
    const filled = readFileSync(file, 'utf8')
      .replace('vendorUrl: TODO', 'vendorUrl: https://gamma.example/')
      .replace('category: TODO', 'category: analytics')
      .replace('availability: TODO', 'availability: unknown')
      .replace('docsUrl: TODO', 'docsUrl: https://gamma.example/docs/scim')
      .replace('title: TODO', 'title: Gamma SCIM guide')
      .replace('url: TODO', 'url: https://gamma.example/docs/scim')
      .replace('lastVerified: TODO', 'lastVerified: 2026-01-01');
    writeFileSync(file, filled);
    assert.deepEqual(validateCatalog(catalog.root).issues, []);
  });

  it('refuses to overwrite an existing entry', () => {
    const before = readFileSync(catalog.entry('alpha'), 'utf8');
    const result = run('Alpha');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /already exists/);
    assert.equal(readFileSync(catalog.entry('alpha'), 'utf8'), before);
  });

  it('keeps every optional section as a comment the schema accepts once uncommented', () => {
    const text = scaffoldEntry('X', ['analytics'], ['okta']);
    assert.match(text, /# plans:/);
    assert.match(text, /# idps:/);
    assert.match(text, /\$schema=\.\.\/\.\.\/public\/schema\/app\.schema\.json/);
  });
});
