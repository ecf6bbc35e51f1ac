/**
 * Where the catalog's files are, and how plain Node reads the vocabularies and the cost
 * model. The content folder is configurable (SCIM_CATALOG_CONTENT) so tests and
 * benchmarks can build small fixture catalogs without touching `content/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { categorySchema, idpSchema, type Category, type Idp } from '../schema/app.ts';
import { costModelSchema, type CostModel } from '../schema/cost-model.ts';
import { dataSourceSchema, type DataSource } from '../schema/data-source.ts';
import { costInputs } from '../lib/cost-model.ts';
import type { CatalogContext } from '../lib/app-view.ts';
import { z } from 'astro/zod';

export function contentDir(): string {
  return path.resolve(process.env.SCIM_CATALOG_CONTENT ?? 'content');
}

export const appsDir = (root = contentDir()) => path.join(root, 'apps');
export const categoriesFile = (root = contentDir()) => path.join(root, 'categories.yaml');
export const idpsFile = (root = contentDir()) => path.join(root, 'idps.yaml');
export const costModelFile = (root = contentDir()) => path.join(root, 'cost-model.yaml');
export const dataSourcesFile = (root = contentDir()) => path.join(root, 'data-sources.yaml');

/** A vocabulary or model file that cannot be used; the message names the file and the fix. */
export class CatalogFileError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${path.relative(process.cwd(), file) || file}: ${message}`);
    this.name = 'CatalogFileError';
    this.file = file;
  }
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (error) {
    throw new CatalogFileError(file, error instanceof Error ? error.message : String(error));
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new CatalogFileError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

const uniqueIds = <T extends { id: string }>(what: string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${what} id "${item.id}" is listed twice` });
      seen.add(item.id);
    });
  };

export function readCategories(root = contentDir()): Category[] {
  return readYaml(categoriesFile(root), z.array(categorySchema).min(1).superRefine(uniqueIds('category')));
}

export function readIdps(root = contentDir()): Idp[] {
  return readYaml(idpsFile(root), z.array(idpSchema).min(1).superRefine(uniqueIds('IdP')));
}

export function readCostModel(root = contentDir()): CostModel {
  return readYaml(costModelFile(root), costModelSchema);
}

/** What deriveAppView needs, read from the files: for scripts that work outside Astro. */
export function readCatalogContext(root = contentDir()): CatalogContext {
  return {
    categories: new Map(readCategories(root).map((category) => [category.id, category])),
    idps: new Map(readIdps(root).map((idp) => [idp.id, idp])),
    costInputs: costInputs(readCostModel(root)),
  };
}

/** The credited data sets; an absent file means the catalog was written by hand alone. */
export function readDataSources(root = contentDir()): DataSource[] {
  if (!existsSync(dataSourcesFile(root))) return [];
  return readYaml(dataSourcesFile(root), z.array(dataSourceSchema).superRefine(uniqueIds('data source')));
}

export interface Vocabulary {
  categories: string[];
  idps: string[];
}

export function readVocabulary(root = contentDir()): Vocabulary {
  return {
    categories: readCategories(root).map((category) => category.id),
    idps: readIdps(root).map((idp) => idp.id),
  };
}
