import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { priceLadder } from '../../src/lib/price-ladder.ts';
import { quote, seats } from '../helpers/views.ts';

describe('IdP coverage, comparison pairs and the ranking', () => {
  it('draws the price ladder cheapest first and marks the first plans with SSO and SCIM', () => {
    const ladder = priceLadder(seats);
    assert.deepEqual(ladder.map((step) => step.name), ['Free', 'Teams', 'Enterprise']);
    assert.deepEqual(ladder.map((step) => step.firstScim), [false, true, false]);
    assert.equal(ladder[1]!.label, '$24,000 a year');
    const unpriced = priceLadder(quote);
    assert.equal(unpriced.at(-1)!.yearly, null);
    assert.equal(unpriced.at(-1)!.label, 'Custom quote');
  });
});
