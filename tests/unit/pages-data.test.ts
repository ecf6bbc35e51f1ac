/**
 * The derived data behind the browse pages, search engines, feeds and open data:
 * src/lib/browse.ts, catalog-stats.ts, feed.ts, seo.ts, open-data.ts, social-image.ts,
 * security.ts and text.ts.
 */
import assert from 'node:assert/strict';
import { priceLadder } from '../../src/lib/price-ladder.ts';
import { rankingPage } from '../../src/lib/pages/ranking.ts';
import { comparisonSlug } from '../../src/lib/links.ts';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { deriveAppView, type AppView, type CatalogContext } from '../../src/lib/app-view.ts';
import {
  categorySummary,
  comparisonPairs,
  comparisonRow,
  comparisonsByApp,
  idpCoverage,
} from '../../src/lib/browse.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { countByCategory, countByStatus } from '../../src/lib/catalog-stats.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { atomFeed, recentlyVerified } from '../../src/lib/feed.ts';
import { appRecord, catalogExport, CSV_COLUMNS, FIELD_DOCS, toCsv } from '../../src/lib/open-data.ts';
import { CONTENT_SECURITY_POLICY, headersFile } from '../../src/lib/security.ts';
import { breadcrumbJsonLd, clip, datasetJsonLd, guideDescription, guideJsonLd, jsonLdText, websiteJsonLd } from '../../src/lib/seo.ts';
import { SOCIAL_HEIGHT, SOCIAL_WIDTH, socialImageSvg, wrap } from '../../src/lib/social-image.ts';
import { addOnName, joinNames } from '../../src/lib/text.ts';
import { parseCsv } from '../../scripts/import/csv.ts';
import { app, flatWithEstimate, perSeatFromTeams, quoteOnly } from '../helpers/apps.ts';

const context: CatalogContext = {
  categories: new Map([
    ['analytics', { id: 'analytics', name: 'Product analytics', description: 'x' }],
    ['finance', { id: 'finance', name: 'Finance', description: 'x' }],
  ]),
  idps: new Map([
    ['okta', { id: 'okta', name: 'Okta', order: 1, description: 'x' }],
    ['entra-id', { id: 'entra-id', name: 'Microsoft Entra ID', order: 2, description: 'x' }],
  ]),
  costInputs: costInputs(readCostModel()),
};
const view = (slug: string, entry: ReturnType<typeof app>): AppView => deriveAppView(slug, entry, context);

const flat = view('flatly', { ...flatWithEstimate(), related: ['seaty', 'quoty'], lastVerified: '2026-03-01', idps: [{ idp: 'okta', sso: 'full', scim: 'full' }, { idp: 'entra-id', sso: 'full', scim: 'jit' }], configuration: [{ idp: 'okta', integrationType: 'x' }] } as ReturnType<typeof app>);
const seats = view('seaty', { ...perSeatFromTeams(), category: 'finance', related: ['flatly'], lastVerified: '2026-02-01', idps: [{ idp: 'okta', sso: 'full', scim: 'none' }] } as ReturnType<typeof app>);
const quote = view('quoty', { ...quoteOnly(), lastVerified: '2026-02-01' } as ReturnType<typeof app>);
const none = view('nothing', app({ name: 'Nothing', scim: { availability: 'none' } }));
const views = [flat, seats, quote, none];

describe('comparison rows and labels', () => {
  it('makes one row of facts per app', () => {
    const row = comparisonRow(flat);
    assert.equal(row.scimPlan, 'Enterprise');
    assert.equal(row.scimPlanPrice, 'Custom quote (about $10,000/year)');
    assert.equal(row.cheapestPlan, 'Business');
    assert.equal(row.multipleLabel, '4.2× (est.)');
    assert.deepEqual(row.fullScimIdps, ['okta']);
    assert.equal(row.deprovisioning, 'Deactivates the user; the account stays');
    assert.equal(comparisonRow(none).scimPlan, 'Not offered');
    assert.equal(comparisonRow(view('x', app({}))).scimPlan, 'Not documented');
  });

  it('gives a multiple only where one can be computed', () => {
    assert.equal(seats.figures.multiple, 1);
    assert.equal(quote.figures.multiple, null);
    assert.deepEqual([seats.figures.label, quote.figures.label, none.figures.label], ['No upcharge', 'Quote', 'No SCIM']);
  });

  it('summarises a category in counts', () => {
    assert.equal(categorySummary([flat, quote, seats, none]), '2 of 4 offer SCIM only on a paid tier or add-on; 1 of 4 include SCIM with no upcharge; 1 of 4 offer no SCIM.');
    assert.equal(categorySummary([]), 'No apps yet.');
  });
});

