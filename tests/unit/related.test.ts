import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildRelatedIndex, relatedSlugs, type RelatedCandidate } from '../../src/lib/related.ts';

describe('relatedSlugs: same category, nearest status', () => {
  const candidates: RelatedCandidate[] = [
    { slug: 'a', name: 'A', category: 'x', status: 'paid-tier' },
    { slug: 'b', name: 'B', category: 'x', status: 'none' },
    { slug: 'c', name: 'C', category: 'x', status: 'paid-tier' },
    { slug: 'd', name: 'D', category: 'x', status: 'included' },
    { slug: 'e', name: 'E', category: 'x', status: 'unknown' },
    { slug: 'f', name: 'F', category: 'y', status: 'paid-tier' },
    { slug: 'g', name: 'G', category: 'x', status: 'native' },
  ];
  const index = buildRelatedIndex(candidates);

  it('takes the same status first, then the nearest, alphabetically within a distance', () => {
    // paid-tier: C (same), then distance 1: G (native) and idp-only (none here), then distance 2: D (included) and E (unknown)
    assert.deepEqual(relatedSlugs(candidates[0]!, index, 4), ['c', 'g', 'd', 'e']);
  });

  it('never picks the app itself or another category', () => {
    const picked = relatedSlugs(candidates[1]!, index, 10);
    assert.ok(!picked.includes('b'));
    assert.ok(!picked.includes('f'));
    assert.equal(picked.length, 5);
  });

  it('keeps an editor\'s own list as it is', () => {
    assert.deepEqual(relatedSlugs({ ...candidates[0]!, related: ['f', 'b'] }, index), ['f', 'b']);
  });

  it('returns nothing for an app alone in its category', () => {
    assert.deepEqual(relatedSlugs(candidates[5]!, index), []);
  });
});
