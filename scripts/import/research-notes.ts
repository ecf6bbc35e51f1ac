/**
 * Reads the master table of the SCIM Tax Index's research notes: for each vendor, the
 * qualifier after its yes/no answer ("Azure AD & Google Workspace only") and the plan
 * just above the base plan.
 */
export interface ResearchNote {
  /** The qualifier of the SCIM answer, when the table gives one. */
  detail?: string;
  /** The "next plan above base" cell, as written. */
  nextPlan?: string;
}

export const noteKey = (vendor: string) => vendor.toLowerCase().replace(/[^a-z0-9]/g, '');

export function parseResearchNotes(markdown: string): Map<string, ResearchNote> {
  const notes = new Map<string, ResearchNote>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | **Vendor** | SCIM? | Plan | Price | Base | Next | Link |  →  ['', vendor, …, '']
    if (cells.length < 9 || !/^\*\*.+\*\*$/.test(cells[1]!)) continue;
    const vendor = cells[1]!.replace(/\*\*/g, '');
    if (notes.has(noteKey(vendor))) continue;
    const answer = cells[2]!;
    const detail = /^(?:yes|no|partial)\s*[—–-]\s*(.+)$/i.exec(answer)?.[1] ?? /^(?:yes|no)\s*\((.+)\)$/i.exec(answer)?.[1];
    const next = cells[6]!;
    notes.set(noteKey(vendor), {
      ...(detail && { detail: detail.trim() }),
      ...(next && !/^(—|-|contact sales|custom)$/i.test(next) && { nextPlan: next }),
    });
  }
  return notes;
}
