/**
 * The content collections. The entry schema comes from src/schema/app.ts, the same
 * module the command-line validator uses; the vocabularies are read first so the schema
 * can check categories and IdPs against them.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema, createAppSchema, idpSchema } from './schema/app.ts';
import { appsDir, categoriesFile, idpsFile, readVocabulary } from './node/catalog-files.ts';

const apps = defineCollection({
  loader: glob({ base: appsDir(), pattern: '*.md' }),
  schema: createAppSchema(readVocabulary()),
});

const categories = defineCollection({
  loader: file(categoriesFile()),
  schema: categorySchema,
});

const idps = defineCollection({
  loader: file(idpsFile()),
  schema: idpSchema,
});

export const collections = { apps, categories, idps };
