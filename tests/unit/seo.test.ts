import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breadcrumbJsonLd, clip, datasetJsonLd, guideDescription, guideJsonLd, jsonLdText, websiteJsonLd } from '../../src/lib/seo.ts';
import { flat, quote, seats } from '../helpers/views.ts';

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
