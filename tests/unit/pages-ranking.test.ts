import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankingPage } from '../../src/lib/pages/ranking.ts';
import { app } from '../helpers/apps.ts';
import { view, views } from '../helpers/views.ts';

describe('IdP coverage, comparison pairs and the ranking', () => {
  it('ranks computed multiples at every published team size and lists the rest with a reason', () => {
    const page = rankingPage(views, 'USD');
    assert.deepEqual(page.sizes.map((size) => size.seats), [25, 100, 500, 2000]);
    const at500 = page.sizes.find((size) => size.seats === 500)!;
    assert.deepEqual(at500.ranked.map((r) => [r.slug, r.multipleLabel]), [['flatly', '4.2× (est.)'], ['seaty', 'No upcharge']]);
    // Quote-only at every size, for the same reason: listed once, not under each table.
    assert.deepEqual(page.neverRanked.map((r) => [r.slug, r.label]), [['quoty', 'Quote']]);
    assert.match(page.neverRanked[0]!.reason, /sold by quote/);
    assert.deepEqual(at500.unranked, []);
    assert.equal(page.candidates, 3, 'the app without SCIM is not a candidate');
  });

  it('lists an app under the one size that cannot rank it, and not among the never ranked', () => {
    // A SCIM plan capped at 1,000 users: ranked for 25 to 500 people, too small for 2,000.
    const capped = view(
      'capped',
      app({
        name: 'Capped',
        scim: { availability: 'native', plan: 'Team' },
        plans: [
          { name: 'Basic', price: { unit: 'per-user-month', amount: 2 } },
          { name: 'Team', price: { unit: 'per-user-month', amount: 5, maxSeats: 1000 }, scim: true },
        ],
      }),
    );
    const page = rankingPage([...views, capped], 'USD');
    const at = (seats: number) => page.sizes.find((size) => size.seats === seats)!;
    assert.ok(at(500).ranked.some((row) => row.slug === 'capped'));
    assert.deepEqual(at(2000).unranked.map((row) => row.slug), ['capped']);
    assert.equal(page.neverRanked.some((row) => row.slug === 'capped'), false);
  });
});
