/**
 * How far the catalog agrees with the SCIM Tax Index on SCIM status: the share of entries
 * with a data set row whose availability says what the data set's status says, and each
 * entry that differs with the note that explains why. `npm run validate` prints it.
 */
import { agreesWithDataset, scimPlanKnown, type AppData, type DatasetStatus } from '../schema/app.ts';

export interface Disagreement {
  slug: string;
  availability: AppData['scim']['availability'];
  datasetStatus: DatasetStatus;
  note: string | undefined;
}

export interface DatasetAgreement {
  /** Entries that carry a data set row. */
  compared: number;
  agreeing: number;
  differing: Disagreement[];
}

export function datasetAgreement(entries: ReadonlyMap<string, AppData>): DatasetAgreement {
  let compared = 0;
  const differing: Disagreement[] = [];
  for (const [slug, app] of entries) {
    const row = app.provenance.dataset;
    if (!row) continue;
    compared++;
    if (!agreesWithDataset({ availability: app.scim.availability, planKnown: scimPlanKnown(app) }, row.status)) {
      differing.push({ slug, availability: app.scim.availability, datasetStatus: row.status, note: row.statusNote });
    }
  }
  return { compared, agreeing: compared - differing.length, differing };
}

/** "Status agrees with the SCIM Tax Index for 840 of 849 entries (98.9%)", then one line per difference. */
export function formatAgreement(agreement: DatasetAgreement): string[] {
  const share = agreement.compared ? ((agreement.agreeing / agreement.compared) * 100).toFixed(1) : '100.0';
  return [
    `SCIM status agrees with the SCIM Tax Index (October 2026) for ${agreement.agreeing} of ${agreement.compared} entries with a data set row (${share}%); ${agreement.differing.length} differ`,
    ...agreement.differing.map((d) => `  ${d.slug}: ours ${d.availability}, data set ${d.datasetStatus}: ${d.note ?? 'no statusNote'}`),
  ];
}
