import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addOnName, firstSentence, joinNames } from '../../src/lib/text.ts';

describe('social image, security headers and text helpers', () => {
  it('joins names and words add-ons without doubling', () => {
    assert.deepEqual([joinNames([]), joinNames(['A']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])], ['', 'A', 'A and B', 'A, B and C']);
    assert.deepEqual([addOnName('Guard'), addOnName('Provisioning add-on')], ['the Guard add-on', 'the Provisioning add-on']);
  });
});

describe('small helpers', () => {
  it('firstSentence keeps one sentence for cards', () => {
    assert.equal(firstSentence('Bill.com automates payables. It has no SCIM.'), 'Bill.com automates payables.');
    assert.equal(firstSentence('No full stop'), 'No full stop');
  });
});
