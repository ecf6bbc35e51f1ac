/**
 * The catalog context and the complete ("deep") sample entry the guide derivations are
 * tested with: sections, challenges, the app view and quick facts. The cost model is the
 * fixture catalog's.
 */
import { idpNamer, type CatalogContext } from '../../src/lib/app-view.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { app, flatWithEstimate } from './apps.ts';
import { FIXTURE_CATALOG } from './catalog.ts';

export const context: CatalogContext = {
  categories: new Map([
    ['analytics', { id: 'analytics', name: 'Analytics', description: 'x' }],
    ['finance', { id: 'finance', name: 'Finance', description: 'x' }],
  ]),
  idps: new Map([
    ['okta', { id: 'okta', name: 'Okta', order: 1, description: 'x' }],
    ['entra-id', { id: 'entra-id', name: 'Microsoft Entra ID', order: 2, description: 'x' }],
  ]),
  costInputs: costInputs(readCostModel(FIXTURE_CATALOG)),
};
export const idpName = idpNamer(context.idps);

export const deep = () =>
  app({
    ...flatWithEstimate(),
    summary: 'A summary. With two sentences.',
    sso: { availability: 'available', protocols: ['saml'], plan: 'Enterprise' },
    idps: [
      { idp: 'okta', sso: 'full', scim: 'full' },
      { idp: 'entra-id', sso: 'full', scim: 'jit' },
    ],
    configuration: [{ idp: 'okta', integrationType: 'Custom app' }],
    limitations: [{ title: 'A limit', detail: 'Details.' }],
    bundledFeatures: ['SCIM'],
    complaints: ['Too dear'],
    decision: [{ situation: 'Small team', recommendation: 'manual', why: 'Cheap.' }],
    bottomLine: 'In short.',
    related: ['other'],
  });
