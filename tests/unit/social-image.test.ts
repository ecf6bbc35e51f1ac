import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SOCIAL_HEIGHT, SOCIAL_WIDTH, appSocialCard, socialImageSvg, wrap } from '../../src/lib/social-image.ts';
import { deriveAppView } from '../../src/lib/app-view.ts';
import { context, deep } from '../helpers/guide.ts';

describe('social image, security headers and text helpers', () => {
  it('draws a 1200×630 card with the text escaped and wrapped', () => {
    const svg = socialImageSvg({ title: 'A <b>very</b> long application name that wraps', badge: 'SCIM included', tone: 'good', line: 'x & y', footer: 'f' });
    assert.match(svg, new RegExp(`width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}"`));
    assert.ok(!svg.includes('<b>'));
    assert.match(svg, /x &amp; y/);
    assert.deepEqual(wrap('one two three four', 9, 2), ['one two', 'three…']);
  });

  it("puts an app's name, status, category and check date on its card", () => {
    const view = deriveAppView('flatly', deep(), context);
    const card = appSocialCard(view);
    assert.equal(card.title, view.app.name);
    assert.equal(card.badge, view.status.label);
    assert.equal(card.tone, view.status.tone);
    assert.equal(card.line, view.status.callout);
    assert.equal(card.footer, `Analytics · last verified ${view.app.lastVerified}`);
  });
});
