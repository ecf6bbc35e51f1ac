/** The schema of content/data-sources.yaml: the open data sets the catalog credits. */
import { z } from 'astro/zod';

export const dataSourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** The credit line exactly as the data set asks for it. */
  credit: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  licence: z.string().min(1),
  licenceUrl: z.url({ protocol: /^https$/ }),
  asOf: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date()).optional(),
  usedFor: z.string().min(1),
  changes: z.string().min(1),
});
export type DataSource = z.infer<typeof dataSourceSchema>;
