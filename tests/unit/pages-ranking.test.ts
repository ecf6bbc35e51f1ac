import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankingPage } from '../../src/lib/pages/ranking.ts';
import { views } from '../helpers/views.ts';

describe('IdP coverage, comparison pairs and the ranking', () => {
  it('ranks computed multiples at every published team size and lists the rest with a reason', () => {
    const page = rankingPage(views, 'USD');
    assert.deepEqual(page.sizes.map((size) => size.seats), [25, 100, 500, 2000]);
    const at500 = page.sizes.find((size) => size.seats === 500)!;
    assert.deepEqual(at500.ranked.map((r) => [r.slug, r.multipleLabel]), [['flatly', '4.2× (est.)'], ['seaty', 'No upcharge']]);
    assert.deepEqual(at500.unranked.map((r) => [r.slug, r.label]), [['quoty', 'Quote']]);
    assert.match(at500.unranked[0]!.reason, /sold by quote/);
    assert.equal(page.candidates, 3, 'the app without SCIM is not a candidate');
  });
});
