import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idpCoverage } from '../../src/lib/idp-coverage.ts';
import { views } from '../helpers/views.ts';

describe('idpCoverage', () => {
  it('sorts each app into full, SSO-only, JIT-only and configured per IdP in one pass', () => {
    const coverage = idpCoverage(views);
    assert.deepEqual(coverage.get('okta')?.full.map((v) => v.slug), ['flatly']);
    assert.deepEqual(coverage.get('okta')?.ssoOnly.map((v) => v.slug), ['seaty']);
    assert.deepEqual(coverage.get('entra-id')?.jitOnly.map((v) => v.slug), ['flatly']);
    assert.deepEqual(coverage.get('okta')?.configured.map((v) => v.slug), ['flatly']);
  });
});
