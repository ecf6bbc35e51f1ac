import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparisonPairs, comparisonsByApp } from '../../src/lib/comparison-pairs.ts';
import { comparisonSlug } from '../../src/lib/links.ts';
import { views } from '../helpers/views.ts';

describe('comparisonPairs and comparisonsByApp', () => {
  it('keeps each related pair once, in slug order, and indexes them by app', () => {
    const pairs = comparisonPairs(views);
    assert.deepEqual(pairs, [
      ['flatly', 'quoty'],
      ['flatly', 'seaty'],
    ]);
    assert.equal(comparisonSlug(pairs[0]!), 'flatly-vs-quoty');
    assert.equal(comparisonsByApp(pairs).get('flatly')?.length, 2);
    assert.equal(comparisonsByApp(pairs).get('seaty')?.length, 1);
  });
});
