// The framework floor: the same collection rendered as trivial pages, nothing else.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.SCIM_CATALOG_OUT ?? 'dist',
  cacheDir: process.env.SCIM_CATALOG_CACHE ?? './node_modules/.astro',
  site: 'https://floor.example',
});
