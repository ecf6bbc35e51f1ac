import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { atomFeed, recentlyVerified } from '../../src/lib/feed.ts';
import { views } from '../helpers/views.ts';

describe('feed', () => {
  it('lists the most recently verified first and is well-formed Atom', () => {
    assert.deepEqual(recentlyVerified(views).map((v) => v.slug).slice(0, 1), ['flatly']);
    const xml = atomFeed(views, 'https://site.example/', (v) => `Summary of ${v.app.name} & <more>`);
    assert.equal(XMLValidator.validate(xml), true);
    assert.match(xml, /<updated>2026-03-01T00:00:00Z<\/updated>/);
    assert.match(xml, /Summary of Flatly &amp; &lt;more&gt;/);
  });
});
