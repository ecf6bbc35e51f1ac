import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { priceJump } from '../../src/lib/pricing.ts';
import { scimStatus } from '../../src/lib/status.ts';
import { app, flatWithEstimate, perSeatFromTeams, quoteOnly } from '../helpers/apps.ts';

const names = (id: string) => ({ okta: 'Okta' })[id] ?? id;
const statusOf = (entry: ReturnType<typeof app>) => scimStatus(entry, priceJump(entry, 500), names);

describe('scimStatus: badge and call-out from one set of facts', () => {
  it('says which plan native SCIM requires when it sits on a higher tier', () => {
    const status = statusOf(flatWithEstimate());
    assert.equal(status.key, 'paid-tier');
    assert.equal(status.label, 'SCIM on a paid tier');
    assert.equal(status.callout, 'Native SCIM requires Enterprise plan');
  });

  it('also calls a quote-only SCIM plan a paid tier', () => {
    assert.equal(statusOf(quoteOnly()).callout, 'Native SCIM requires Enterprise plan');
  });

  it('says "included" when the first paid plan has SCIM, naming it', () => {
    const status = statusOf(perSeatFromTeams());
    assert.equal(status.key, 'included');
    assert.equal(status.callout, 'Native SCIM on every paid plan, from Teams');
  });

  it('says "every plan" when even the cheapest plan has SCIM', () => {
    const entry = app({ scim: { availability: 'native', plan: 'Free' }, plans: [{ name: 'Free', price: { unit: 'free' }, scim: true }] });
    assert.equal(statusOf(entry).callout, 'Native SCIM on every plan');
  });

  it('names the IdP for SCIM through one IdP only', () => {
    const status = statusOf(app({ scim: { availability: 'idp-only', via: ['okta'] } }));
    assert.equal(status.key, 'idp-only');
    assert.equal(status.label, 'SCIM through Okta only');
    assert.match(status.callout, /only through Okta's integration/);
  });

  it('names every IdP when several connectors provision', () => {
    const names2 = (id: string) => ({ okta: 'Okta', 'entra-id': 'Microsoft Entra ID' })[id] ?? id;
    const entry = app({ scim: { availability: 'idp-only', via: ['okta', 'entra-id'] } });
    const status = scimStatus(entry, priceJump(entry, 5), names2);
    assert.equal(status.label, 'SCIM through IdP connectors only');
    assert.match(status.callout, /only through Okta and Microsoft Entra ID's connectors/);
  });

  it('names a SCIM add-on as an add-on', () => {
    const entry = app({
      scim: { availability: 'native', plan: 'Guard' },
      plans: [
        { name: 'Standard', price: { unit: 'per-user-month', amount: 8 } },
        { name: 'Guard', price: { unit: 'per-user-month', amount: 4 }, addOn: true },
      ],
    });
    assert.equal(statusOf(entry).callout, 'Native SCIM requires the Guard add-on');
  });

  it('keeps "no SCIM" and "not documented" apart', () => {
    const none = statusOf(app({ scim: { availability: 'none' } }));
    const unknown = statusOf(app({ scim: { availability: 'unknown' } }));
    assert.deepEqual([none.key, none.tone], ['none', 'bad']);
    assert.deepEqual([unknown.key, unknown.tone], ['unknown', 'muted']);
    assert.notEqual(none.label, unknown.label);
  });

  it('says the plan is not documented for native SCIM without plans', () => {
    const status = statusOf(app({ scim: { availability: 'native' } }));
    assert.equal(status.key, 'native');
    assert.equal(status.callout, 'Native SCIM; the plan it needs is not documented');
  });
});
