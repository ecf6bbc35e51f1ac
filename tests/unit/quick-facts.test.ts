import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView } from '../../src/lib/app-view.ts';
import { NOT_DOCUMENTED } from '../../src/lib/labels.ts';
import { quickFacts } from '../../src/lib/quick-facts.ts';
import { app, perSeatFromTeams } from '../helpers/apps.ts';
import { context, deep, idpName } from '../helpers/guide.ts';

describe('quickFacts', () => {
  it('answers every quick-fact question, with "Not documented" where the entry is silent', () => {
    const facts = Object.fromEntries(quickFacts(deriveAppView('flatly', deep(), context), idpName).map((f) => [f.label, f.value]));
    assert.deepEqual(facts, {
      'SCIM available': 'Yes, native',
      'Plan SCIM needs': 'Enterprise',
      'SSO required before SCIM': 'Yes',
      'SSO available': 'Yes, on Enterprise',
      'SSO protocols': 'SAML 2.0',
      'How this was checked': 'Unchecked draft',
      'Vendor source': 'test.example',
    });
    const bare = Object.fromEntries(quickFacts(deriveAppView('x', app({}), context), idpName).map((f) => [f.label, f.value]));
    assert.equal(bare['SCIM available'], NOT_DOCUMENTED);
    assert.equal(bare['SSO available'], NOT_DOCUMENTED);
    assert.equal(bare['SSO required before SCIM'], NOT_DOCUMENTED);
  });

  it('names the IdP for IdP-only SCIM and the first paid plan when SCIM is included', () => {
    const idpOnly = quickFacts(deriveAppView('x', app({ scim: { availability: 'idp-only', via: ['okta'] } }), context), idpName);
    assert.equal(idpOnly[0]!.value, 'Only through Okta');
    const included = quickFacts(deriveAppView('x', perSeatFromTeams(), context), idpName);
    assert.equal(included[1]!.value, 'Teams (every paid plan)');
  });
});
