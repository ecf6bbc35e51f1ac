/**
 * Every internal link, image and stylesheet of the built site points at a file that
 * exists, and every #fragment at an id on the target page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { builtPages, resolveInDist } from '../helpers/site.ts';

const ORIGIN = 'http://site.invalid';
const ATTRIBUTE = /\s(?:href|src)=["']([^"']+)["']/g;

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid=["']([^"']+)["']/g)].map((match) => match[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('internal links of the whole built site', () => {
  const pages = builtPages();

  it('has links to check', () => {
    const total = pages.reduce((sum, page) => sum + [...readFileSync(page.file, 'utf8').matchAll(ATTRIBUTE)].length, 0);
    assert.ok(total > pages.length, `only ${total} links`);
  });

  for (const page of pages) {
    it(`every internal link on ${page.url} resolves`, () => {
      const html = readFileSync(page.file, 'utf8');
      const broken: string[] = [];
      for (const [, raw] of html.matchAll(ATTRIBUTE)) {
        const target = new URL(raw!.replaceAll('&amp;', '&'), `${ORIGIN}${page.url}`);
        if (target.origin !== ORIGIN) continue; // external: not ours to check offline
        const file = target.pathname === page.url && raw!.startsWith('#') ? page.file : resolveInDist(target.pathname);
        if (!file) {
          broken.push(`${raw} (no file for ${target.pathname})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${raw} (no id "${fragment}")`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
