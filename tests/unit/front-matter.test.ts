import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitFrontMatter } from '../../src/lib/front-matter.ts';

describe('splitFrontMatter', () => {
  it('splits the fields from the body and keeps dates as written', () => {
    const file = splitFrontMatter('---\nname: A\nlastVerified: 2026-02-30\n---\nBody text.\n');
    assert.deepEqual(file.data, { name: 'A', lastVerified: '2026-02-30' });
    assert.equal(file.body.trim(), 'Body text.');
    assert.match(file.yaml, /^name: A/);
  });

  it('refuses a duplicated key', () => {
    assert.throws(() => splitFrontMatter('---\nname: A\nname: B\n---\n'), /unique|duplicate/i);
  });
});
