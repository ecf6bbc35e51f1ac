import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAVIGATION, navigationCurrent } from '../../src/lib/navigation.ts';

describe('navigationCurrent', () => {
  it('marks the section page itself as the current page', () => {
    assert.equal(navigationCurrent('/compare/', '/compare/'), 'page');
  });
  it('marks the section of a page inside it', () => {
    assert.equal(navigationCurrent('/compare/', '/compare/page/3/'), 'true');
    assert.equal(navigationCurrent('/idps/', '/idps/okta/'), 'true');
  });
  it('marks nothing on pages outside every section', () => {
    for (const link of NAVIGATION) assert.equal(navigationCurrent(link.href, '/apps/slack/'), undefined);
  });
});
