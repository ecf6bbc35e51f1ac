// @ts-check
import { defineConfig } from 'astro/config';
import { catalogCheck } from './src/integrations/catalog-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// One configured origin: canonical URLs, the sitemap and feeds all derive from it.
// An empty SITE_URL (an unset CI variable) means the default, not an empty origin.
const site = process.env.SITE_URL || 'https://scim-catalog.github.io';

export default defineConfig({
  site,
  // Tests and benchmarks build fixture catalogs into their own folders.
  outDir: process.env.SCIM_CATALOG_OUT ?? 'dist',
  // Fixture builds keep their content-layer cache apart from the real catalog's.
  cacheDir: process.env.SCIM_CATALOG_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [catalogCheck(), searchIndex()],
  vite: {
    // Islands ship as files, never inline: cacheable, and a strict Content Security Policy
    // needs no inline-script exception.
    build: { assetsInlineLimit: 0 },
  },
});
