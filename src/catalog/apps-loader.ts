/**
 * The content loader of the apps collection. It takes the entries from the one
 * validation of the catalog (src/node/validate.ts), so each entry file is read, parsed
 * and checked once per build, and Astro stores the already-validated data and renders
 * each Markdown body. In dev it reloads the collection when an entry changes.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { appsDir } from '../node/catalog-files.ts';
import { catalogValidation, forgetCatalogValidation, formatIssue } from '../node/validate.ts';

export function appsLoader(): Loader {
  return {
    name: 'scim-catalog:apps',
    async load({ store, renderMarkdown, generateDigest, watcher, logger }) {
      const dir = appsDir();
      const sync = async () => {
        const result = catalogValidation();
        for (const issue of result.issues) if (issue.severity === 'error') logger.error(formatIssue(issue));
        store.clear();
        for (const [slug, data] of result.entries) {
          const body = result.bodies.get(slug) ?? '';
          store.set({
            id: slug,
            data,
            body,
            filePath: path.relative(process.cwd(), path.join(dir, `${slug}.md`)),
            digest: generateDigest({ data, body }),
            ...(body.trim() && { rendered: await renderMarkdown(body) }),
          });
        }
      };
      await sync();
      if (!watcher) return;
      watcher.add(dir);
      const reload = async (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.md')) return;
        forgetCatalogValidation();
        await sync();
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}
