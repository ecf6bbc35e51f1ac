import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NOT_DOCUMENTED, protocolList, yesNo } from '../../src/lib/labels.ts';

describe('small helpers', () => {
  it('yesNo keeps "not documented" distinct from "no"', () => {
    assert.deepEqual([yesNo(true), yesNo(false), yesNo(undefined)], ['Yes', 'No', NOT_DOCUMENTED]);
  });

  it('protocolList names protocols or says not documented', () => {
    assert.equal(protocolList(['saml', 'oidc']), 'SAML 2.0, OpenID Connect');
    assert.equal(protocolList(undefined), NOT_DOCUMENTED);
  });
});
