import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SOCIAL_HEIGHT, SOCIAL_WIDTH, socialImageSvg, wrap } from '../../src/lib/social-image.ts';

describe('social image, security headers and text helpers', () => {
  it('draws a 1200×630 card with the text escaped and wrapped', () => {
    const svg = socialImageSvg({ title: 'A <b>very</b> long application name that wraps', badge: 'SCIM included', tone: 'good', line: 'x & y', footer: 'f' });
    assert.match(svg, new RegExp(`width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}"`));
    assert.ok(!svg.includes('<b>'));
    assert.match(svg, /x &amp; y/);
    assert.deepEqual(wrap('one two three four', 9, 2), ['one two', 'three…']);
  });
});
