/**
 * Every broken entry of the corpus is rejected by the validator with a message that
 * names the file and the field and says what to do. Each case runs alone in a fixture
 * catalog, so one case cannot hide another.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatIssue, validateCatalog } from '../../src/node/validate.ts';
import { addBroken, brokenCases, corpusFiles } from '../helpers/broken.ts';
import { fixtureCatalog } from '../helpers/catalog.ts';

const cases = brokenCases();

describe('the broken-entry corpus', () => {
  it('has at least 30 cases, each with a file (or a generator) and an expected message', () => {
    assert.ok(cases.length >= 30, `${cases.length} cases`);
    const files = new Set(corpusFiles());
    for (const { file } of cases) assert.ok(files.has(file) || file === 'huge.md', file);
    assert.equal(files.size, cases.length - 1);
  });

  for (const { file, field, message } of cases) {
    it(`${file} is rejected at ${field || 'the file'} with ${message}`, () => {
      const catalog = fixtureCatalog();
      try {
        addBroken(catalog, file);
        const errors = validateCatalog(catalog.root).issues.filter((issue) => issue.severity === 'error');
        const mine = errors.filter((issue) => path.basename(issue.file) === file || (file === 'Alpha.md' && /alpha\.md$/i.test(issue.file)));
        assert.ok(mine.length > 0, `no error for ${file}; got ${errors.map(formatIssue).join(' | ')}`);
        const match = mine.find((issue) => issue.field === field && message.test(issue.message));
        assert.ok(match, `expected ${field || '(file)'} ${message}; got ${mine.map(formatIssue).join(' | ')}`);
        assert.match(formatIssue(match), new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ `));
        // Only the broken file is reported: the valid fixture entries stay clean.
        assert.deepEqual(errors.filter((issue) => !/alpha\.md$|beta\.md$/.test(issue.file) && path.basename(issue.file) !== file), []);
      } finally {
        catalog.remove();
      }
    });
  }
});
