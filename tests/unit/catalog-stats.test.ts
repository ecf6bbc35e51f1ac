import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countByCategory, countByStatus } from '../../src/lib/catalog-stats.ts';
import { views } from '../helpers/views.ts';

describe('catalog counts', () => {
  it('counts every status, zeros included, and every category', () => {
    const counts = countByStatus(views);
    assert.equal(counts.get('paid-tier'), 2);
    assert.equal(counts.get('idp-only'), 0);
    assert.deepEqual([...countByCategory(views)].sort(), [
      ['analytics', 3],
      ['finance', 1],
    ]);
  });
});
