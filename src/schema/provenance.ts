/**
 * How an entry's facts were checked. Readers see it in plain words, search and the
 * comparison table filter on it, and the open data exports it. The date is the entry's
 * `lastVerified`, so it is stated once.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const PROVENANCE_METHODS = ['vendor-docs', 'research-dataset', 'draft'] as const;
export type ProvenanceMethod = (typeof PROVENANCE_METHODS)[number];

/** The status words of the SCIM Tax Index. */
export const DATASET_STATUSES = ['free', 'gated', 'partial', 'none', 'unknown'] as const;
export type DatasetStatus = (typeof DATASET_STATUSES)[number];

export const DATASET_RELEASES = ['2026-10'] as const;

export const datasetRowSchema = z
  .strictObject({
    release: z.enum(DATASET_RELEASES).describe('The SCIM Tax Index release the row comes from.'),
    slug: z.string().regex(/^[a-z0-9.]+(?:-[a-z0-9.]+)*$/, 'expected the data set\'s slug, for example bill-com').describe('The vendor\'s slug in that release (its research file is research/2026-09/vendors/<slug>.json).'),
    status: z.enum(DATASET_STATUSES).describe('The status that release gives the vendor, as it gives it.'),
    statusNote: text.optional().describe('Why this entry\'s SCIM status differs from the data set\'s, citing the vendor page in sources. Required when they differ.'),
  })
  .describe('The vendor\'s row in the SCIM Tax Index, so the catalog can say where it agrees and where it does not.');
export type DatasetRow = z.infer<typeof datasetRowSchema>;

export const provenanceSchema = z
  .strictObject({
    method: z.enum(PROVENANCE_METHODS).describe('vendor-docs: an editor read the vendor\'s own documentation; research-dataset: the facts come from a cited research data set without a re-read; draft: nobody has checked the entry yet.'),
    dataset: datasetRowSchema.optional(),
  })
  .describe('How the entry\'s facts were checked; the date is lastVerified.');
export type Provenance = z.infer<typeof provenanceSchema>;

/** Whether an entry names the plan SCIM needs: its scim.plan, or a plan marked with SCIM. */
export function scimPlanKnown(entry: { scim: { plan?: string | undefined }; plans?: readonly { scim?: boolean | undefined }[] | undefined }): boolean {
  return Boolean(entry.scim.plan) || (entry.plans ?? []).some((plan) => plan.scim === true);
}

/**
 * Whether an entry's SCIM availability says the same as the data set's status. The two
 * vocabularies differ: the data set's "free" and "gated" are both a native endpoint here
 * (the plan decides which), a vendor whose only provisioning is an IdP's API connector is
 * "none" there and "idp-only" here, and "unknown" there is a gate nobody documents, which
 * here is either unknown SCIM or native SCIM on an undocumented plan.
 */
export function agreesWithDataset(scim: { availability: string; planKnown: boolean }, status: DatasetStatus): boolean {
  switch (status) {
    case 'free':
    case 'gated':
      return scim.availability === 'native';
    case 'partial':
      return scim.availability === 'idp-only' || scim.availability === 'native';
    case 'none':
      return scim.availability === 'none' || scim.availability === 'idp-only';
    case 'unknown':
      return scim.availability === 'unknown' || (scim.availability === 'native' && !scim.planKnown);
  }
}
