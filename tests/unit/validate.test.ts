import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { readVocabulary, contentDir } from '../../src/node/catalog-files.ts';
import { formatIssue, validateCatalog, type ValidationIssue } from '../../src/node/validate.ts';
import { entryText, fixtureCatalog, VALID_ENTRY_LINES, type FixtureCatalog } from '../helpers/catalog.ts';

let catalog: FixtureCatalog;
beforeEach(() => {
  catalog = fixtureCatalog();
});
afterEach(() => catalog.remove());

const errors = (issues: ValidationIssue[]) => issues.filter((issue) => issue.severity === 'error');
const replaceLine = (from: string, to: string) => VALID_ENTRY_LINES.map((line) => (line === from ? to : line));
const only = (issues: ValidationIssue[], slug: string) => issues.filter((issue) => path.basename(issue.file) === `${slug}.md`);

describe('validateCatalog: a valid catalog', () => {
  it('passes the fixture catalog and the real one', () => {
    assert.deepEqual(validateCatalog(catalog.root).issues, []);
    const real = validateCatalog();
    assert.deepEqual(errors(real.issues), []);
    assert.ok(real.files >= 4);
  });

  it('returns the parsed entries by slug', () => {
    catalog.write('gamma', entryText(VALID_ENTRY_LINES));
    const result = validateCatalog(catalog.root);
    assert.deepEqual([...result.entries.keys()].sort(), ['alpha', 'beta', 'gamma']);
    assert.equal(result.entries.get('gamma')?.plans?.[1]?.name, 'Business');
  });
});

