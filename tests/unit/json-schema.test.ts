import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { entryJsonSchema, SCHEMA_FILE } from '../../src/node/json-schema.ts';
import { readVocabulary } from '../../src/node/catalog-files.ts';

describe('JSON Schema for editors', () => {
  it('the checked-in schema matches the zod schema (run npm run schema when this fails)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), entryJsonSchema());
  });

  it('describes every property, at every depth, so editors see what each field means', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof child.description !== 'string' || !child.description.trim()) undescribed.push(`${where}.${key}`);
        walk(child, `${where}.${key}`);
      }
      for (const key of ['items', 'additionalProperties']) walk(schema[key], `${where}[]`);
      for (const key of ['anyOf', 'oneOf', 'allOf']) for (const child of (schema[key] ?? []) as unknown[]) walk(child, where);
    };
    const schema = JSON.parse(entryJsonSchema());
    walk(schema, 'entry');
    assert.deepEqual(undescribed, []);
    // The walk reaches nested fields: a price's seat rules are described too.
    assert.match(JSON.stringify(schema), /"includedSeats":\{[^}]*"description"/);
  });

  it('lists the vocabularies and forbids unknown keys', () => {
    const schema = JSON.parse(entryJsonSchema()) as {
      additionalProperties: boolean;
      required: string[];
      properties: { category: { enum: string[] } };
    };
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.properties.category.enum, readVocabulary().categories);
    for (const field of ['name', 'vendorUrl', 'category', 'scim', 'sources', 'lastVerified']) assert.ok(schema.required.includes(field), field);
  });
});
