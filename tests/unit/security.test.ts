import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY, headersFile } from '../../src/lib/security.ts';

describe('social image, security headers and text helpers', () => {
  it('sends the page policy with frame-ancestors from the headers file', () => {
    assert.match(CONTENT_SECURITY_POLICY, /object-src 'none'/);
    assert.match(headersFile(), /Content-Security-Policy: .*frame-ancestors 'none'/);
  });
});
