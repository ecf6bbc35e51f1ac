/** The profile reader of `npm run bench -- --profile`, on a small hand-made CPU profile. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOwnCode, ownFunctionCosts } from '../../bench/profile.ts';

const root = '/repo';
const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url, lineNumber: 9 }, children });
// (root) → renderPage (ours) → sanitize (a dependency) ; renderPage → formatPrice (ours, recursive)
const profile = {
  nodes: [
    frame(1, '(root)', '', [2]),
    frame(2, 'renderPage', 'file:///repo/dist/.prerender/chunks/page.mjs', [3, 4]),
    frame(3, 'sanitize', 'file:///repo/node_modules/sanitize-html/index.js'),
    frame(4, 'formatPrice', 'file:///repo/src/lib/format.ts', [5]),
    frame(5, 'formatPrice', 'file:///repo/src/lib/format.ts'),
  ],
  // One sample in each of nodes 2, 3, 5 and two in 4, 1 ms apart.
  samples: [2, 3, 4, 4, 5],
  timeDeltas: [1000, 1000, 1000, 1000, 1000],
  startTime: 0,
  endTime: 5000,
};

describe('ownFunctionCosts', () => {
  const { total, wallMs } = ownFunctionCosts(profile, root);
  const byName = new Map(total.map((cost) => [cost.name, cost]));

  it('counts callees in a function’s total, dependencies included', () => {
    assert.equal(byName.get('renderPage')?.totalMs, 5);
    assert.equal(wallMs, 5);
  });

  it('counts a recursive function once per sample', () => {
    assert.equal(byName.get('formatPrice')?.totalMs, 3);
    assert.equal(byName.get('formatPrice')?.selfMs, 3);
  });

  it('leaves dependencies and Node out of the ranking', () => {
    assert.equal(byName.has('sanitize'), false);
    assert.equal(isOwnCode('node:internal/fs', root), false);
    assert.equal(isOwnCode('file:///repo/node_modules/astro/x.js', root), false);
    assert.equal(isOwnCode('file:///repo/src/lib/format.ts', root), true);
  });

  it('ranks by total time', () => {
    assert.deepEqual(total.map((cost) => cost.name), ['renderPage', 'formatPrice']);
  });
});
