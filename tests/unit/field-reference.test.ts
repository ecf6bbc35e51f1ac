import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { entryJsonSchema } from '../../src/node/json-schema.ts';

describe('fieldReference', () => {
  const rows = fieldReference(JSON.parse(entryJsonSchema()));
  const row = (path: string) => rows.find((candidate) => candidate.path === path);

  it('lists every field of an entry, nested ones included, with its meaning', () => {
    assert.equal(row('name')?.required, true);
    assert.equal(row('summary')?.required, false);
    assert.deepEqual(row('plans[].price.unit')?.values.slice(0, 2), ['per-user-month', 'per-user-year']);
    assert.equal(row('plans[].price.billing')?.type, 'one of');
    assert.ok(row('provenance.dataset.status'));
    assert.deepEqual(rows.filter((candidate) => !candidate.description).map((candidate) => candidate.path), []);
  });

  it('gives dates and URLs the type an editor writes', () => {
    assert.equal(row('lastVerified')?.type, 'date (YYYY-MM-DD)');
    assert.equal(row('vendorUrl')?.type, 'https URL');
  });
});
