import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeProse } from '../../src/lib/sanitize.ts';

describe('sanitizeProse', () => {
  it('keeps prose markup', () => {
    assert.equal(sanitizeProse('<p>A <strong>b</strong> <em>c</em> <code>d</code></p>'), '<p>A <strong>b</strong> <em>c</em> <code>d</code></p>');
  });

  it('removes scripts, frames, styles and event handlers', () => {
    const out = sanitizeProse('<p onclick="x()">a</p><script>alert(1)</script><iframe src="https://x"></iframe><style>p{}</style><img src=x onerror=alert(1)>');
    assert.equal(out, '<p>a</p>');
  });

  it('keeps only https links, and makes them safe to open', () => {
    assert.equal(sanitizeProse('<a href="https://x.example/">x</a>'), '<a href="https://x.example/" rel="noopener noreferrer external">x</a>');
    assert.equal(sanitizeProse('<a href="javascript:alert(1)">x</a>'), '<a rel="noopener noreferrer external">x</a>');
    assert.equal(sanitizeProse('<a href="data:text/html,<script>1</script>">x</a>'), '<a rel="noopener noreferrer external">x</a>');
    assert.equal(sanitizeProse('<a href="//evil.example/">x</a>'), '<a rel="noopener noreferrer external">x</a>');
  });

  it('drops class and style attributes that could restyle the page', () => {
    assert.equal(sanitizeProse('<p class="x" style="position:fixed">a</p>'), '<p>a</p>');
  });
});
