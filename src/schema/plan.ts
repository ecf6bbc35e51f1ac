/** One tier (or add-on) of a vendor's price list. */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { priceSchema } from './price.ts';

export const planSchema = z
  .strictObject({
    name: text.describe('The plan\'s name as the vendor writes it.'),
    price: priceSchema,
    sso: z.boolean().optional().describe('Whether the plan includes SSO with the customer\'s own IdP. Omit when the vendor does not say.'),
    scim: z.boolean().optional().describe('Whether the plan includes SCIM provisioning. Omit when the vendor does not say.'),
    addOn: z.boolean().default(false).describe('True when this is sold on top of another plan rather than as a tier of its own.'),
    note: text.optional().describe('A short remark on the plan, in your own words.'),
  })
  .describe('A plan or add-on and what it includes.');
export type Plan = z.infer<typeof planSchema>;
