/** The build leaves a pagefind index that covers exactly the guide pages. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { builtPages, DIST } from '../helpers/site.ts';

describe('search index', () => {
  it('is written by the build and indexes every page marked as main content', () => {
    const entry = path.join(DIST, 'pagefind/pagefind-entry.json');
    assert.ok(existsSync(entry), 'no pagefind index in dist/');
    const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
    const marked = builtPages().filter((page) => readFileSync(page.file, 'utf8').includes('data-pagefind-body'));
    assert.ok(marked.length > 0);
    assert.equal(indexed, marked.length);
  });
});
