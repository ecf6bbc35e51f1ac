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

describe('splitFrontMatter at the fences', () => {
  it('reads a file with no body, and one with no front matter', () => {
    assert.deepEqual(splitFrontMatter('---\nname: A\n---\n'), { data: { name: 'A' }, yaml: 'name: A', body: '' });
    assert.deepEqual(splitFrontMatter('Just prose.\n'), { data: {}, yaml: '', body: 'Just prose.\n' });
  });

  it('keeps the body exactly as written after the closing fence, with Windows line ends too', () => {
    assert.equal(splitFrontMatter('---\nname: A\n---\n\nFirst line.\n---\nnot a fence for the fields\n').body, '\nFirst line.\n---\nnot a fence for the fields\n');
    const windows = splitFrontMatter('---\r\nname: A\r\n---\r\nBody.\r\n');
    assert.deepEqual(windows.data, { name: 'A' });
    assert.equal(windows.body, 'Body.\r\n');
  });

  it('reads a block of comments only as no fields', () => {
    assert.deepEqual(splitFrontMatter('---\n# nothing yet\n---\nBody.\n').data, {});
  });
});

describe('splitFrontMatter and its reference parser', () => {
  it('reports a YAML error with the reference parser’s wording and position', () => {
    // js-yaml refuses the tab, and the `yaml` package says why and where.
    assert.throws(() => splitFrontMatter('---\nname: A\n\tbad: tab\n---\n'), (error: Error) => error.constructor.name === 'YAMLParseError');
  });
});
