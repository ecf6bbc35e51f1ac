/**
 * Descriptions and structured data (JSON-LD) for pages, derived from the same facts the
 * pages show.
 */
import type { AppView } from './app-view.ts';

/** A meta description of at most `max` characters, cut at a word. */
export function clip(text: string, max = 158): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', max - 1))}…`;
}

export function guideDescription(view: AppView, summary: string): string {
  return clip(`${view.status.callout}. ${summary}`);
}

export type JsonLd = Record<string, unknown>;

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the tag. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** Offers for plans with a published price; quote-only plans have none to state. */
function offers(view: AppView): JsonLd[] {
  return (view.app.plans ?? []).flatMap((plan) => {
    const price = plan.price;
    if (price.unit === 'quote') return [];
    const amount = price.unit === 'free' ? 0 : (price.amount ?? 0);
    const unitText = {
      'per-user-month': 'per user per month',
      'per-user-year': 'per user per year',
      'per-unit-month': `per ${price.meter ?? 'unit'} per month`,
      'per-unit-year': `per ${price.meter ?? 'unit'} per year`,
      'flat-month': 'per month',
      'flat-year': 'per year',
      free: 'free',
    }[price.unit];
    return [
      {
        '@type': 'Offer',
        name: plan.name,
        price: amount,
        priceCurrency: price.currency,
        ...(price.unit !== 'free' && {
          priceSpecification: { '@type': 'UnitPriceSpecification', price: amount, priceCurrency: price.currency, unitText },
        }),
      },
    ];
  });
}

export function guideJsonLd(view: AppView, pageUrl: string, description: string, image: string): JsonLd {
  const planOffers = offers(view);
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: `${view.app.name} SCIM provisioning`,
    description,
    url: pageUrl,
    image,
    dateModified: view.app.lastVerified,
    inLanguage: 'en',
    author: { '@type': 'Organization', name: 'scim-catalog contributors' },
    publisher: { '@type': 'Organization', name: 'scim-catalog' },
    about: {
      '@type': 'SoftwareApplication',
      name: view.app.name,
      url: view.app.vendorUrl,
      applicationCategory: 'BusinessApplication',
      applicationSubCategory: view.category.name,
      ...(planOffers.length && { offers: planOffers }),
    },
    citation: view.app.sources.map((source) => source.url),
  };
}

export function websiteJsonLd(site: string, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: 'scim-catalog',
    url: site,
    description,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/search/', site).href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function datasetJsonLd(site: string, count: number, modified: string, credits: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'scim-catalog: SCIM provisioning facts for SaaS apps',
    description: `SCIM availability, the plan it needs, prices, identity-provider support and derived cost figures for ${count} SaaS apps.`,
    url: new URL('/data/', site).href,
    dateModified: modified,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creator: { '@type': 'Organization', name: 'scim-catalog contributors' },
    isBasedOn: credits.map((credit) => credit.url),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: new URL('/data/apps.json', site).href },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: new URL('/data/apps.csv', site).href },
    ],
  };
}

