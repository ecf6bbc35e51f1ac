import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categorySummary } from '../../src/lib/category-summary.ts';
import { flat, none, quote, seats } from '../helpers/views.ts';

describe('categorySummary', () => {
  it('summarises a category in counts', () => {
    assert.equal(categorySummary([flat, quote, seats, none]), '2 of 4 offer SCIM only on a paid tier or add-on; 1 of 4 include SCIM with no upcharge; 1 of 4 offer no SCIM.');
    assert.equal(categorySummary([]), 'No apps yet.');
  });
});
