/** The identity-provider index and each IdP's page: which apps it provisions, signs in or creates just in time. */
import type { Catalog } from '../../catalog/catalog.ts';
import type { Idp } from '../../schema/app.ts';
import type { IdpCoverage } from '../idp-coverage.ts';
import { idpHref } from '../links.ts';

const EMPTY: IdpCoverage = { full: [], ssoOnly: [], jitOnly: [], configured: [] };

type CatalogPart = Pick<Catalog, 'idps' | 'idpsById' | 'coverage'>;

export interface IdpPage {
  idp: Idp;
  coverage: IdpCoverage;
  title: string;
  description: string;
}

export function idpPage(catalog: CatalogPart, id: string): IdpPage {
  const idp = catalog.idpsById.get(id);
  if (!idp) throw new Error(`no identity provider "${id}"`);
  const coverage = catalog.coverage.get(id) ?? EMPTY;
  return {
    idp,
    coverage,
    title: `${idp.name}: which apps it can provision with SCIM · scim-catalog`,
    description: `${coverage.full.length} apps with full SCIM provisioning through ${idp.name}, ${coverage.ssoOnly.length} with sign-in only, ${coverage.jitOnly.length} with just-in-time accounts only.`,
  };
}

export interface IdpIndexEntry {
  id: string;
  href: string;
  name: string;
  full: number;
  ssoOnly: number;
  jitOnly: number;
  configured: number;
}

export function idpIndex(catalog: CatalogPart): IdpIndexEntry[] {
  return catalog.idps.map((idp) => {
    const coverage = catalog.coverage.get(idp.id) ?? EMPTY;
    return { id: idp.id, href: idpHref(idp.id), name: idp.name, full: coverage.full.length, ssoOnly: coverage.ssoOnly.length, jitOnly: coverage.jitOnly.length, configured: coverage.configured.length };
  });
}
