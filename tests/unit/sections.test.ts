import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { priceJump } from '../../src/lib/pricing.ts';
import { GUIDE_SECTIONS, guideSections } from '../../src/lib/sections.ts';
import { app } from '../helpers/apps.ts';
import { deep } from '../helpers/guide.ts';

describe('guideSections: a section without data is left out', () => {
  it('lists the 17 anatomy sections in order, with the history and the badge before the footer', () => {
    assert.equal(GUIDE_SECTIONS.length, 19);
    assert.equal(GUIDE_SECTIONS[0], 'header');
    assert.deepEqual(GUIDE_SECTIONS.slice(-4), ['history', 'badge', 'footer', 'related']);
  });

  it('shows all 19 for a complete entry', () => {
    const entry = deep();
    const sections = guideSections({ app: entry, jump: priceJump(entry, 500), challenges: ['x'], relatedCount: 1 });
    assert.deepEqual(sections, [...GUIDE_SECTIONS]);
  });

  it('shows only what a short entry can fill', () => {
    const entry = app({});
    const sections = guideSections({ app: entry, jump: priceJump(entry, 500), challenges: [], relatedCount: 0 });
    // The summary is always there: derived from the facts when the editor wrote none.
    assert.deepEqual(sections, ['header', 'summary', 'quick-facts', 'manual-cost', 'history', 'badge', 'footer']);
  });
});
