import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryHref, comparisonHref, guideHref, idpHref, rankingHref, socialImageHref } from '../../src/lib/links.ts';

describe('links', () => {
  it('builds every internal route from one place', () => {
    assert.equal(guideHref('bill-com'), '/apps/bill-com/');
    assert.equal(comparisonHref(['asana', 'trello']), '/compare/asana-vs-trello/');
    assert.equal(categoryHref('finance'), '/categories/finance/');
    assert.equal(idpHref('okta'), '/idps/okta/');
    assert.equal(socialImageHref('slack'), '/og/slack.png');
    assert.equal(rankingHref(100), '/scim-tax/#team-100');
  });
});
