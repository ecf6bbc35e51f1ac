import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monogram } from '../../src/lib/monogram.ts';

describe('small helpers', () => {
  it('monogram: two initials for two words, one for one, a stable dark colour', () => {
    assert.equal(monogram('Bill.com').initials, 'BC');
    assert.equal(monogram('Amplitude').initials, 'A');
    assert.equal(monogram('1Password').initials, '1');
    assert.equal(monogram('Amplitude').background, monogram('Amplitude').background);
    assert.match(monogram('Zoom').background, /^hsl\(\d+ 55% 30%\)$/);
    assert.ok(monogram('Zoom').hue >= 0 && monogram('Zoom').hue < 12);
  });
});
