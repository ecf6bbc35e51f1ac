import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { none, quote, seats } from '../helpers/views.ts';

describe('comparison rows and labels', () => {
  it('gives a multiple only where one can be computed', () => {
    assert.equal(seats.figures.multiple, 1);
    assert.equal(quote.figures.multiple, null);
    assert.deepEqual([seats.figures.label, quote.figures.label, none.figures.label], ['No upcharge', 'Quote', 'No SCIM']);
  });
});