describe('IdP coverage, comparison pairs and the ranking', () => {
  it('sorts each app into full, SSO-only, JIT-only and configured per IdP in one pass', () => {
    const coverage = idpCoverage(views);
    assert.deepEqual(coverage.get('okta')?.full.map((v) => v.slug), ['flatly']);
    assert.deepEqual(coverage.get('okta')?.ssoOnly.map((v) => v.slug), ['seaty']);
    assert.deepEqual(coverage.get('entra-id')?.jitOnly.map((v) => v.slug), ['flatly']);
    assert.deepEqual(coverage.get('okta')?.configured.map((v) => v.slug), ['flatly']);
  });

  it('keeps each related pair once, in slug order, and indexes them by app', () => {
    const pairs = comparisonPairs(views);
    assert.deepEqual(pairs, [
      ['flatly', 'quoty'],
      ['flatly', 'seaty'],
    ]);
    assert.equal(comparisonSlug(pairs[0]!), 'flatly-vs-quoty');
    assert.equal(comparisonsByApp(pairs).get('flatly')?.length, 2);
    assert.equal(comparisonsByApp(pairs).get('seaty')?.length, 1);
  });

  it('ranks computed multiples at every published team size and lists the rest with a reason', () => {
    const page = rankingPage(views, 'USD');
    assert.deepEqual(page.sizes.map((size) => size.seats), [25, 100, 500, 2000]);
    const at500 = page.sizes.find((size) => size.seats === 500)!;
    assert.deepEqual(at500.ranked.map((r) => [r.slug, r.multipleLabel]), [['flatly', '4.2× (est.)'], ['seaty', 'No upcharge']]);
    assert.deepEqual(at500.unranked.map((r) => [r.slug, r.label]), [['quoty', 'Quote']]);
    assert.match(at500.unranked[0]!.reason, /sold by quote/);
    assert.equal(page.candidates, 3, 'the app without SCIM is not a candidate');
  });

  it('draws the price ladder cheapest first and marks the first plans with SSO and SCIM', () => {
    const ladder = priceLadder(seats);
    assert.deepEqual(ladder.map((step) => step.name), ['Free', 'Teams', 'Enterprise']);
    assert.deepEqual(ladder.map((step) => step.firstScim), [false, true, false]);
    assert.equal(ladder[1]!.label, '$24,000 a year');
    const unpriced = priceLadder(quote);
    assert.equal(unpriced.at(-1)!.yearly, null);
    assert.equal(unpriced.at(-1)!.label, 'Custom quote');
  });
});

describe('catalog counts', () => {
  it('counts every status, zeros included, and every category', () => {
    const counts = countByStatus(views);
    assert.equal(counts.get('paid-tier'), 2);
    assert.equal(counts.get('idp-only'), 0);
    assert.deepEqual([...countByCategory(views)].sort(), [
      ['analytics', 3],
      ['finance', 1],
    ]);
  });
});

describe('feed', () => {
  it('lists the most recently verified first and is well-formed Atom', () => {
    assert.deepEqual(recentlyVerified(views).map((v) => v.slug).slice(0, 1), ['flatly']);
    const xml = atomFeed(views, 'https://site.example/', (v) => `Summary of ${v.app.name} & <more>`);
    assert.equal(XMLValidator.validate(xml), true);
    assert.match(xml, /<updated>2026-03-01T00:00:00Z<\/updated>/);
    assert.match(xml, /Summary of Flatly &amp; &lt;more&gt;/);
  });
});

