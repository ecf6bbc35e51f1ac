/** How an entry's facts were checked, in the words readers see on the guide and in search. */
import type { AppData, ProvenanceMethod } from '../schema/app.ts';
import { formatDate } from './format.ts';

export const PROVENANCE_LABEL: Record<ProvenanceMethod, string> = {
  'vendor-docs': 'Checked against vendor documentation',
  'research-dataset': 'From the SCIM Tax Index research',
  draft: 'Unchecked draft',
};

/** One sentence saying who checked the facts, against what, and when. */
export function provenanceSentence(app: Pick<AppData, 'provenance' | 'lastVerified'>): string {
  const date = formatDate(app.lastVerified);
  switch (app.provenance.method) {
    case 'vendor-docs':
      return `An editor checked these facts against the vendor's own documentation on ${date}.`;
    case 'research-dataset':
      return `These facts come from the SCIM Tax Index research (Iden, October 2026), which cites the vendor's own pages and checked them on ${date}; no editor has re-read those pages since.`;
    case 'draft':
      return `This entry is an unchecked draft from an older data set, dated ${date}; treat its facts as leads and check the sources.`;
  }
}
