/**
 * The open-data export: one record per app with its facts and the derived figures, as
 * JSON and as RFC 4180 CSV. Records are built from the same views the pages render.
 */
import type { DatasetStatus, ProvenanceMethod } from '../schema/app.ts';
import type { DataSource } from '../schema/data-source.ts';
import type { AppView } from './app-view.ts';

import { scimTier } from './search-facets.ts';

/** Bump when a field is renamed or removed; adding a field keeps the version. */
export const SCHEMA_VERSION = 1;

export interface AppRecord {
  slug: string;
  name: string;
  url: string;
  vendorUrl: string;
  category: string;
  scimAvailability: string;
  status: string;
  statusLabel: string;
  callout: string;
  scimPlan: string | null;
  scimTier: string | null;
  cheapestPlan: string | null;
  priceMultiple: number | null;
  extraPerYear: number | null;
  teamSize: number;
  manualCostPerYear: number;
  manualCostIncludesLicences: boolean;
  ssoAvailability: string;
  ssoProtocols: string[];
  idpsWithFullScim: string[];
  deprovisioning: string;
  deepGuide: boolean;
  provenance: ProvenanceMethod;
  datasetStatus: DatasetStatus | null;
  lastVerified: string;
  sources: string[];
  /** The entry's own facts, as written. */
  facts: AppView['app'];
}

export function appRecord(view: AppView, site: string): AppRecord {
  const { app } = view;
  return {
    slug: view.slug,
    name: app.name,
    url: new URL(`/apps/${view.slug}/`, site).href,
    vendorUrl: app.vendorUrl,
    category: app.category,
    scimAvailability: app.scim.availability,
    status: view.status.key,
    statusLabel: view.status.label,
    callout: view.status.callout,
    scimPlan: view.scimPlan.plan?.name ?? null,
    scimTier: scimTier(view),
    cheapestPlan: view.cheapest?.plan.name ?? null,
    priceMultiple: roundOrNull(view.figures.multiple, 3),
    extraPerYear: view.figures.extra === null ? null : Math.round(view.figures.extra),
    teamSize: view.seats,
    manualCostPerYear: Math.round(view.manualCost.total),
    manualCostIncludesLicences: !view.manualCost.partial,
    ssoAvailability: app.sso?.availability ?? 'unknown',
    ssoProtocols: app.sso?.protocols ?? [],
    idpsWithFullScim: (app.idps ?? []).filter((cell) => cell.scim === 'full').map((cell) => cell.idp),
    deprovisioning: app.scim.deprovisioning ?? 'unknown',
    deepGuide: app.deep,
    provenance: app.provenance.method,
    datasetStatus: app.provenance.dataset?.status ?? null,
    lastVerified: app.lastVerified,
    sources: app.sources.map((source) => source.url),
    facts: app,
  };
}

function roundOrNull(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

export interface CatalogExport {
  schemaVersion: number;
  generated: string;
  licence: string;
  credits: { name: string; credit: string; url: string; licence: string }[];
  count: number;
  /** How many records rest on each way of checking facts (see each record's provenance). */
  byProvenance: Record<ProvenanceMethod, number>;
  apps: AppRecord[];
}

export function catalogExport(records: AppRecord[], generated: string, sources: readonly DataSource[]): CatalogExport {
  return {
    schemaVersion: SCHEMA_VERSION,
    generated,
    licence: 'Catalog facts are offered under CC-BY 4.0; credit "scim-catalog contributors" and the data sets below.',
    credits: sources.map((source) => ({ name: source.name, credit: source.credit, url: source.url, licence: source.licence })),
    count: records.length,
    byProvenance: {
      'vendor-docs': records.filter((record) => record.provenance === 'vendor-docs').length,
      'research-dataset': records.filter((record) => record.provenance === 'research-dataset').length,
      draft: records.filter((record) => record.provenance === 'draft').length,
    },
    apps: records,
  };
}

/** The core columns of the CSV, in order. */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'category',
  'status',
  'scimAvailability',
  'scimPlan',
  'scimTier',
  'cheapestPlan',
  'priceMultiple',
  'extraPerYear',
  'manualCostPerYear',
  'ssoProtocols',
  'idpsWithFullScim',
  'deprovisioning',
  'provenance',
  'datasetStatus',
  'lastVerified',
  'url',
] as const satisfies readonly (keyof AppRecord)[];

/** A field quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(records: readonly AppRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...records.map((record) => CSV_COLUMNS.map((column) => csvField(record[column])).join(','))];
  // RFC 4180 ends records with CRLF.
  return `${lines.join('\r\n')}\r\n`;
}

/** What each field means. Typed by AppRecord, so a new field cannot go undocumented. */
export const FIELD_DOCS: Record<keyof AppRecord, string> = {
  slug: 'Identifier of the entry; its guide is at /apps/<slug>/ and its record at /data/apps/<slug>.json.',
  name: 'The app’s name.',
  url: 'The guide’s address on this site.',
  vendorUrl: 'The vendor’s website.',
  category: 'Category id (see /categories/).',
  scimAvailability: 'As recorded: native (own SCIM endpoint), idp-only (only through specific identity providers’ connectors), none, or unknown (not documented).',
  status: 'Derived status: included, paid-tier, native (plan not documented), idp-only, none or unknown.',
  statusLabel: 'The status as the badge on the site words it.',
  callout: 'One line naming the plan SCIM needs, as the guide shows it.',
  scimPlan: 'The cheapest plan that includes SCIM, or null.',
  scimTier: 'The kind of plan SCIM needs: free, team (first paid plan), business, enterprise, add-on or quote; null when unknown.',
  cheapestPlan: 'The cheapest plan a team of teamSize can buy, or null.',
  priceMultiple: 'Yearly cost of the cheapest plan with SCIM divided by the cheapest paid plan, for teamSize users; 1 when there is no upcharge; null for quotes and incomparable prices.',
  extraPerYear: 'The extra money a year the SCIM plan costs for teamSize users, in the plans’ currency; null when not computable.',
  teamSize: 'The team size prices are annualised at (the cost model’s employees).',
  manualCostPerYear: 'The cost-of-manual-provisioning model’s yearly total for this app, with the assumptions on /about/#cost-model.',
  manualCostIncludesLicences: 'False when the app publishes no seat price, so licence waste is left out of manualCostPerYear.',
  ssoAvailability: 'available, none or unknown.',
  ssoProtocols: 'SSO protocols: saml, oidc, oauth, ws-fed, cas.',
  idpsWithFullScim: 'Identity-provider ids whose SCIM support is full (see /idps/).',
  deprovisioning: 'What the app does to a user the IdP removes: deactivate, delete, suspend, remove-access or unknown.',
  deepGuide: 'True for entries with a complete guide written from vendor and identity-provider documentation.',
  provenance: 'How the facts were checked: vendor-docs (an editor read the vendor\'s documentation), research-dataset (from the SCIM Tax Index research, October 2026, without a re-read) or draft (not checked yet). The date is lastVerified.',
  datasetStatus: 'The status the SCIM Tax Index (October 2026) gives the vendor (free, gated, partial, none, unknown), or null when the vendor is not in it.',
  lastVerified: 'The date the sources were last checked (YYYY-MM-DD).',
  sources: 'The URLs the entry relies on.',
  facts: 'The entry’s own fields, exactly as written and validated (JSON Schema: /schema/app.schema.json).',
};
