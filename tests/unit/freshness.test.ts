import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysBetween, isStale } from '../../src/lib/freshness.ts';

describe('freshness', () => {
  it('calls a date stale only after a full year', () => {
    assert.equal(daysBetween('2025-01-01', '2026-01-01'), 365);
    assert.equal(isStale('2025-01-01', '2026-01-01'), false);
    assert.equal(isStale('2024-12-31', '2026-01-01'), true);
  });
});