describe('validateCatalog: errors an editor can act on', () => {
  it('points at the line and column of the offending key', () => {
    catalog.write('gamma', entryText(replaceLine('category: analytics', 'category: crm')));
    const [issue] = errors(validateCatalog(catalog.root).issues);
    assert.equal(issue?.field, 'category');
    assert.equal(issue?.line, 4); // line 1 is "---"; category is the third key
    assert.equal(issue?.column, 1);
    assert.match(issue!.message, /"crm" is not a category in content\/categories\.yaml; use one of: analytics, finance/);
  });

  it('points inside nested lists', () => {
    catalog.write('gamma', entryText(replaceLine('    price: { unit: flat-month, amount: 400 }', '    price: { unit: flat-month }')));
    const [issue] = errors(validateCatalog(catalog.root).issues);
    assert.equal(issue?.field, 'plans.1.price.amount');
    assert.equal(issue?.line, 12);
    assert.match(issue!.message, /needs an amount/);
  });

  it('reports a SCIM plan missing from the plans list', () => {
    catalog.write('gamma', entryText(replaceLine('  plan: Business', '  plan: Enterprise')));
    const [issue] = errors(validateCatalog(catalog.root).issues);
    assert.equal(issue?.field, 'scim.plan');
    assert.equal(issue?.line, 7);
    assert.match(issue!.message, /"Enterprise" is not in this entry's plans \(Basic, Business\)/);
  });

  it('reports a related app that does not exist, and one that is the entry itself', () => {
    catalog.write('gamma', entryText(replaceLine('related: [alpha]', 'related: [alpha, nope, gamma]')));
    const found = errors(validateCatalog(catalog.root).issues);
    assert.deepEqual(
      found.map((issue) => [issue.field, issue.line]),
      [
        ['related.1', 14],
        ['related.2', 14],
      ],
    );
    assert.match(found[0]!.message, /"nope" is not an app in the catalog/);
    assert.match(found[1]!.message, /cannot be related to itself/);
  });

  it('reports every problem in every file at once', () => {
    catalog.write('gamma', entryText(replaceLine('category: analytics', 'category: crm')));
    catalog.write('delta', entryText(replaceLine('name: Gamma', 'name: Delta').map((line) => (line === 'related: [alpha]' ? 'related: [ghost]' : line))));
    writeFileSync(catalog.entry('epsilon'), entryText([...replaceLine('name: Gamma', 'name: Epsilon'), 'colour: blue']));
    const found = errors(validateCatalog(catalog.root).issues);
    assert.deepEqual(
      found.map((issue) => `${path.basename(issue.file)} ${issue.field || '(entry)'}`),
      ['delta.md related.0', 'epsilon.md (entry)', 'gamma.md category'],
    );
    assert.match(found[1]!.message, /colour/);
  });

  it('reports a duplicate name and slugs that differ only by case', () => {
    catalog.write('gamma', entryText(VALID_ENTRY_LINES));
    catalog.write('gamma-2', entryText(VALID_ENTRY_LINES));
    catalog.write('Alpha', entryText(replaceLine('name: Gamma', 'name: Alpha 2')));
    const found = errors(validateCatalog(catalog.root).issues);
    // Files are read in sorted order, so gamma-2.md ("-" sorts before ".") is the first holder of the name.
    assert.ok(found.some((issue) => issue.file.endsWith('gamma.md') && issue.field === 'name' && /"Gamma" is already the name of gamma-2\.md/.test(issue.message)));
    assert.ok(found.some((issue) => issue.file.endsWith('Alpha.md') && /not a valid slug; rename it .* alpha\.md/.test(issue.message)));
    assert.ok(found.some((issue) => /clashes with/.test(issue.message)));
  });

  it('reports YAML syntax errors with their line', () => {
    catalog.write('gamma', '---\nname: Gamma\nvendorUrl: "https://gamma.example/\ncategory: analytics\n---\n');
    const [issue] = errors(validateCatalog(catalog.root).issues);
    assert.match(issue!.message, /not valid YAML/);
    assert.ok(issue!.line >= 3, `line ${issue!.line}`);
  });

  it('reports a file with no front matter', () => {
    catalog.write('gamma', '# Gamma\n\nJust prose.\n');
    const [issue] = errors(validateCatalog(catalog.root).issues);
    assert.match(issue!.message, /no YAML front matter/);
  });

  it('limits the report to named files but still resolves references across the catalog', () => {
    catalog.write('gamma', entryText(replaceLine('category: analytics', 'category: crm')));
    catalog.write('delta', entryText(replaceLine('name: Gamma', 'name: Delta')));
    const result = validateCatalog(catalog.root, [catalog.entry('delta')]);
    assert.deepEqual(result.issues, []);
    assert.equal(only(validateCatalog(catalog.root, [catalog.entry('gamma')]).issues, 'gamma').length, 1);
  });

  it('reports a broken vocabulary file instead of crashing', () => {
    writeFileSync(path.join(catalog.root, 'categories.yaml'), '- id: x\n  name: X\n');
    const [issue] = validateCatalog(catalog.root).issues;
    assert.match(issue!.file, /categories\.yaml$/);
    assert.match(issue!.message, /description/);
  });

  it('formats issues as path:line:column field: message', () => {
    const issue: ValidationIssue = { severity: 'error', file: 'content/apps/x.md', line: 3, column: 5, field: 'scim.plan', message: 'bad' };
    assert.equal(formatIssue(issue), 'content/apps/x.md:3:5 scim.plan: bad');
  });
});

describe('validateCatalog: warnings', () => {
  it('warns, without an error, on a date over a year old', () => {
    catalog.write('gamma', entryText(replaceLine('lastVerified: 2026-01-01', 'lastVerified: 2020-01-01')));
    const found = validateCatalog(catalog.root).issues;
    assert.deepEqual(errors(found), []);
    const [warning] = found.filter((issue) => issue.severity === 'warning');
    assert.equal(warning?.field, 'lastVerified');
    assert.equal(warning?.line, 20);
    assert.match(formatIssue(warning!), /^.*gamma\.md:20:1 warning lastVerified: last verified 2020-01-01, over a year ago/);
  });
});

describe('catalog files', () => {
  it('reads the content folder from SCIM_CATALOG_CONTENT', () => {
    const before = process.env.SCIM_CATALOG_CONTENT;
    process.env.SCIM_CATALOG_CONTENT = catalog.root;
    try {
      assert.equal(contentDir(), catalog.root);
      assert.deepEqual(readVocabulary(), { categories: ['analytics', 'finance'], idps: ['okta', 'entra-id'] });
    } finally {
      if (before === undefined) delete process.env.SCIM_CATALOG_CONTENT;
      else process.env.SCIM_CATALOG_CONTENT = before;
    }
  });

  it('the real vocabularies include the six required IdPs', () => {
    const { idps } = readVocabulary();
    for (const id of ['okta', 'entra-id', 'google-workspace', 'onelogin', 'jumpcloud', 'ping-identity']) assert.ok(idps.includes(id), id);
  });

  it('rejects a duplicated id in a vocabulary', () => {
    writeFileSync(path.join(catalog.root, 'idps.yaml'), '- { id: okta, name: Okta, order: 1, description: x }\n- { id: okta, name: Okta, order: 2, description: y }\n');
    const [issue] = validateCatalog(catalog.root).issues;
    assert.match(issue!.message, /IdP id "okta" is listed twice/);
  });
});

describe('validateCatalog: messages for newcomers', () => {
  it('says a required field is missing, by name', () => {
    catalog.write('gamma', entryText(VALID_ENTRY_LINES.filter((line) => !line.startsWith('vendorUrl'))));
    const [issue] = validateCatalog(catalog.root).issues.filter((i) => i.severity === 'error');
    assert.equal(issue?.field, 'vendorUrl');
    assert.match(issue!.message, /^required field "vendorUrl" is missing; add it/);
  });

  it('rejects a plan with SCIM on an app whose SCIM is "none"', () => {
    catalog.write('gamma', entryText(VALID_ENTRY_LINES.map((line) => (line === '  availability: native' ? '  availability: none' : line)).filter((line) => line !== '  plan: Business')));
    const found = validateCatalog(catalog.root).issues.filter((i) => i.severity === 'error');
    assert.deepEqual(found.map((i) => i.field), ['plans.1.scim']);
  });
});

describe('validateCatalog: every problem at once', () => {
  it('reports a field error and a cross-field error of the same entry together', () => {
    const lines = VALID_ENTRY_LINES.map((line) => (line === 'category: analytics' ? 'category: crm' : line === '  plan: Business' ? '  plan: Platinum' : line));
    catalog.write('gamma', entryText(lines));
    const fields = validateCatalog(catalog.root).issues.filter((i) => i.severity === 'error').map((i) => i.field);
    assert.deepEqual(fields, ['category', 'scim.plan']);
  });
});

describe('validateCatalog: references in entries that also have schema errors', () => {
  it('still reports a missing related app in the same run', () => {
    const lines = VALID_ENTRY_LINES.map((line) => (line === 'category: analytics' ? 'category: crm' : line === 'related: [alpha]' ? 'related: [ghost]' : line));
    catalog.write('gamma', entryText(lines));
    const fields = validateCatalog(catalog.root).issues.filter((i) => i.severity === 'error').map((i) => i.field);
    assert.deepEqual(fields, ['category', 'related.0']);
  });
});