describe('SEO helpers', () => {
  it('clips descriptions at a word', () => {
    assert.equal(clip('short'), 'short');
    const long = clip('word '.repeat(60), 30);
    assert.ok(long.length <= 30 && long.endsWith('…'));
    assert.match(guideDescription(flat, 'A summary.'), /^Native SCIM requires Enterprise plan\. A summary\.$/);
  });

  it('escapes "<" in JSON-LD so no value can close the script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    assert.ok(!text.includes('<'));
    assert.equal((JSON.parse(text) as { name: string }).name, '</script><script>alert(1)</script>');
  });

  it('builds TechArticle, BreadcrumbList, WebSite and Dataset objects', () => {
    const article = guideJsonLd(seats, 'https://site.example/apps/seaty/', 'd', 'https://site.example/og/seaty.png') as {
      '@type': string;
      dateModified: string;
      about: { offers: { price: number; priceCurrency: string }[] };
    };
    assert.equal(article['@type'], 'TechArticle');
    assert.equal(article.dateModified, '2026-02-01');
    assert.deepEqual(article.about.offers.map((o) => o.price), [0, 4, 6]);
    const quoteOffers = (guideJsonLd(quote, 'u', 'd', 'i') as { about: { offers?: unknown[] } }).about.offers;
    assert.equal(quoteOffers?.length, 1);
    assert.equal((breadcrumbJsonLd([{ name: 'Home', url: 'u' }]) as { itemListElement: { position: number }[] }).itemListElement[0]!.position, 1);
    assert.equal(websiteJsonLd('https://site.example/', 'd')['@type'], 'WebSite');
    assert.equal(datasetJsonLd('https://site.example/', 4, '2026-01-01', [])['@type'], 'Dataset');
  });
});

describe('open data', () => {
  it('exports facts with derived figures, and documents every field', () => {
    const record = appRecord(flat, 'https://site.example/');
    assert.equal(record.url, 'https://site.example/apps/flatly/');
    assert.equal(record.priceMultiple, Number((10000 / 2388).toFixed(3)));
    assert.equal(record.scimTier, 'enterprise');
    assert.deepEqual(Object.keys(FIELD_DOCS).sort(), Object.keys(record).sort());
    const exported = catalogExport([record], '2026-06-01', []);
    assert.deepEqual([exported.schemaVersion, exported.count, exported.generated], [1, 1, '2026-06-01']);
  });

  it('writes CSV that parses back to the same rows', () => {
    const records = views.map((v) => appRecord(v, 'https://site.example/'));
    records[0]!.name = 'Name, with "quotes"\nand a line break';
    const rows = parseCsv(toCsv(records));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows[1]![1], 'Name, with "quotes"\nand a line break');
    assert.equal(rows.length, records.length + 1);
  });
});

describe('social image, security headers and text helpers', () => {
  it('draws a 1200×630 card with the text escaped and wrapped', () => {
    const svg = socialImageSvg({ title: 'A <b>very</b> long application name that wraps', badge: 'SCIM included', tone: 'good', line: 'x & y', footer: 'f' });
    assert.match(svg, new RegExp(`width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}"`));
    assert.ok(!svg.includes('<b>'));
    assert.match(svg, /x &amp; y/);
    assert.deepEqual(wrap('one two three four', 9, 2), ['one two', 'three…']);
  });

  it('sends the page policy with frame-ancestors from the headers file', () => {
    assert.match(CONTENT_SECURITY_POLICY, /object-src 'none'/);
    assert.match(headersFile(), /Content-Security-Policy: .*frame-ancestors 'none'/);
  });

  it('joins names and words add-ons without doubling', () => {
    assert.deepEqual([joinNames([]), joinNames(['A']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])], ['', 'A', 'A and B', 'A, B and C']);
    assert.deepEqual([addOnName('Guard'), addOnName('Provisioning add-on')], ['the Guard add-on', 'the Provisioning add-on']);
  });
});
