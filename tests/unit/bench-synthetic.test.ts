/** The benchmark's synthetic catalogs must stay valid as the schema grows, or `npm run bench` stops at validation. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { writeSyntheticCatalog } from '../../bench/synthetic.ts';
import { validateCatalog } from '../../src/node/validate.ts';

describe('the synthetic benchmark catalog', () => {
  it('passes the validator, deep guides included', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'scim-synthetic-'));
    try {
      writeSyntheticCatalog(root, 60);
      const result = validateCatalog(root);
      const errors = result.issues.filter((issue) => issue.severity === 'error');
      assert.deepEqual(errors.slice(0, 5).map((issue) => `${issue.file}: ${issue.message}`), []);
      assert.equal(result.entries.size, 60);
      assert.ok([...result.entries.values()].some((entry) => entry.deep));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
