/** The editorial parts of a guide: limitations, voices, the decision table. */
import { z } from 'astro/zod';
import { sourceSchema, text } from './common.ts';

export const DECISIONS = ['native-scim', 'alternative-workflow', 'manual'] as const;
export type Decision = (typeof DECISIONS)[number];

export const limitationSchema = z
  .strictObject({
    title: text.describe('The limitation in a few words.'),
    detail: text.describe('What it means for an admin, in your own words.'),
    source: sourceSchema.optional().describe('The vendor page that states it, when not already in sources.'),
  })
  .describe('Something SCIM or the app does not do.');

export const quoteSchema = z
  .strictObject({
    text: text.describe('The quoted words, exactly as published.'),
    attribution: text.optional().describe('Who said it, as the source names them (a role or handle is fine).'),
    source: sourceSchema.describe('Where it was said. Required: no quote without a public source.'),
  })
  .describe('A public statement by an admin about the app.');

export const decisionRowSchema = z
  .strictObject({
    situation: text.describe('The reader\'s situation ("Under 50 people on Google Workspace").'),
    recommendation: z.enum(DECISIONS).describe('What to do in that situation.'),
    why: text.describe('Why, in a sentence.'),
  })
  .describe('One row of the decision table.');
