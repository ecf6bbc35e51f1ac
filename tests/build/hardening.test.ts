/**
 * Hostile entries, broken entries and determinism, through the real build.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { buildSite } from '../helpers/build.ts';
import { addBroken, brokenCases } from '../helpers/broken.ts';
import { fixtureCatalog, type FixtureCatalog } from '../helpers/catalog.ts';

/** Elements and attributes in a page that could run code or restyle it, as a browser parses them. */
function executableMarkup(html: string): string[] {
  const problems: string[] = [];
  let inJsonLd = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script') {
          const ok = (attribs.type === 'module' && /^\/_astro\/[^/]+\.js$/.test(attribs.src ?? '')) || attribs.type === 'application/ld+json';
          if (!ok) problems.push(`script element ${JSON.stringify(attribs)}`);
          inJsonLd = attribs.type === 'application/ld+json';
        }
        if (['iframe', 'object', 'embed', 'base', 'style', 'frame', 'applet'].includes(name)) problems.push(`${name} element`);
        if (name === 'meta' && /refresh/i.test(attribs['http-equiv'] ?? '')) problems.push('meta refresh');
        // The site's own forms post to /search/ or nowhere (islands); none may send readers elsewhere.
        if (name === 'form' && attribs.action !== undefined && attribs.action !== '/search/') problems.push(`form to ${attribs.action}`);
        for (const [attribute, value] of Object.entries(attribs)) {
          if (/^on/i.test(attribute)) problems.push(`${name}[${attribute}]`);
          if (attribute === 'style') problems.push(`${name}[style]`);
          if (['href', 'src', 'action', 'formaction', 'data'].includes(attribute) && /^\s*(javascript|data|vbscript):/i.test(value)) {
            problems.push(`${name}[${attribute}=${value.slice(0, 30)}]`);
          }
        }
        if (name === 'a' && /^https?:/.test(attribs.href ?? '') && !attribs.href!.startsWith('https://scim-catalog') && !/noopener/.test(attribs.rel ?? '')) {
          problems.push(`external link without rel=noopener: ${attribs.href}`);
        }
      },
      ontext(text) {
        if (inJsonLd && text.includes('<')) problems.push('raw "<" inside JSON-LD');
      },
      onclosetag(name) {
        if (name === 'script') inJsonLd = false;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}

const catalogs: FixtureCatalog[] = [];
after(() => catalogs.forEach((catalog) => catalog.remove()));
const fresh = () => {
  const catalog = fixtureCatalog();
  catalogs.push(catalog);
  return catalog;
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

describe('hostile content', () => {
  it('builds, and no built page carries markup that runs', () => {
    const catalog = fresh();
    copyFileSync(fileURLToPath(new URL('../fixtures/hostile/hostile.md', import.meta.url)), catalog.entry('hostile'));
    const result = buildSite(catalog.root);
    assert.equal(result.status, 0, result.output);
    const pages = walk(result.outDir).filter((file) => file.endsWith('.html'));
    assert.ok(pages.some((file) => file.includes(`${path.sep}hostile${path.sep}`)), 'the hostile guide was built');
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const where = path.relative(result.outDir, file);
      // Parsed as a browser would: text inside attribute values is not markup.
      for (const problem of executableMarkup(html)) assert.fail(`${where}: ${problem}`);
    }
    const guide = readFileSync(path.join(result.outDir, 'apps/hostile/index.html'), 'utf8');
    // The hostile text is shown as text.
    assert.match(guide, /&lt;script&gt;alert\(&#39;lim&#39;\)&lt;\/script&gt;|&lt;script>alert\('lim'\)&lt;\/script>/);
    assert.match(guide, /<a href="https:\/\/vendor\.example\/docs" rel="noopener noreferrer external">normal link<\/a>/);
  });
});

describe('broken entries', () => {
  it('fail the build with every message of the corpus, no stack trace, and no site left behind', () => {
    const catalog = fresh();
    const cases = brokenCases();
    for (const { file } of cases) addBroken(catalog, file);
    const result = buildSite(catalog.root);
    assert.notEqual(result.status, 0);
    const lines = result.output.split('\n');
    for (const { file, field, message } of cases) {
      const shown = lines.filter((line) => line.includes(`${file}:`) || (file === 'Alpha.md' && /alpha\.md:/i.test(line)));
      assert.ok(
        shown.some((line) => (field === '' || line.includes(` ${field}: `)) && message.test(line)),
        `${file}: no line with ${field} ${message}\n${shown.join('\n')}`,
      );
    }
    assert.doesNotMatch(result.output, /^\s+at .+:\d+:\d+\)?$/m, 'a stack trace was printed');
    assert.match(result.output, /nothing half-built is left/);
    assert.ok(!existsSync(result.outDir), 'dist/ was left behind');
  });
});

describe('determinism', () => {
  it('two builds of the same content give byte-identical output', () => {
    const catalog = fresh();
    const first = buildSite(catalog.root);
    const second = buildSite(catalog.root);
    assert.equal(first.status, 0, first.output);
    assert.equal(second.status, 0, second.output);
    const digest = (dir: string) =>
      new Map(
        walk(dir)
          .sort()
          .map((file) => [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
      );
    const a = digest(first.outDir);
    const b = digest(second.outDir);
    assert.deepEqual([...a.keys()], [...b.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differing, []);
    assert.ok(a.size > 10 && [...a.keys()].some((file) => file.startsWith('pagefind')), 'the search index is part of the comparison');
    assert.ok(statSync(path.join(first.outDir, 'og/alpha.png')).size > 0);
  });
});
