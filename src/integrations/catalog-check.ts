/**
 * Validates the whole catalog before Astro builds it. Astro's own schema error stops at
 * the first bad entry; this reports every problem with file, line, field and fix, and
 * also checks what a single entry's schema cannot see (references between entries).
 */
import type { AstroIntegration } from 'astro';
import { catalogValidation, formatIssue } from '../node/validate.ts';

export function catalogCheck(): AstroIntegration {
  return {
    name: 'scim-catalog:check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // The one validation of the build; the config may already have run it for the sitemap.
        const { issues, files, durationMs } = catalogValidation();
        // A fixed-format line the benchmark reads.
        logger.info(`phase validation ${Math.round(durationMs ?? 0)} ms`);
        const errors = issues.filter((issue) => issue.severity === 'error');
        for (const issue of issues) {
          if (issue.severity === 'error') logger.error(formatIssue(issue));
          else logger.warn(formatIssue(issue));
        }
        if (errors.length === 0) {
          logger.info(`${files} entries valid`);
          return;
        }
        const summary = `The catalog has ${errors.length} error${errors.length === 1 ? '' : 's'} (listed above). Fix them and build again.`;
        logger.error(summary);
        // In dev the server keeps running so the editor can fix the file and reload. A
        // build stops here, before anything is written: the list above says everything,
        // and a stack trace would only bury it.
        if (command === 'build') process.exit(1);
      },
    },
  };
}
