/**
 * The content collections. The entry schema comes from src/schema/app.ts, the same
 * module the command-line validator uses; the vocabularies are read first so the schema
 * can check categories and IdPs against them.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { appsLoader } from './catalog/apps-loader.ts';
import { categorySchema, createAppSchema, idpSchema } from './schema/app.ts';
import { categoriesFile, idpsFile, readVocabulary } from './node/catalog-files.ts';

const apps = defineCollection({
  // The data arrives validated (see the loader); the schema here gives pages their types.
  loader: appsLoader(),
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
