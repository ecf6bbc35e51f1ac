/**
 * Synthetic but schema-valid catalogs for the benchmark: N apps shaped like the real
 * ones (a share of deep guides with related apps, every status, several categories and
 * IdPs, plans of every price unit). Deterministic for a given N.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readCategories, readIdps } from '../src/node/catalog-files.ts';

const STATUSES = ['paid', 'paid', 'paid', 'paid', 'none', 'none', 'unknown', 'unknown', 'included', 'idp'] as const;

export function slugFor(index: number): string {
  return `app-${String(index).padStart(5, '0')}`;
}

function entry(index: number, n: number, categories: string[], idps: string[]): Record<string, unknown> {
  const status = STATUSES[index % STATUSES.length]!;
  const deep = index % 10 === 3;
  const name = `Synthetic App ${String(index).padStart(5, '0')}`;
  const plans = [
    { name: 'Free', price: { unit: 'free' }, scim: false },
    { name: 'Team', price: { unit: 'per-user-month', amount: 5 + (index % 20) }, scim: status === 'included' },
    { name: 'Business', price: { unit: 'flat-month', amount: 200 + index % 500 }, scim: false },
    { name: 'Enterprise', price: index % 3 ? { unit: 'quote' } : { unit: 'per-user-month', amount: 30 + (index % 40) }, scim: status === 'paid' || status === 'included' },
  ];
  const scim =
    status === 'paid'
      ? { availability: 'native', plan: 'Enterprise', version: '2.0', operations: { create: true, update: true, deactivate: true, delete: false }, deprovisioning: 'deactivate' }
      : status === 'included'
        ? { availability: 'native', plan: 'Team', version: '2.0', operations: { create: true, update: true, deactivate: true }, deprovisioning: 'suspend' }
        : status === 'idp'
          ? { availability: 'idp-only', via: ['okta'], operations: { create: true, deactivate: true }, deprovisioning: 'deactivate' }
          : { availability: status };
  const withScimPlans = status === 'none' || status === 'unknown' ? plans.map((plan) => ({ ...plan, scim: undefined })) : plans;
  const base: Record<string, unknown> = {
    name,
    vendorUrl: `https://vendor-${index}.example/`,
    category: categories[index % categories.length],
    scim,
    ...(status !== 'none' && status !== 'unknown' && { plans: withScimPlans }),
    sources: [{ title: `${name} pricing`, url: `https://vendor-${index}.example/pricing` }],
    lastVerified: `2026-0${1 + (index % 9)}-1${index % 10}`,
    // Drafts need no vendor documentation link; deep ones below say they were checked.
    provenance: { method: 'draft' },
  };
  if (!deep || status === 'none' || status === 'unknown') return base;
  const related = [1, 2, 3, 4].map((step) => slugFor((index + step * 7) % n));
  return {
    deep: true,
    ...base,
    summary: `${name} is a synthetic app for the benchmark. Its SCIM facts are invented and shaped like real ones.`,
    recommendation: 'Use the facts of a real guide, not this one. It exists to measure the build.',
    sso: { availability: 'available', protocols: ['saml', 'oidc'], plan: 'Enterprise' },
    pricingNote: 'Priced per seat with a flat business tier and an enterprise quote.',
    idps: idps.slice(0, 4).map((idp, i) => ({ idp, sso: 'full', scim: i % 2 ? 'full' : 'jit', note: `Synthetic note for ${idp}.` })),
    configuration: ['okta', 'entra-id'].map((idp) => ({
      idp,
      integrationType: 'Gallery app with SCIM',
      prerequisite: 'Enterprise plan.',
      whereToEnable: 'Admin console → Applications → App → Provisioning',
      credentials: ['SCIM base URL', 'Bearer token'],
      steps: ['Create a token.', 'Paste it in the IdP.', 'Map attributes.', 'Assign users.'],
      trigger: 'Assignment in the IdP.',
    })),
    limitations: [
      { title: 'Groups are manual', detail: 'Group push is not supported by this synthetic app.' },
      { title: 'Deactivation only', detail: 'Users are deactivated, never deleted.' },
    ],
    bundledFeatures: ['SCIM', 'SAML SSO', 'Audit log'],
    complaints: ['The enterprise minimum is high.'],
    decision: [
      { situation: 'You use Okta.', recommendation: 'native-scim', why: 'It works.' },
      { situation: 'You are small.', recommendation: 'manual', why: 'It is cheaper.' },
    ],
    bottomLine: 'A synthetic bottom line that is about as long as a real one, to keep pages realistic in size and shape.',
    related: related.filter((slug) => slug !== slugFor(index)).slice(0, 4),
    scim: { ...(scim as Record<string, unknown>), docsUrl: `https://vendor-${index}.example/docs/scim` },
    sources: [...(base.sources as object[]), { title: `${name} SCIM documentation`, url: `https://vendor-${index}.example/docs/scim` }],
    provenance: { method: 'vendor-docs' },
  };
}

/** Writes a catalog of `n` apps under `root`, with the real vocabularies. */
export function writeSyntheticCatalog(root: string, n: number, contentRoot = 'content'): void {
  mkdirSync(path.join(root, 'apps'), { recursive: true });
  for (const file of ['categories.yaml', 'idps.yaml', 'cost-model.yaml', 'data-sources.yaml']) {
    copyFileSync(path.join(contentRoot, file), path.join(root, file));
  }
  const categories = readCategories(contentRoot).map((category) => category.id);
  const idps = readIdps(contentRoot).map((idp) => idp.id);
  // Every category gets apps: the first ones are spread one per category.
  for (let index = 0; index < n; index++) {
    const data = entry(index, n, categories, idps);
    writeFileSync(path.join(root, 'apps', `${slugFor(index)}.md`), `---\n${stringify(data, { lineWidth: 0 })}---\n`);
  }
}
