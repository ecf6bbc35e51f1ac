/** The vocabularies an entry names by id: categories and identity providers. */
import { z } from 'astro/zod';
import { text } from './common.ts';

/** content/categories.yaml: one entry per category. */
export const categorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('The id entries use in category.'),
  name: text.describe('The name readers see.'),
  description: text.describe('One sentence on what belongs in the category.'),
});
export type Category = z.infer<typeof categorySchema>;

/** content/idps.yaml: the identity providers the matrix can name. */
export const idpSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('The id entries use in idps and configuration.'),
  name: text.describe('The name readers see.'),
  order: z.number().int().describe('Sorting weight in matrices: the big four first.'),
  aliases: z.array(text).optional().describe('Other names readers search for (former names, abbreviations).'),
  description: text.describe('One sentence on the identity provider.'),
});
export type Idp = z.infer<typeof idpSchema>;

/** An enum over a vocabulary's ids, so the JSON Schema lists them for autocompletion. */
export function vocabularyEnum(ids: readonly string[], file: string, what: string) {
  return z.enum(ids as [string, ...string[]], {
    error: (issue) => `"${String(issue.input)}" is not ${what} in content/${file}; use one of: ${ids.join(', ')}`,
  });
}
