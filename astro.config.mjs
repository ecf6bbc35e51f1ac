// @ts-check
import { defineConfig } from 'astro/config';
import { catalogCheck } from './src/integrations/catalog-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import sitemap from '@astrojs/sitemap';
import { catalogValidation } from './src/node/validate.ts';

// One configured origin: canonical URLs, the sitemap and feeds all derive from it.
// An empty SITE_URL (an unset CI variable) means the default, not an empty origin.
const site = process.env.SITE_URL || 'https://scim-catalog.github.io';

// The catalog is read and validated once; the check and the content collection reuse it.
const lastVerified = new Map([...catalogValidation().entries].map(([slug, entry]) => [slug, entry.lastVerified]));

export default defineConfig({
  site,
  // Tests and benchmarks build fixture catalogs into their own folders.
  outDir: process.env.SCIM_CATALOG_OUT ?? 'dist',
  // Fixture builds keep their content-layer cache apart from the real catalog's.
  cacheDir: process.env.SCIM_CATALOG_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages render a few at a time, so social images rasterise on every core meanwhile.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    catalogCheck(),
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html'),
      // A guide's lastmod is the day its facts were last verified, not the build's.
      serialize(item) {
        const slug = /\/apps\/([^/]+)\/$/.exec(new URL(item.url).pathname)?.[1];
        const verified = slug ? lastVerified.get(slug) : undefined;
        return verified ? { ...item, lastmod: `${verified}T00:00:00.000Z` } : item;
      },
    }),
    searchIndex(),
    deployHeaders(),
  ],
  vite: {
    // Islands ship as files, never inline: cacheable, and a strict Content Security Policy
    // needs no inline-script exception.
    build: { assetsInlineLimit: 0 },
  },
});
