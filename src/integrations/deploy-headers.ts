/**
 * Writes dist/_headers for hosts that read it (Netlify, Cloudflare Pages): the page
 * policy plus what a <meta> tag cannot set, such as frame-ancestors. Astro skips page
 * files that start with "_", hence an integration.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

export function deployHeaders(): AstroIntegration {
  return {
    name: 'scim-catalog:deploy-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
