import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { badgeSnippets, badgeSvg } from '../../src/lib/badge.ts';

describe('badgeSvg', () => {
  it('draws the derived status with its tone and a text alternative', () => {
    const svg = badgeSvg('Acme & Co', { label: 'SCIM on a paid tier', tone: 'warn' });
    assert.equal(XMLValidator.validate(svg), true);
    assert.match(svg, /role="img" aria-label="Acme &amp; Co: SCIM on a paid tier"/);
    assert.match(svg, /<title>Acme &amp; Co: SCIM on a paid tier<\/title>/);
    assert.match(svg, />on a paid tier</);
    assert.match(svg, /fill="#8a4b00"/);
    const wider = badgeSvg('A', { label: 'SCIM through IdP connectors only', tone: 'warn' });
    assert.ok(Number(/width="(\d+)"/.exec(wider)![1]) > Number(/width="(\d+)"/.exec(svg)![1]), 'longer words, wider badge');
  });
});

describe('badgeSnippets', () => {
  it('gives Markdown and HTML that show the badge and link to the guide', () => {
    const snippets = badgeSnippets('https://example.test/', 'acme', 'Acme', { label: 'No SCIM' });
    assert.equal(snippets.markdown, '[![Acme: No SCIM](https://example.test/badge/acme.svg)](https://example.test/apps/acme/)');
    assert.equal(snippets.html, `<a href="https://example.test/apps/acme/"><img src="https://example.test/badge/acme.svg" alt="Acme: No SCIM" width="${snippets.width}" height="20"></a>`);
    assert.equal(snippets.width, Number(/width="(\d+)"/.exec(badgeSvg('Acme', { label: 'No SCIM', tone: 'bad' }))![1]), 'the <img> is as wide as the badge');
  });
});
