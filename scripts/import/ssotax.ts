/**
 * Reads ssotax.org's vendor files: one YAML document per vendor, each preceded by a
 * "# file: <name>.yaml" comment that names the original file.
 */
import { parseAllDocuments } from 'yaml';

export interface SsotaxVendor {
  /** The original file name without .yaml, which is usually the vendor's slug. */
  file: string;
  /** "tax": SSO costs extra; "friendly": SSO on free or all paid plans. */
  list: 'tax' | 'friendly';
  name: string;
  vendor_url?: string;
  base_pricing?: number;
  sso_pricing?: number;
  scim_pricing?: number;
  currency?: string;
  pricing_scheme?: string;
  pricing_sources?: string[];
  sources?: string[];
  free_sso_providers?: string[];
  updated_at?: string;
  notes?: string;
  sso_on_free_plans?: boolean;
  sso_on_all_paid_plans?: boolean;
  scim_starting_on_plan?: string;
}

export function parseSsotax(text: string, list: SsotaxVendor['list']): SsotaxVendor[] {
  const chunks = text.split(/^# file: (.+)$/m);
  const vendors: SsotaxVendor[] = [];
  // split() with a capture group alternates: [preamble, file, body, file, body…]. A body
  // may hold more than one document when a file comment is missing; those documents get
  // a file name made from their vendor name.
  for (let i = 1; i < chunks.length; i += 2) {
    const file = chunks[i]!.trim().replace(/\.ya?ml$/, '');
    parseAllDocuments(chunks[i + 1]!, { schema: 'core', uniqueKeys: false }).forEach((doc, index) => {
      const body = doc.toJS() as Record<string, unknown> | null;
      if (!body || typeof body.name !== 'string') return;
      const updated = body.updated_at instanceof Date ? body.updated_at.toISOString().slice(0, 10) : body.updated_at;
      vendors.push({
        ...(body as Omit<SsotaxVendor, 'file' | 'list'>),
        ...(updated !== undefined && { updated_at: String(updated) }),
        file: index === 0 ? file : body.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        list,
      });
    });
  }
  return vendors;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Finds the ssotax vendor for a catalog vendor: same file slug, then same name, then the
 * same website when only one ssotax vendor has it.
 */
export function matchSsotax(vendors: readonly SsotaxVendor[], slug: string, name: string, url: string): SsotaxVendor | undefined {
  const bySlug = vendors.find((vendor) => vendor.file === slug);
  if (bySlug) return bySlug;
  const byName = vendors.find((vendor) => normalise(vendor.name) === normalise(name));
  if (byName) return byName;
  const site = host(url);
  const sameSite = vendors.filter((vendor) => host(vendor.vendor_url) === site);
  return sameSite.length === 1 ? sameSite[0] : undefined;
}
