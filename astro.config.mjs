// @ts-check
import { defineConfig } from 'astro/config';
import { catalogCheck } from './src/integrations/catalog-check.ts';

// One configured origin: canonical URLs, the sitemap and feeds all derive from it.
const site = process.env.SITE_URL ?? 'https://scim-catalog.github.io';

export default defineConfig({
  site,
  // Tests and benchmarks build fixture catalogs into their own folders.
  outDir: process.env.SCIM_CATALOG_OUT ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [catalogCheck()],
});
