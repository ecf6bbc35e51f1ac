import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { costInputs } from '../../src/lib/cost-model.ts';
import { provisioningBy, readStackState, stackCsv, stackQuery, stackRow, stackTotals, type StackApp } from '../../src/lib/stack.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { app, perSeatFromTeams, quoteOnly } from '../helpers/apps.ts';
import { FIXTURE_CATALOG } from '../helpers/catalog.ts';

const inputs = costInputs(readCostModel(FIXTURE_CATALOG));
const entry = (slug: string, data: ReturnType<typeof app>, status = 'paid-tier', statusLabel = 'SCIM on a paid tier'): StackApp => ({ slug, name: data.name, status, statusLabel, app: data });

const seaty = entry('seaty', { ...perSeatFromTeams(), idps: [{ idp: 'okta', sso: 'full', scim: 'full' }] } as ReturnType<typeof app>, 'included', 'SCIM included');
const quoty = entry('quoty', { ...quoteOnly(), idps: [{ idp: 'okta', sso: 'full', scim: 'jit' }] } as ReturnType<typeof app>);
const tiered = entry('tiered', app({
  name: 'Tiered',
  scim: { availability: 'native', plan: 'Business', docsPublic: false },
  plans: [
    { name: 'Team', price: { unit: 'per-user-month', amount: 10 }, scim: false },
    { name: 'Business', price: { unit: 'per-user-month', amount: 25 }, scim: true },
  ],
}));
const nothing = entry('nothing', app({ name: 'Nothing', scim: { availability: 'none', docsPublic: false } }), 'none', 'No SCIM');

describe('stackRow', () => {
  it('prices each app at its seats with the price model of the guides', () => {
    const row = stackRow(tiered, 10, 'okta', inputs);
    assert.equal(row.scimPlan, 'Business');
    assert.equal(row.cheapestYearly, 1200);
    assert.equal(row.scimYearly, 3000);
    assert.equal(row.extra, 1800);
    assert.equal(stackRow(seaty, 10, 'okta', inputs).extra, 0, 'SCIM on the first paid plan costs nothing extra');
    const quote = stackRow(quoty, 10, 'okta', inputs);
    assert.equal(quote.extra, null);
    assert.match(quote.reason ?? '', /sold by quote/);
  });

  it('keeps "no" apart from "not documented" for the IdP of the reader', () => {
    assert.equal(provisioningBy(seaty.app, 'okta'), 'yes');
    assert.equal(provisioningBy(quoty.app, 'okta'), 'jit');
    assert.equal(provisioningBy(tiered.app, 'okta'), 'not-documented');
    assert.equal(provisioningBy(nothing.app, 'okta'), 'no', 'an app with no SCIM cannot be provisioned');
  });

  it('counts a manual cost only where the IdP does not provision', () => {
    assert.equal(stackRow(seaty, 100, 'okta', inputs).manualCost, null);
    assert.ok((stackRow(quoty, 100, 'okta', inputs).manualCost ?? 0) > 0);
  });
});

describe('stackTotals and the CSV', () => {
  const rows = [stackRow(tiered, 10, 'okta', inputs), stackRow(seaty, 10, 'okta', inputs), stackRow(quoty, 10, 'okta', inputs), stackRow(nothing, 10, 'okta', inputs)];
  const totals = stackTotals(rows);

  it('adds up the tax, the unpriced apps, what the IdP cannot provision and the manual cost', () => {
    assert.equal(totals.apps, 4);
    assert.equal(totals.scimTax, 1800);
    assert.equal(totals.unpriced, 1, 'the quote-only app; an app without SCIM has no tax to price');
    assert.equal(totals.cannotProvision, 2, 'the JIT-only app and the one without SCIM');
    assert.equal(totals.notDocumented, 1);
    assert.equal(totals.manualCost, rows.reduce((sum, row) => sum + (row.manualCost ?? 0), 0));
  });

  it('writes one CSV line per app and a totals line', () => {
    const lines = stackCsv(rows, totals, 'Okta').trim().split('\r\n');
    assert.equal(lines.length, 6);
    assert.match(lines[0]!, /,Okta provisions it,/);
    assert.match(lines[1]!, /^Tiered,SCIM on a paid tier,10,Business,Team,1200,3000,1800,Not documented,\d+$/);
    assert.match(lines[5]!, /^Total,,,,,,,1800,"?2 cannot, 1 not documented"?,\d+$/);
  });
});

describe('stack state in the URL', () => {
  it('round-trips apps, team size, IdP and seats per app, and ignores junk', () => {
    const state = readStackState('?apps=slack,zoom,Bad!,slack&seats=120&idp=okta&seats.zoom=15&seats.slack=0', { seats: 500, idp: 'entra-id' });
    assert.deepEqual(state, { apps: ['slack', 'zoom'], seats: 120, idp: 'okta', seatsBy: { zoom: 15 } });
    assert.equal(stackQuery(state), '?apps=slack,zoom&seats=120&idp=okta&seats.zoom=15');
    assert.deepEqual(readStackState('', { seats: 500, idp: 'entra-id' }), { apps: [], seats: 500, idp: 'entra-id', seatsBy: {} });
  });
});
