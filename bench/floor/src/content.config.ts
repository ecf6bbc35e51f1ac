import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';

const apps = defineCollection({
  loader: glob({ base: path.join(process.env.SCIM_CATALOG_CONTENT ?? '../../content', 'apps'), pattern: '*.md' }),
  schema: z.looseObject({ name: z.string() }),
});

export const collections = { apps };
