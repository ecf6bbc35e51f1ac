import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summariseChallenges } from '../../src/lib/challenges.ts';
import { priceJump } from '../../src/lib/pricing.ts';
import { app } from '../helpers/apps.ts';
import { deep, idpName } from '../helpers/guide.ts';

describe('summariseChallenges: bullets from facts', () => {
  it('derives the price jump, the SSO prerequisite, deactivation and weak IdPs', () => {
    const entry = deep();
    const bullets = summariseChallenges(entry, priceJump(entry, 500), 500, idpName);
    assert.match(bullets[0]!, /^SCIM needs the Enterprise plan: 4\.2× the cost of Business \(\$7,612 more a year for 500 users, on an estimate\)\.$/);
    assert.ok(bullets.includes('SSO must be configured before SCIM can be switched on.'));
    assert.ok(bullets.some((bullet) => /does not delete them/.test(bullet)));
    assert.ok(bullets.includes('No full SCIM through Microsoft Entra ID (jit only).'));
  });

  it('says plainly when there is no SCIM, and when it is undocumented', () => {
    const none = app({ scim: { availability: 'none' } });
    const unknown = app({ scim: { availability: 'unknown' } });
    assert.match(summariseChallenges(none, priceJump(none, 5), 5, idpName)[0]!, /No SCIM on any plan/);
    assert.match(summariseChallenges(unknown, priceJump(unknown, 5), 5, idpName)[0]!, /not publicly documented/);
  });

  it('lists operations the vendor says are missing, not those it is silent on', () => {
    const entry = app({ scim: { availability: 'native', operations: { create: true, delete: false } } });
    const bullets = summariseChallenges(entry, priceJump(entry, 5), 5, idpName);
    assert.ok(bullets.includes('The SCIM integration cannot: delete users.'));
    assert.ok(!bullets.some((bullet) => /groups/.test(bullet)));
  });
});

describe('summariseChallenges: fallback', () => {
  it('uses limitation titles when no structured fact gives a bullet', () => {
    const entry = app({
      scim: { availability: 'native', plan: 'Pro' },
      plans: [{ name: 'Pro', price: { unit: 'flat-month', amount: 5 }, scim: true }],
      limitations: [{ title: 'Groups are manual.', detail: 'x' }],
    });
    assert.deepEqual(summariseChallenges(entry, priceJump(entry, 5), 5, idpName), ['Groups are manual.']);
  });
});
