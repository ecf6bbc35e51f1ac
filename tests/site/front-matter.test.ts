/**
 * The fast front-matter path (js-yaml) and the reference parser (`yaml`) read every entry
 * of the catalog to the same data: the speed-up of validation may never change a fact.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import util from 'node:util';
import { readYamlReference, splitFrontMatter } from '../../src/lib/front-matter.ts';

const dir = path.resolve('content/apps');

describe('front matter', () => {
  it('reads every entry to the same data with both parsers', () => {
    const differing: string[] = [];
    const files = readdirSync(dir).filter((file) => file.endsWith('.md'));
    for (const file of files) {
      const { data, yaml } = splitFrontMatter(readFileSync(path.join(dir, file), 'utf8'));
      if (!util.isDeepStrictEqual(data, readYamlReference(yaml) ?? {})) differing.push(file);
    }
    assert.ok(files.length > 800);
    assert.deepEqual(differing, []);
  });
});
