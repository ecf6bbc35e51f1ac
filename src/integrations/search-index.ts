/**
 * Writes the pagefind search index into the build output as the last step of
 * `astro build`, so search is never a manual step. Only elements marked
 * `data-pagefind-body` (the main content of guides) are indexed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { socialImageStats } from '../node/image-stats.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'scim-catalog:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const images = socialImageStats();
        if (images.rendered + images.cached > 0) logger.info(`phase images ${Math.round(images.ms)} ms (${images.rendered} rendered, ${images.cached} from cache, ${images.wholeFonts} with the whole fonts)`);
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
          logger.info(`phase search-index ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
